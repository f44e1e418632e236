"""Reading the journal back: an entry left in two day files (a move cut short) is read
once, from the earlier day; a month's read holds exactly that month's days."""

from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path

import pytest

from journal.core.entries.models import FactorEntry, FoodEntry, SymptomEntry
from journal.store.journal import Journal
from journal.store.lookup import find_one
from tests.helpers import as_named


def test_an_entry_left_in_two_day_files_is_read_once_from_the_first(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    kept = journal.add(SymptomEntry(date(2026, 11, 20), time(8, 0), "cramp"))
    other = journal.add(SymptomEntry(date(2026, 11, 21), time(9, 0), "twitch"))
    journal.add(FactorEntry(date(2026, 11, 21), time(10, 0), "exercise", 30))
    # The second day's file holds the first day's cramp's id too, as a kill between the
    # two writes of a move leaves it.
    path = journal.day_path(date(2026, 11, 21))
    data = json.loads(path.read_text())
    for doc in data["symptoms"].values():
        if doc["id"] == other.id:
            doc["id"] = kept.id
    path.write_text(json.dumps(data))
    days = list(journal.days(date(2026, 11, 1), date(2026, 11, 30)))
    assert [d.date for d in days] == [date(2026, 11, 20), date(2026, 11, 21)]
    assert [s.id for s in days[0].symptoms] == [kept.id]
    assert days[0].symptoms[0].kind == "cramp"
    assert days[1].symptoms == []  # the copy is not read twice
    assert [f.kind for f in days[1].factors] == ["exercise"]  # the rest of that day is


def test_a_month_holds_its_own_days_and_december_ends_the_year(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    for day in (date(2026, 11, 30), date(2026, 12, 1), date(2026, 12, 31), date(2027, 1, 1)):
        journal.add(SymptomEntry(day, time(8, 0), "cramp"))
    assert sorted(journal.read_month(2026, 12)) == [date(2026, 12, 1), date(2026, 12, 31)]
    assert sorted(journal.read_month(2026, 11)) == [date(2026, 11, 30)]
    assert sorted(journal.read_month(2027, 1)) == [date(2027, 1, 1)]
    assert journal.months() == [(2026, 11), (2026, 12), (2027, 1)]


def test_a_line_of_foods_is_stored_by_day_each_food_once(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    first, second = date(2026, 11, 20), date(2026, 11, 21)
    foods = [
        FoodEntry(first, time(8, 0), "Oats", 40, 55.2, 150, "breakfast"),
        FoodEntry(second, time(8, 0), "Banana", 118, 31.9, 105, "breakfast"),
        FoodEntry(first, time(8, 5), "Milk", 244, 27.0, 122, "breakfast"),
    ]
    journal.add_all(foods)
    by_day = {d.date: d for d in journal.days(first, second)}
    assert [(f.name, f.id) for f in by_day[first].foods] == [
        ("Oats", foods[0].id),
        ("Milk", foods[2].id),
    ]
    assert [(f.name, f.mg) for f in by_day[second].foods] == [("Banana", 31.9)]
    assert by_day[second].symptoms == []


def test_a_killed_write_s_temp_file_goes_at_the_next_open(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    journal.add(SymptomEntry(date(2026, 11, 20), time(8, 0), "cramp"))
    leftover = journal.entries_dir / ".2026-11-20.json.abc123.tmp"
    leftover.write_bytes(b"half a write")
    Journal.open(data_dir)
    assert not leftover.exists()
    assert [d.date for d in Journal.open(data_dir).days(date.min, date.max)] == [date(2026, 11, 20)]


def test_an_entry_moved_to_a_new_day_during_the_search_is_still_found(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Another copy moved the entry to a day with no file yet, after this search had
    # listed the day files: the first pass cannot see it, the second (under the lock) does.
    journal = Journal.open(data_dir)
    moved = journal.add(SymptomEntry(date(2026, 10, 1), time(8, 0), "cramp"))
    real = Journal.day_files
    listings: list[int] = []

    def listed_before_the_move(self: Journal, *args: object) -> list[tuple[date, Path]]:
        listings.append(1)
        return [] if len(listings) == 1 else real(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(Journal, "day_files", listed_before_the_move)
    assert find_one(journal, moved.id[:8]) == moved
    assert len(listings) == 2


def test_a_day_file_named_for_no_date_is_refused_by_its_path(data_dir: Path) -> None:
    from journal.store.errors import DamagedFileError

    journal = Journal.open(data_dir)
    bad = journal.entries_dir / "2026-02-30.json"
    bad.parent.mkdir(parents=True, exist_ok=True)
    bad.write_text('{"_meta": {"1": {"schema": 1}}}')
    with pytest.raises(DamagedFileError) as refused:
        journal.day_files()
    assert refused.value.path == bad
    assert refused.value.why == "its name is not a date (YYYY-MM-DD.json)"
    assert as_named(bad, data_dir) in str(refused.value)
