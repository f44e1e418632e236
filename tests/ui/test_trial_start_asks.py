"""s on the trial screen asks before it locks the plan: a key pressed to look around
started the run-in at once, and nothing (not u) takes a start back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from journal.core.trial.plan import Plan
from journal.store.journal import Journal
from journal.store.trial import load_trial, save_plan
from journal.tui.app import MgJournalApp
from journal.tui.screens.trial import TrialScreen
from tests.helpers import onboarded
from tests.ui.painted import wait_painted
from tests.waiting import until

TODAY = date(2026, 11, 25)


def started(journal: Journal) -> bool:
    trial = load_trial(journal)
    return trial is not None and trial.locked


async def test_s_asks_and_escape_leaves_the_plan_open(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    save_plan(journal, Plan("glycinate", 300, seed=3, created=TODAY))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+p", *"open the trial", "enter")
        await until(pilot, lambda: isinstance(app.screen, TrialScreen), "the trial screen")
        await pilot.press("s")
        await wait_painted(pilot, "Start the trial today?")
        assert not started(journal)
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, TrialScreen), "back, not started")
        assert not started(journal)
        await pilot.press("s", "2")
        await until(pilot, lambda: started(journal), "started")


async def test_s_then_enter_keeps_the_plan_open(data_dir: Path) -> None:
    """ "No" comes first, as for a stop: s then Enter (from habit) started the trial,
    which locks the plan for good."""
    journal = onboarded(Journal.open(data_dir))
    save_plan(journal, Plan("glycinate", 300, seed=3, created=TODAY))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+p", *"open the trial", "enter")
        await until(pilot, lambda: isinstance(app.screen, TrialScreen), "the trial screen")
        await pilot.press("s")
        shown = await wait_painted(pilot, "Start the trial today?")
        assert shown.index("No, not yet") < shown.index("Yes: start it today")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, TrialScreen), "back on the trial")
        await wait_painted(pilot, "Not started: press s to start the run-in.")
    assert not started(journal)
