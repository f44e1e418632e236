"""`sync take N` in process: a version set aside goes back in use, the one it replaces is
set aside in turn, and what cannot be taken back is refused with nothing written."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from journal.core.sync.revisions import SET_ASIDE
from journal.store.errors import StoreError
from journal.store.journal import Journal
from journal.store.storage import read_file
from journal.store.sync_status import set_aside
from journal.store.take_back import take_back
from tests.helpers import food

DAY = date(2026, 11, 20)


def _aside(journal: Journal, day: date, record: dict[str, object]) -> None:
    with journal.file(f"entries/{day.isoformat()}.json") as db:
        db.table(SET_ASIDE).insert(record)


def test_a_version_is_taken_back_and_the_one_in_use_set_aside(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    now = journal.add(food(DAY, "Almonds"))
    older = dataclasses.replace(now, grams=40.0, portion="", mg=108.6)
    record = {"key": now.id, "table": "foods", "doc": older.to_doc(), "from": "Syncthing"}
    _aside(journal, DAY, record)
    taken, replaced = take_back(journal, 1)
    assert (taken.grams, taken.mg) == (40.0, 108.6) and replaced == now
    assert [(f.id, f.grams) for f in journal.day(DAY).foods] == [(now.id, 40.0)]
    [(name, kept)] = set_aside(journal)
    assert name == "entries/2026-11-20.json" and kept["key"] == now.id
    assert kept["table"] == "foods" and kept["doc"]["grams"] == now.grams
    assert kept["from"].startswith("the version in use until version 1 was taken back on ")


def test_an_entry_no_longer_in_the_journal_comes_back_on_its_day(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    lost = food(DAY, "Kale")
    _aside(journal, DAY, {"key": lost.id, "table": "foods", "doc": lost.to_doc(), "from": "x"})
    taken, replaced = take_back(journal, 1)
    assert taken == lost and replaced is None
    assert journal.day(DAY).foods == [lost]
    data = read_file(journal.day_path(DAY))
    assert data is not None and SET_ASIDE not in data  # the last one taken: no table left


@pytest.mark.parametrize(
    ("record", "number", "why"),
    [
        (
            {"key": "x", "table": "foods", "doc": {}},
            2,
            "There is no version 2 set aside (listed: 1 to 1)",
        ),
        ({"key": "x", "table": "foods", "doc": {}}, 0, "There is no version 0 set aside"),
        (
            {"key": "p", "table": "profile", "doc": {"age": 1}},
            1,
            "Version 1 is not an entry (profile)",
        ),
        ({"key": "x", "table": "foods", "doc": "none"}, 1, "Version 1 is not an entry (foods)"),
        (
            {"key": "x", "table": "foods", "doc": {"name": "no date"}},
            1,
            "cannot be read as an entry",
        ),
    ],
)
def test_what_cannot_be_taken_back_is_refused_and_nothing_written(
    data_dir: Path, record: dict[str, object], number: int, why: str
) -> None:
    journal = Journal.open(data_dir)
    journal.add(food(DAY, "Oats"))
    _aside(journal, DAY, record)
    before = journal.day_path(DAY).read_bytes()
    with pytest.raises(StoreError, match=why.replace("(", r"\(").replace(")", r"\)")):
        take_back(journal, number)
    assert journal.day_path(DAY).read_bytes() == before


def test_no_version_set_aside_says_none(data_dir: Path) -> None:
    with pytest.raises(StoreError, match=r"There is no version 1 set aside \(listed: none\)"):
        take_back(Journal.open(data_dir), 1)
