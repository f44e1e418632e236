"""Many entries at once (`bulk.plan_entries`): what a removal leaves behind (tombstones,
versions set aside), what a deletion keeps out, and the counts a summary reads."""

from __future__ import annotations

import dataclasses
from datetime import date, time
from pathlib import Path

from journal.core.entries.models import FoodEntry
from journal.core.sync.revisions import DELETED, REV, SET_ASIDE
from journal.store.bulk import plan_entries, write_all
from journal.store.device import device_name
from journal.store.edits import delete_entry, replace_entry
from journal.store.journal import Journal
from journal.store.storage import read_file
from tests.helpers import food

DAY = date(2026, 11, 20)


def _apply(journal: Journal, *args: object, **kw: object):  # type: ignore[no-untyped-def]
    with journal.lock:
        plan = plan_entries(journal, *args, **kw)  # type: ignore[arg-type]
        write_all(journal, plan.files)
    return plan


def test_removed_entries_changed_in_the_journal_are_set_aside_each_in_full(
    data_dir: Path,
) -> None:
    journal = Journal.open(data_dir)
    first, second = journal.add(food(DAY, "Oats")), journal.add(food(DAY, "Kale"))
    plain = _apply(journal, [food(DAY, "Rice")]).added  # no revision: as an import wrote it
    assert plain == 1
    rice = next(f for f in journal.day(DAY).foods if f.name == "Rice")
    plan = _apply(journal, [], [first.id, second.id, rice.id], aside_from="the test")
    assert (plan.removed, plan.set_aside) == (3, 2)  # the import's own version: not kept
    data = read_file(journal.day_path(DAY))
    assert data is not None and journal.day(DAY).foods == []
    records = data[SET_ASIDE]
    assert sorted(records) == ["1", "2"]
    assert sorted((r["key"], r["table"], r["from"]) for r in records.values()) == sorted(
        [(first.id, "foods", "the test"), (second.id, "foods", "the test")]
    )
    assert {r["doc"]["name"] for r in records.values()} == {"Oats", "Kale"}
    graves = {g["key"]: g for g in data[DELETED].values()}
    assert set(graves) >= {first.id, second.id, rice.id}
    assert graves[rice.id][REV]["by"] == device_name()  # by default, this computer


def test_a_version_by_the_same_writer_is_replaced_not_set_aside(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    entry = journal.add(food(DAY, "Oats"))
    changed = dataclasses.replace(entry, mg=50.0)
    once = _apply(journal, [changed], [entry.id], by="a writer")  # now its revision is by it
    assert (once.removed, once.set_aside, once.added) == (1, 1, 1)
    doc = next(iter(read_file(journal.day_path(DAY))["foods"].values()))  # type: ignore[index]
    assert (doc["mg"], doc[REV]["by"]) == (50.0, "a writer")
    again = _apply(journal, [entry], [entry.id], by="a writer")
    assert (again.removed, again.set_aside) == (1, 0)
    other = _apply(journal, [changed], [entry.id], by="another")
    assert other.set_aside == 1


def test_entries_deleted_here_stay_out_and_the_rest_come_in(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    gone = [journal.add(food(DAY, name)) for name in ("Oats", "Kale")]
    for entry in gone:
        delete_entry(journal, entry)
    new = food(DAY, "Rice")
    plan = _apply(journal, [*gone, new])
    assert (plan.deleted_here, plan.added, plan.duplicates) == (2, 1, 0)
    assert [f.name for f in journal.day(DAY).foods] == ["Rice"]


def test_a_changed_entry_is_a_duplicate_not_a_second_copy(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    entry = journal.add(food(DAY, "Oats"))
    replace_entry(journal, entry, dataclasses.replace(entry, time=time(9, 0)))
    plan = _apply(journal, [entry, entry])
    assert (plan.added, plan.duplicates) == (0, 2)
    assert len(journal.day(DAY).foods) == 1
    assert isinstance(journal.day(DAY).foods[0], FoodEntry)
