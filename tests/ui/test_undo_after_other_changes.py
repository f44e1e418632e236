"""u right after a change that is not an entry (a profile saved, a trial started, stopped,
guessed or unsealed, a plan or own food saved) never takes back the entry logged before it.

Before: a cramp logged, then any of these, then u on Today: "Undone: cramp added" and the
cramp gone from disk, while the person meant the last change.
"""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from textual.widgets import Input

from journal.core import clock
from journal.core.person.profile import Profile
from journal.core.trial.plan import Plan
from journal.store.journal import Journal
from journal.store.profile import save_profile
from journal.store.trial import load_trial, save_plan, update
from journal.tui.app import MgJournalApp
from journal.tui.screens.profile import ProfileScreen
from journal.tui.screens.today import TodayScreen
from journal.tui.screens.trial import TrialScreen
from journal.tui.screens.trial_plan import TrialPlanScreen
from tests.helpers import onboarded
from tests.ui.painted import told, wait_painted
from tests.waiting import until

SIZE = (80, 24)


async def _log_a_cramp(pilot, app: MgJournalApp) -> None:  # type: ignore[no-untyped-def]
    journal, today = app.journal, clock.today()
    await pilot.press("c")
    await until(pilot, lambda: len(journal.day(today).symptoms) == 1, "the cramp saved")
    await pilot.press("enter")  # the details form: nothing more to say
    await until(pilot, lambda: isinstance(app.screen, TodayScreen), "back on Today")


def _cramps(journal: Journal) -> list[str]:
    return [s.kind for s in journal.day(clock.today()).symptoms]


async def test_u_after_a_profile_save_restores_the_profile_and_keeps_the_cramp(
    data_dir: Path,
) -> None:
    journal = Journal.open(data_dir)
    save_profile(journal, Profile(sex="male", birth_year=2001, onboarded=True))
    app = MgJournalApp(journal)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await _log_a_cramp(pilot, app)
        await pilot.press("p")
        await until(pilot, lambda: isinstance(app.screen, ProfileScreen), "the profile")
        app.screen.query_one("#custom-target", Input).focus()
        await pilot.press(*"380", "enter")
        await until(pilot, lambda: isinstance(app.screen, TodayScreen), "saved, on Today")
        await wait_painted(pilot, "of 380 mg")
        await pilot.press("u")
        await wait_painted(pilot, "of 400 mg")
        assert "Undone: profile saved · target 400 mg a day" in told(app)
        assert not any(m.startswith("Undone: cramp") for m in told(app))
    doc = json.loads((data_dir / "profile.json").read_text())["profile"]["1"]
    assert (doc["custom_target_mg"], doc["eras"]) == (None, [])
    assert (doc["sex"], doc["birth_year"]) == ("male", 2001)
    assert _cramps(journal) == ["cramp"]


def _planned(data_dir: Path, *, begun_days_ago: int | None = None) -> Journal:
    journal = onboarded(Journal.open(data_dir))
    begun = clock.today() - timedelta(days=begun_days_ago or 0)
    save_plan(journal, Plan("glycinate", 300, 3, "placebo", blinded=True, created=begun))
    if begun_days_ago is not None:
        update(journal, lambda t: t.started(begun))
    return journal


async def _on_trial(pilot, app: MgJournalApp) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("ctrl+p", *"open the trial", "enter")
    await until(pilot, lambda: isinstance(app.screen, TrialScreen), "the trial screen")


async def _back_and_u(pilot, app: MgJournalApp, said: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("escape")
    await until(pilot, lambda: isinstance(app.screen, TodayScreen), "back on Today")
    await pilot.press("u")
    await until(pilot, lambda: said in told(app), f"{said!r} told")
    await wait_painted(pilot, " ".join(said.split()[:4]))  # the toast is seen at 80x24
    assert not any(m.startswith("Undone") for m in told(app))


async def test_u_after_the_trial_start_says_so_and_deletes_nothing(data_dir: Path) -> None:
    journal = _planned(data_dir)
    app = MgJournalApp(journal)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await _log_a_cramp(pilot, app)
        await _on_trial(pilot, app)
        await pilot.press("s", "2")  # "Yes: start it today"
        await until(pilot, lambda: load_trial(journal).locked, "started")  # type: ignore[union-attr]
        await _back_and_u(
            pilot, app, "The trial was started: a start cannot be undone. Nothing else was undone."
        )
        assert _cramps(journal) == ["cramp"]
        await pilot.press("u")  # the next u goes on to the change before
        await until(pilot, lambda: _cramps(journal) == [], "the cramp undone")
    assert load_trial(journal).start == clock.today()  # type: ignore[union-attr]


async def test_u_after_a_stop_a_guess_or_the_unsealing_deletes_nothing(data_dir: Path) -> None:
    journal = _planned(data_dir, begun_days_ago=30)
    app = MgJournalApp(journal)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await _log_a_cramp(pilot, app)
        await _on_trial(pilot, app)
        await pilot.press("g", "1")
        await until(pilot, lambda: load_trial(journal).guess == "A", "guessed")  # type: ignore[union-attr]
        await _back_and_u(
            pilot,
            app,
            "Your guess (bottle A) was kept: g on the trial screen changes it. "
            "Nothing else was undone.",
        )
        await _on_trial(pilot, app)
        await pilot.press("x", "2")  # "Yes: stop it early"
        await until(pilot, lambda: load_trial(journal).stopped is not None, "stopped")  # type: ignore[union-attr]
        await _back_and_u(
            pilot, app, "The trial was stopped: a stop cannot be undone. Nothing else was undone."
        )
        await _on_trial(pilot, app)
        await pilot.press("o", "1")
        await until(pilot, lambda: not load_trial(journal).sealed, "unsealed")  # type: ignore[union-attr]
        await _back_and_u(
            pilot, app, "The seal was opened: it cannot be closed again. Nothing else was undone."
        )
    assert _cramps(journal) == ["cramp"]


async def test_u_after_a_plan_saved_deletes_nothing(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    app = MgJournalApp(journal)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await _log_a_cramp(pilot, app)
        await _on_trial(pilot, app)
        await pilot.press("n")
        await until(pilot, lambda: isinstance(app.screen, TrialPlanScreen), "the plan form")
        app.screen.query_one("#plan-dose", Input).focus()
        await pilot.press(*"300", "enter")
        await until(pilot, lambda: load_trial(journal) is not None, "the plan saved")
        await until(pilot, lambda: isinstance(app.screen, TrialScreen), "back on the trial")
        await _back_and_u(
            pilot,
            app,
            "The trial plan was saved: n on the trial screen rewrites it. Nothing else was undone.",
        )
    assert _cramps(journal) == ["cramp"]
    assert load_trial(journal) is not None


async def test_u_after_a_theme_chosen_in_the_palette_puts_the_theme_back(data_dir: Path) -> None:
    from tests.ui.test_palette_keymap_theme import run_command, run_command_in_open_palette

    journal = onboarded(Journal.open(data_dir))
    app = MgJournalApp(journal)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        before = app.theme
        await _log_a_cramp(pilot, app)
        await run_command(pilot, app, "switch theme")
        await run_command_in_open_palette(pilot, "textual-light")
        await until(pilot, lambda: isinstance(app.screen, TodayScreen), "back on Today")
        assert app.theme == "textual-light"
        await pilot.press("u")
        await until(pilot, lambda: app.theme == before, "the theme back")
        assert f"Undone: theme textual-light · back to {before}" in told(app)
        assert len(app.undo_stack) == 1  # the cramp's add, and no step for the undo itself
    doc = json.loads((data_dir / "profile.json").read_text())["profile"]["1"]
    assert doc["theme"] == before
    assert _cramps(journal) == ["cramp"]


async def test_u_after_an_own_food_saved_and_not_logged_deletes_nothing(data_dir: Path) -> None:
    from journal.tui.screens.portion import PortionScreen
    from tests.ui.food_helpers import wait_for_foods

    journal = onboarded(Journal.open(data_dir))
    app = MgJournalApp(journal)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await _log_a_cramp(pilot, app)
        await pilot.press("f")
        await wait_for_foods(pilot)
        await pilot.press("ctrl+n")
        await until(pilot, lambda: app.screen.query("#own-name"), "the own food form")
        for field, text in (
            ("own-name", "Granola bar"),
            ("own-mg", "48"),
            ("own-kcal", "190"),
            ("own-grams", "40"),
            ("own-serving", "1 bar"),
        ):
            app.screen.query_one(f"#{field}", Input).value = text
        await pilot.pause()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, PortionScreen), "offered to log")
        await pilot.press("escape", "escape")  # not logged after all
        await until(pilot, lambda: isinstance(app.screen, TodayScreen), "back on Today")
        await pilot.press("u")
        said = (
            "Granola bar was saved as your own food: mg-journal foods delete removes it. "
            "Nothing else was undone."
        )
        await until(pilot, lambda: said in told(app), "said")
        await wait_painted(pilot, "Granola bar was saved")
    assert _cramps(journal) == ["cramp"]
    assert "Granola bar" in (data_dir / "custom_foods.json").read_text()
