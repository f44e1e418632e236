"""Two computers each make an own food of one name before they sync: the merge of the
conflict copy leaves each name once, and every entry's food has the entry's figures."""

from __future__ import annotations

import dataclasses
import json
import shutil
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from journal.core import clock
from journal.core.entries.models import FoodEntry
from journal.core.food.own_foods import own_food_doc
from journal.store.food_catalog import read_recent
from journal.store.journal import Journal
from journal.store.own_foods import FILE, add_own_food, read_own_foods, same_as_ids
from tests.helpers import food, run_cli

DAY = date(2026, 11, 25)
COPY = "custom_foods.sync-conflict-20261125-093000-BBBBBBB.json"


def _computers(data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Journal:
    monkeypatch.setenv("MG_JOURNAL_DEVICE", "laptop")
    a = Journal.open(data_dir)
    a.add(food(DAY, "Almonds"))
    shutil.copytree(data_dir, tmp_path / "b")
    return Journal.open(tmp_path / "b")


def _bar(journal: Journal, mg: str) -> FoodEntry:
    """A 40 g "Granola bar" made on this computer, and an entry logged from it."""
    made = add_own_food(
        journal, own_food_doc("Granola bar", mg, "", per_serving=True, serving_grams="40")
    )
    entry = dataclasses.replace(
        food(DAY, "Granola bar", float(mg)), food_id=made.id, grams=40.0, portion="1 serving"
    )
    journal.add(entry)
    return entry


def _sync(b: Journal, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Journal:
    """B's own foods set beside A's as Syncthing's conflict copy, then A opens."""
    shutil.copyfile(b.root / FILE, data_dir / COPY)
    (data_dir / COPY).chmod(0o600)
    monkeypatch.setenv("MG_JOURNAL_DEVICE", "laptop")
    return Journal.open(data_dir)


def _foods_of_entries(journal: Journal, entries: list[FoodEntry]) -> list[float | None]:
    """Each entry's food's magnesium in the entry's grams, found as the app finds it."""
    own = {f.id: f for f in read_own_foods(journal)[0]}
    aliases = same_as_ids(journal)
    return [own[aliases.get(str(e.food_id), str(e.food_id))].mg_for(40.0) for e in entries]


def test_the_same_food_made_on_both_is_shown_once_and_both_entries_keep_it(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    b = _computers(data_dir, tmp_path, monkeypatch)
    mine = _bar(Journal.open(data_dir), "48")
    monkeypatch.setenv("MG_JOURNAL_DEVICE", "desk")
    theirs = _bar(b, "48")
    a = _sync(b, data_dir, monkeypatch)

    foods, skipped = read_own_foods(a)
    assert [f.name for f in foods] == ["Granola bar"] and skipped == 0
    on_disk = json.loads((data_dir / FILE).read_text())["foods"]
    assert sorted(d["id"] for d in on_disk.values()) == sorted([mine.food_id, theirs.food_id])
    assert _foods_of_entries(a, [mine, theirs]) == pytest.approx([48.0, 48.0])
    # Logged from either (the desk's day synced too), it is one food the search brings
    # first, counted twice.
    a.add(theirs)
    recent = [(r.last.food_id, r.count) for r in read_recent(a) if r.last.name == "Granola bar"]
    assert recent == [(foods[0].id, 2)]
    assert a.sync_report is not None
    assert "own foods made on both kept once: Granola bar" in a.sync_report.summary()
    status = run_cli("sync", "status")
    assert "own food made on both, the same, shown once: 'Granola bar'" in status.stdout
    # One name: a third "Granola bar" is refused as before, and deleting it deletes both.
    assert run_cli("foods", "delete", "Granola bar").returncode == 0
    assert read_own_foods(Journal.open(data_dir))[0] == []
    assert json.loads((data_dir / FILE).read_text())["foods"] == {}


def test_foods_of_one_name_with_other_figures_are_both_kept_under_two_names(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pinned_clock: datetime
) -> None:
    b = _computers(data_dir, tmp_path, monkeypatch)
    mine = _bar(Journal.open(data_dir), "48")
    monkeypatch.setenv("MG_JOURNAL_DEVICE", "desk")
    clock.set_now(pinned_clock + timedelta(minutes=5))  # made after the laptop's: renamed
    theirs = _bar(b, "60")
    a = _sync(b, data_dir, monkeypatch)

    by_name = {f.name: f for f in read_own_foods(a)[0]}
    assert sorted(by_name) == ["Granola bar", "Granola bar (from desk)"]
    assert by_name["Granola bar"].id == mine.food_id
    assert by_name["Granola bar (from desk)"].id == theirs.food_id
    assert _foods_of_entries(a, [mine, theirs]) == pytest.approx([48.0, 60.0])
    assert a.sync_report is not None
    assert "renamed: 'Granola bar (from desk)'" in a.sync_report.summary()
    status = run_cli("sync", "status").stdout
    assert "own food 'Granola bar' made on both with other figures: one is now " in status
    assert (
        "own foods renamed by merges (made on both, other figures): 'Granola bar (from desk)'"
        in (run_cli("doctor").stdout)
    )
    # Merged again with the desk's older copy (as a second conflict): nothing changes.
    before = (data_dir / FILE).read_bytes()
    shutil.copyfile(b.root / FILE, data_dir / COPY)
    again = Journal.open(data_dir)
    assert (data_dir / FILE).read_bytes() == before
    assert again.sync_report is not None and "set aside" not in again.sync_report.summary()
