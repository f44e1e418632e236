"""The plan form answers the rate typed in it, also when a trial could not answer."""

from __future__ import annotations

from pathlib import Path

from journal.store.journal import Journal
from journal.store.trial import load_trial
from journal.tui.app import MgJournalApp
from journal.tui.screens.trial import TrialScreen
from journal.tui.screens.trial_plan import TrialPlanScreen
from tests.helpers import onboarded
from tests.ui.painted import wait_painted
from tests.waiting import until

# The line as wrapped in the dialog at 80x24: its border stands between the two.
TOO_FEW = (
    "At 2 cramps a week a drop of 2 a week leaves too little",
    "unlikely to answer anything.",
)


async def test_two_cramps_a_week_is_told_the_trial_is_unlikely_to_answer(data_dir: Path) -> None:
    """Before: at 2 cramps a week (or fewer) the line stayed empty, where the shell's
    `trial plan --rate 2` says a trial is unlikely to answer: months planned unwarned."""
    journal = onboarded(Journal.open(data_dir))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+p", *"open the trial", "enter")
        await until(pilot, lambda: isinstance(app.screen, TrialScreen), "the trial screen")
        await pilot.press("n")
        await until(pilot, lambda: isinstance(app.screen, TrialPlanScreen), "the plan form")
        await pilot.press(*"300", *["tab"] * 6, "2")  # the dose, then the rate
        for part in TOO_FEW:
            await wait_painted(pilot, part)  # in view at 80x24
        assert not (data_dir / "trial.json").exists()
        await pilot.press("backspace", "5")  # 5 a week: the chance, as before
        await wait_painted(pilot, "At your expected rate of 5.0 cramps a week")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, TrialScreen), "the plan saved")
    trial = load_trial(journal)
    assert trial is not None and trial.plan.dose_mg == 300
