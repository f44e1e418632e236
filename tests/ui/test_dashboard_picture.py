"""Issue 24, item 14: the intake chart has dates on its axis, and the calendar names the
current month even before its first Monday."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from journal.core import clock
from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from tests.helpers import food, onboarded
from tests.ui.painted import painted_lines


async def open_dashboard(app: MgJournalApp, pilot) -> list[str]:  # type: ignore[no-untyped-def]
    await pilot.press("d")
    await app.workers.wait_for_complete()
    await pilot.pause()
    return painted_lines(app)


async def test_the_chart_has_dates_under_it(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    today = date(2026, 11, 25)
    for k in range(30):
        journal.add(food(today - timedelta(days=k)))
    app = MgJournalApp(journal)
    async with app.run_test(size=(100, 40)) as pilot:
        lines = await open_dashboard(app, pilot)
        legend = next(n for n, line in enumerate(lines) if "┄ target" in line)
        axis = lines[legend - 1]
        assert "28 Aug" in axis and "25 Nov" in axis  # the period's first and last day


async def test_the_calendar_names_the_month_of_today(data_dir: Path) -> None:
    # Sunday 6 December 2026: December has no Monday yet, and its name was left out.
    clock.set_now(datetime(2026, 12, 6, 9, 30))
    journal = onboarded(Journal.open(data_dir))
    for k in range(20):
        journal.add(food(date(2026, 12, 6) - timedelta(days=k)))
    app = MgJournalApp(journal)
    async with app.run_test(size=(100, 60)) as pilot:
        lines = await open_dashboard(app, pilot)
        title = next(n for n, line in enumerate(lines) if "Last 16 weeks" in line)
        months = lines[title + 1].split()
        assert months[-2:] == ["Nov", "Dec"]
