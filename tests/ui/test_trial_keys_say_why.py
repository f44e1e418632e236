"""A trial key that does not apply now says why on the screen (the fifth week's walk:
n after the start, g and o on an open trial, x before it, did nothing at all), and a
key that applies still does its work, once."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from journal.core import clock
from journal.core.trial.plan import Plan
from journal.store.journal import Journal
from journal.store.trial import load_trial, save_plan, update
from journal.tui.app import MgJournalApp
from journal.tui.screens.choice import ChoiceScreen
from journal.tui.screens.trial import TrialScreen
from journal.tui.screens.trial_plan import TrialPlanScreen
from tests.helpers import onboarded
from tests.ui.painted import told, wait_painted
from tests.waiting import until

TODAY = date(2026, 11, 25)


async def open_trial(app: MgJournalApp, pilot: object) -> None:
    await pilot.press("ctrl+p", *"open the trial", "enter")  # type: ignore[attr-defined]
    await until(pilot, lambda: isinstance(app.screen, TrialScreen), "the trial screen")  # type: ignore[arg-type]


async def shown(pilot: object, app: MgJournalApp, said: str) -> None:
    """`said` is told in a toast, and its first words are on the 80x24 screen."""
    await until(pilot, lambda: said in told(app), repr(said))  # type: ignore[arg-type]
    await wait_painted(pilot, " ".join(said.split()[:4]))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("key", "said"),
    [
        ("s", "No trial yet: press n to write a plan."),
        ("x", "No trial yet: press n to write a plan."),
        ("r", "No trial yet: press n to write a plan."),
    ],
)
async def test_with_no_trial_a_step_key_says_to_write_a_plan(
    data_dir: Path, key: str, said: str
) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await open_trial(app, pilot)
        await pilot.press(key)
        await shown(pilot, app, said)
        assert isinstance(app.screen, TrialScreen)


@pytest.mark.parametrize(
    ("key", "said"),
    [
        ("g", "This trial is not blinded: there are no sealed bottles to guess or open."),
        ("o", "This trial is not blinded: there are no sealed bottles to guess or open."),
        ("x", "The trial has not started: there is nothing to stop."),
    ],
)
async def test_an_open_trial_not_started_says_why(data_dir: Path, key: str, said: str) -> None:
    journal = onboarded(Journal.open(data_dir))
    save_plan(journal, Plan("glycinate", 300, seed=3, created=TODAY))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await open_trial(app, pilot)
        await pilot.press(key)
        await shown(pilot, app, said)
        assert not load_trial(journal).locked  # type: ignore[union-attr]


async def test_after_the_start_n_and_s_say_why_and_change_nothing(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    save_plan(journal, Plan("glycinate", 300, seed=3, created=TODAY))
    update(journal, lambda t: t.started(clock.today()))
    before = load_trial(journal)
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await open_trial(app, pilot)
        await pilot.press("n")
        await shown(
            pilot,
            app,
            "The plan is locked since the start; amend it from the shell (mg-journal trial amend).",
        )
        await pilot.press("s")
        await shown(pilot, app, f"The trial started on {clock.today():%-d %b %Y}; x stops it.")
        assert isinstance(app.screen, TrialScreen)  # no plan form, no question
        assert load_trial(journal) == before


async def test_a_key_that_applies_opens_its_step_once(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    save_plan(journal, Plan("glycinate", 300, seed=3, created=TODAY))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await open_trial(app, pilot)
        await pilot.press("s")
        await until(pilot, lambda: isinstance(app.screen, ChoiceScreen), "the start question")
        assert len(app.screen_stack) == 3  # Today, the trial, one question
        await pilot.press("escape", "n")
        await until(pilot, lambda: isinstance(app.screen, TrialPlanScreen), "the plan form")
        assert not app._notifications  # nothing said: the key did its work


async def test_n_after_a_sealed_trial_ended_says_to_open_the_seal_first(data_dir: Path) -> None:
    """Before: the plan form opened, took a whole new plan, and refused it at Enter with
    the shell's words (`mg-journal trial unseal`), the keys on this screen unnamed."""
    from datetime import timedelta

    journal = onboarded(Journal.open(data_dir))
    begun = clock.today() - timedelta(days=200)
    save_plan(journal, Plan("glycinate", 300, 3, "placebo", blinded=True, created=begun))
    before = update(journal, lambda t: t.started(begun))
    assert before.ended(clock.today()) and before.sealed
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await open_trial(app, pilot)
        await pilot.press("n")
        await shown(
            pilot,
            app,
            "The trial that ended is still sealed: open it first with o (g before it "
            "records your guess), then n writes a new plan.",
        )
        assert isinstance(app.screen, TrialScreen)  # no plan form
        await pilot.press("o", "1")  # the seal opened, n writes a plan
        await until(pilot, lambda: not load_trial(journal).sealed, "the seal open")  # type: ignore[union-attr]
        await pilot.press("n")
        await until(pilot, lambda: isinstance(app.screen, TrialPlanScreen), "the plan form")
