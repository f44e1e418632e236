"""The dashboard and the trial screen, left open past midnight, turn to the new day as
Today does (they kept yesterday as "today", so far and left out, until closed)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from journal.core import clock
from journal.core.trial.plan import Plan
from journal.store.journal import Journal
from journal.store.trial import save_plan, update
from journal.tui.app import MgJournalApp
from journal.tui.screens.dashboard import DashboardScreen
from journal.tui.screens.trial import TrialScreen
from tests.helpers import food, onboarded
from tests.ui.painted import squeezed, wait_painted
from tests.waiting import until

LATE = datetime(2026, 11, 25, 23, 59, 50)
AFTER = datetime(2026, 11, 26, 0, 0, 10)


async def test_the_dashboard_open_at_midnight_turns_to_the_new_day(data_dir: Path) -> None:
    clock.set_now(LATE)
    journal = onboarded(Journal.open(data_dir))
    journal.add(food(LATE.date(), mg=76.0))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("d")
        await until(pilot, lambda: isinstance(app.screen, DashboardScreen), "the dashboard")
        await wait_painted(pilot, "to 25 Nov 2026 (last 90 days)")
        await wait_painted(pilot, "Today 76 mg of 310")
        clock.set_now(AFTER)
        # Before: still "to 25 Nov", "Today 76 mg" and the 25th left out as not over.
        await wait_painted(pilot, "to 26 Nov 2026 (last 90 days)")
        await wait_painted(pilot, "Today 0 mg of 310")
        assert "1 of 90 days logged" in squeezed(app)  # the 25th, over now, counts


async def test_the_trial_screen_open_at_midnight_says_the_new_trial_day(data_dir: Path) -> None:
    clock.set_now(LATE)
    journal = onboarded(Journal.open(data_dir))
    begun = LATE.date() - timedelta(days=10)
    save_plan(journal, Plan("glycinate", 300, seed=3, created=begun))
    update(journal, lambda t: t.started(begun))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+p", *"open the trial", "enter")
        await until(pilot, lambda: isinstance(app.screen, TrialScreen), "the trial screen")
        await wait_painted(pilot, "Trial day 11 of 140 · run-in")
        clock.set_now(AFTER)
        await wait_painted(pilot, "Trial day 12 of 140 · run-in")  # before: day 11 stayed
