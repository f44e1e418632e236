"""Month files from before day files are split into days, losing and changing nothing."""

from __future__ import annotations

import errno
import io
import json
import os
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from journal.core.entries.models import Entry
from journal.store.archive import FORMAT, MANIFEST, restore
from journal.store.errors import DamagedFileError, NewerVersionError
from journal.store.journal import Journal
from journal.store.storage import SCHEMA_VERSION, encode
from tests.helpers import as_named, factor, food, symptom

OCT_3, NOV_19, NOV_20 = date(2026, 10, 3), date(2026, 11, 19), date(2026, 11, 20)


def entries() -> list[Entry]:
    return [
        food(NOV_19, "[b]Oats"),
        food(NOV_20, "Almonds"),
        symptom(NOV_20, severity=4, where="calf"),
        factor(NOV_19),
    ]


def month_tables(items: list[Entry], complete: tuple[date, ...] = ()) -> dict[str, Any]:
    """A month file's tables as the journal wrote them before day files."""
    tables: dict[str, dict[str, Any]] = {}
    for entry in items:
        table = tables.setdefault(entry.KIND, {})
        table[str(len(table) + 1)] = entry.to_doc()
    for n, day in enumerate(complete, 1):
        tables.setdefault("days", {})[str(n)] = {"date": day.isoformat(), "complete": True}
    return tables


def write_month(root: Path, name: str, raw: bytes) -> Path:
    path = root / "entries" / name
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    path.write_bytes(raw)
    return path


def test_opening_splits_a_month_file_into_days(data_dir: Path) -> None:
    items = entries()
    month = write_month(data_dir, "2026-11.json", encode(month_tables(items, (NOV_19,))))
    journal = Journal.open(data_dir)
    assert not month.exists()
    assert sorted(p.name for p in journal.entries_dir.iterdir()) == [
        "2026-11-19.json",
        "2026-11-20.json",
    ]
    nov_19, nov_20 = journal.day(NOV_19), journal.day(NOV_20)
    assert (nov_19.foods, nov_19.factors, nov_19.complete) == ([items[0]], [items[3]], True)
    assert (nov_20.foods, nov_20.symptoms, nov_20.complete) == ([items[1]], [items[2]], False)
    # The month as it was is kept among the day's backups.
    kept = journal.root / "backups" / "entries__2026-11.json.2026-11-25"
    assert kept.read_bytes() == encode(month_tables(items, (NOV_19,)))


def test_a_day_file_already_there_is_merged_not_overwritten(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    mine = journal.add(food(NOV_20, "Logged since"))
    items = entries()
    twice = journal.add(items[1])  # already in the day file and in the month
    write_month(data_dir, "2026-11.json", encode(month_tables(items)))
    journal = Journal.open(data_dir)
    foods = journal.day(NOV_20).foods
    assert sorted(f.name for f in foods) == ["Almonds", "Logged since"]
    assert {f.id for f in foods} == {mine.id, twice.id}
    assert journal.day(NOV_20).symptoms == [items[2]]


@pytest.mark.parametrize(
    ("raw", "error"),
    [
        (b'{"foods": {"1": {"torn', DamagedFileError),
        (json.dumps({"_meta": {"1": {"schema": SCHEMA_VERSION + 1}}}).encode(), NewerVersionError),
    ],
)
def test_a_month_that_cannot_be_read_stays_untouched_and_its_days_refuse(
    data_dir: Path, raw: bytes, error: type[Exception]
) -> None:
    october = Journal.open(data_dir).add(food(OCT_3, "October oats"))
    month = write_month(data_dir, "2026-11.json", raw)
    journal = Journal.open(data_dir)  # opens: one bad month does not stop the rest
    with pytest.raises(error) as caught:
        journal.day(NOV_20)
    assert as_named(month, data_dir) in str(caught.value)
    with pytest.raises(error):
        list(journal.days(date(2026, 10, 1), NOV_20))
    assert journal.day(OCT_3).foods == [october]
    assert [d.date for d in journal.days(OCT_3, date(2026, 10, 31))] == [OCT_3]
    assert month.read_bytes() == raw
    # Put right (here, by the person restoring it), it is split on the next read.
    month.write_bytes(encode(month_tables(entries())))
    assert [f.name for f in journal.day(NOV_20).foods] == ["Almonds"]
    assert not month.exists()


def test_a_journal_holding_only_an_unreadable_month_has_entries(data_dir: Path) -> None:
    """`demo --data-dir` asks it before writing a demo into a folder: a journal whose
    only month cannot be read is still someone's journal, and asking must not raise."""
    journal = Journal.open(data_dir)
    assert not journal.has_entries()
    month = write_month(data_dir, "2026-11.json", b'{"foods": {"1": {"torn')
    assert Journal.open(data_dir).has_entries()
    month.unlink()
    assert not journal.has_entries()
    journal.add(food(NOV_20, "Almonds"))
    assert journal.has_entries()


def test_a_failed_split_leaves_the_month_as_it_was(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = encode(month_tables(entries()))
    month = write_month(data_dir, "2026-11.json", raw)
    real, renamed = os.replace, []

    def failing(source: Path, target: Path) -> None:
        renamed.append(Path(target).name)
        if renamed[-1] == "2026-11-20.json":  # after the first day: the disk fills
            raise OSError(errno.ENOSPC, "No space left on device")
        real(source, target)

    monkeypatch.setattr(os, "replace", failing)
    journal = Journal.open(data_dir)
    assert renamed.index("2026-11-19.json") < renamed.index("2026-11-20.json")
    assert month.read_bytes() == raw
    assert [p.name for p in journal.entries_dir.iterdir()] == ["2026-11.json"]
    monkeypatch.setattr(os, "replace", real)
    assert [f.name for f in journal.day(NOV_20).foods] == ["Almonds"]
    assert not month.exists()


def test_restoring_a_backup_of_month_files_gives_day_files(data_dir: Path) -> None:
    items = entries()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        manifest = {"format": FORMAT, "version": 1, "files": ["entries/2026-11.json"]}
        archive.writestr(MANIFEST, json.dumps(manifest))
        archive.writestr("entries/2026-11.json", encode(month_tables(items, (NOV_19,))))
    journal = Journal.open(data_dir)
    journal.add(food(OCT_3, "Replaced by the restore"))
    restore(journal, buffer.getvalue(), Path("old-backup.zip"))
    assert sorted(p.name for p in journal.entries_dir.iterdir()) == [
        "2026-11-19.json",
        "2026-11-20.json",
    ]
    assert [d.date for d in journal.days(date(2026, 1, 1), NOV_20)] == [NOV_19, NOV_20]
    assert journal.day(NOV_19).complete and journal.day(NOV_20).symptoms == [items[2]]
