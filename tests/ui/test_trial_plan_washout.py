"""The plan form says the washout in days, from the period typed, as the saved plan does."""

from __future__ import annotations

from pathlib import Path

from journal.store.journal import Journal
from journal.store.trial import load_trial
from journal.tui.app import MgJournalApp
from journal.tui.screens.trial import TrialScreen
from journal.tui.screens.trial_plan import TrialPlanScreen
from tests.helpers import onboarded
from tests.ui.painted import squeezed, wait_painted
from tests.waiting import until


async def test_the_form_and_the_plan_name_the_same_washout_days(data_dir: Path) -> None:
    # The form said "The first half of each period is washout" beside 21 days, where
    # the plan then said "the first 10 days of each period are washout".
    journal = onboarded(Journal.open(data_dir))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+p", *"open the trial", "enter")
        await until(pilot, lambda: isinstance(app.screen, TrialScreen), "the trial screen")
        await pilot.press("n")
        await until(pilot, lambda: isinstance(app.screen, TrialPlanScreen), "the plan form")
        await wait_painted(pilot, "The first 10 days of each 21-day period")
        assert "first half" not in squeezed(app)
        await pilot.press(*"300", *["tab"] * 3, "backspace", "backspace", *"28")  # the period
        await wait_painted(pilot, "The first 14 days of each 28-day period")
        await pilot.press("backspace", "backspace", "x")  # not a number: said as a share
        await wait_painted(pilot, "The first half of each period is")
        await pilot.press("backspace", *"15")
        await wait_painted(pilot, "The first 7 days of each 15-day period")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, TrialScreen), "the plan saved")
        await wait_painted(pilot, "the first 7 days of each period")
    trial = load_trial(journal)
    assert trial is not None and trial.plan.period_days == 15 and trial.plan.washout == 7
