"""Today says, in one line, what a merge of a sync engine's conflict copy brought in."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from textual.widgets import Static

from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from journal.tui.widgets.entry_tables import FoodTable
from tests.helpers import food, onboarded, symptom
from tests.waiting import until

TODAY = date(2026, 11, 25)
COPY = "entries/2026-11-25.sync-conflict-20261125-093000-BBBBBBB.json"


def other_computer(data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The same journal changed on computer B; returns B's day file."""
    shutil.copytree(data_dir, tmp_path / "b")
    monkeypatch.setenv("MG_JOURNAL_DEVICE", "B")
    other = Journal.open(tmp_path / "b")
    other.add(food(TODAY, "Spinach"))
    other.add(symptom(TODAY, "cramp"))
    monkeypatch.setenv("MG_JOURNAL_DEVICE", "A")
    return other.day_path(TODAY)


async def test_today_shows_one_line_after_a_merge_at_start(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    onboarded(Journal.open(data_dir)).add(food(TODAY, "Almonds"))
    shutil.copyfile(other_computer(data_dir, tmp_path, monkeypatch), data_dir / COPY)
    app = MgJournalApp(Journal.open(data_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        note = app.screen.query_one("#sync-note", Static)
        assert note.display
        assert str(note.render()) == (
            "Merged a copy from Syncthing: 2 entries added (mg-journal sync status)"
        )
        assert app.screen.query_one("#foods", FoodTable).row_count == 2


async def test_no_line_without_a_merge(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not app.screen.query_one("#sync-note", Static).display


async def test_a_copy_arriving_while_the_app_runs_is_merged(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    onboarded(Journal.open(data_dir)).add(food(TODAY, "Almonds"))
    theirs = other_computer(data_dir, tmp_path, monkeypatch)
    app = MgJournalApp(Journal.open(data_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        shutil.copyfile(theirs, data_dir / COPY)
        note = app.screen.query_one("#sync-note", Static)
        await until(pilot, lambda: note.display, "the note of the merge")  # Today looks every 2 s
        assert "2 entries added" in str(note.render())
        foods = app.screen.query_one("#foods", FoodTable)
        await until(pilot, lambda: foods.row_count >= 2, "the merged entry on Today")
        assert foods.row_count == 2
        assert not (data_dir / COPY).exists()
