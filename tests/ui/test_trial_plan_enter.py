"""The plan form's hint says "Enter saves": it does so on the Blinded box and on a list
too. Before, Enter on the box ticked it (or unticked it), and on a list opened the list."""

from __future__ import annotations

from pathlib import Path

from journal.store.journal import Journal
from journal.store.trial import load_trial
from journal.tui.app import MgJournalApp
from journal.tui.screens.trial import TrialScreen
from journal.tui.screens.trial_plan import PlanSelect, PlanTick, TrialPlanScreen
from tests.helpers import onboarded
from tests.ui.painted import wait_painted
from tests.waiting import until


async def _plan_form(pilot, app: MgJournalApp) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("ctrl+p", *"open the trial", "enter")
    await until(pilot, lambda: isinstance(app.screen, TrialScreen), "the trial screen")
    await pilot.press("n")
    await until(pilot, lambda: isinstance(app.screen, TrialPlanScreen), "the plan form")
    await pilot.press(*"300")  # the dose, focused first


async def test_space_ticks_blinded_and_enter_on_it_saves(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await _plan_form(pilot, app)
        app.screen.query_one("#plan-against", PlanSelect).value = "placebo"
        await pilot.press("shift+tab")
        await until(pilot, lambda: isinstance(app.focused, PlanTick), "on the box")
        await wait_painted(pilot, "Enter saves · space ticks or opens a list")
        await pilot.press("space")
        assert app.screen.query_one(PlanTick).value
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, TrialScreen), "saved, form closed")
    trial = load_trial(journal)
    assert trial is not None and trial.plan.blinded and trial.plan.dose_mg == 300


async def test_enter_on_a_list_saves_and_space_opens_it(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await _plan_form(pilot, app)
        app.screen.query_one("#plan-against", PlanSelect).focus()
        await pilot.press("space")
        await until(
            pilot, lambda: app.screen.query_one("#plan-against", PlanSelect).expanded, "open"
        )
        await pilot.press("escape")
        await until(
            pilot, lambda: not app.screen.query_one("#plan-against", PlanSelect).expanded, "shut"
        )
        assert load_trial(journal) is None
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, TrialScreen), "saved, form closed")
    trial = load_trial(journal)
    assert trial is not None and not trial.plan.blinded
