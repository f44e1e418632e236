"""Start-up: the collector is held until the first frame and given back whole, Today
is laid out once, at the screen's size, and its tables join a frame after the first."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest
from textual.widgets.data_table import ColumnKey

from journal.core import clock
from journal.core.entries.undo import Change
from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from journal.tui.screens.today import TodayScreen
from journal.tui.widgets.entry_tables import FoodTable, SymptomTable
from journal.tui.widgets.mg_bar import MagnesiumBar
from tests.helpers import food, onboarded, symptom
from tests.waiting import tables_shown


async def test_the_collector_runs_after_the_first_frame_and_nothing_stays_frozen(
    data_dir: Path,
) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test() as pilot:
        await pilot.pause()
        assert gc.isenabled() and gc.get_freeze_count() > 0
    assert gc.isenabled() and gc.get_freeze_count() == 0


async def test_an_app_that_ends_before_its_first_frame_gives_the_collector_back(
    data_dir: Path,
) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test():
        pass
    assert gc.isenabled() and gc.get_freeze_count() == 0


async def test_the_food_column_fits_the_screen_before_the_first_layout(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sized at mount from the screen, it is not resized (and the table redrawn) after."""
    widths: list[int] = []
    original = FoodTable.on_resize

    def on_resize(table: FoodTable) -> None:
        widths.append(table.columns[ColumnKey("food")].width)
        original(table)

    monkeypatch.setattr(FoodTable, "on_resize", on_resize)
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(100, 30)) as pilot:
        await tables_shown(pilot)
        await pilot.pause()
        final = app.screen.query_one(FoodTable).columns[ColumnKey("food")].width
        # 100 columns less the five fixed ones (40), cell padding and a scrollbar (14).
        assert final == 46
        assert widths and widths[0] == final


async def test_the_tables_join_after_the_first_frame_with_the_day_as_it_is_then(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first frame holds the date and the day's magnesium; the tables come a frame
    later. An entry stored in between (a key pressed at launch) is in them, and the
    foods table has the keyboard, as it had when it was drawn in the first frame."""
    journal = onboarded(Journal.open(data_dir))
    journal.add(food(clock.today(), "Almonds"))
    seen: list[str] = []
    original = TodayScreen._add_tables

    def add_tables(screen: TodayScreen) -> None:
        seen.append(str(screen.query_one(MagnesiumBar).render()))
        assert not screen.query(FoodTable) and not screen.tables  # not yet in the frame
        screen.journal_app.apply(Change(None, symptom(clock.today(), "twitch")))
        original(screen)

    monkeypatch.setattr(TodayScreen, "_add_tables", add_tables)
    app = MgJournalApp(journal)
    async with app.run_test(size=(100, 30)) as pilot:
        await tables_shown(pilot)
        today = app.screen
        assert isinstance(today, TodayScreen)
        assert seen and "76 mg" in seen[0]  # the first frame already had the almonds' magnesium
        foods, symptoms = today.query_one(FoodTable), today.query_one(SymptomTable)
        assert [str(c) for c in foods.get_row_at(0)][2] == "Almonds"
        assert [str(c) for c in symptoms.get_row_at(0)][1] == "twitch"
        assert today.focused is foods


def test_the_first_frame_imports_no_table_food_search_or_dashboard_module() -> None:
    """What Today's first frame does not draw is not imported before it: the tables
    (DataTable), the food search and the dashboard load after it, or at first use."""
    probe = "import sys, journal.tui.app; print(' '.join(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    loaded = set(done.stdout.split())
    assert "journal.tui.screens.today" in loaded  # the probe did import the app
    later = {
        "textual.widgets._data_table",
        "journal.tui.widgets.entry_tables",
        "journal.core.food.search",
        "journal.tui.screens.dashboard",
        "journal.core.analysis.dashboard",
    }
    assert not later & loaded
