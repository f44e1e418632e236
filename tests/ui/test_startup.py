"""Start-up: the collector is held until the first frame and given back whole, and
Today is laid out once, at the screen's size."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from textual.widgets.data_table import ColumnKey

from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from journal.tui.widgets.entry_tables import FoodTable
from tests.helpers import onboarded


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
        await pilot.pause()
        final = app.screen.query_one(FoodTable).columns[ColumnKey("food")].width
        # 100 columns less the five fixed ones (40), cell padding and a scrollbar (14).
        assert final == 46
        assert widths and widths[0] == final
