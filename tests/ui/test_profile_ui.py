"""Onboarding and the profile screen through the Pilot, checked on screen and on disk."""

from __future__ import annotations

import json
from pathlib import Path

from textual.widgets import Checkbox, Input, Static

from journal.core import clock
from journal.core.person.profile import Profile
from journal.store.journal import Journal
from journal.store.profile import load_profile, save_profile
from journal.tui.app import MgJournalApp
from journal.tui.screens.onboarding import OnboardingScreen
from journal.tui.screens.profile import ProfileScreen
from journal.tui.screens.today import TodayScreen
from journal.tui.widgets.mg_bar import MagnesiumBar
from tests.helpers import food
from tests.waiting import until

SIZE = (100, 30)


def bar_text(app: MgJournalApp) -> str:
    return str(app.screen.query_one(MagnesiumBar).render())


def stored(data_dir: Path) -> dict[str, object]:
    doc: dict[str, object] = json.loads((data_dir / "profile.json").read_text())["profile"]["1"]
    return doc


async def test_first_run_shows_onboarding_and_skip_never_returns(data_dir: Path) -> None:
    app = MgJournalApp(Journal.open(data_dir))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, OnboardingScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
        assert "of 400 mg" in bar_text(app)
        assert any("stays at 400 mg" in n.message for n in app._notifications)
    assert stored(data_dir)["onboarded"] is True
    assert load_profile(Journal.open(data_dir)) == Profile(onboarded=True)

    again = MgJournalApp(Journal.open(data_dir))
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(again.screen, TodayScreen)


async def test_skip_button(data_dir: Path) -> None:
    app = MgJournalApp(Journal.open(data_dir))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.click("#skip")
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
    assert stored(data_dir)["onboarded"] is True


async def test_completing_onboarding_stores_the_profile_and_changes_today(data_dir: Path) -> None:
    app = MgJournalApp(Journal.open(data_dir))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, OnboardingScreen)
        # Sex: open the list, pick "Female" (the first choice), close it.
        app.screen.query_one("#sex").focus()
        await pilot.press("enter", "up", "up", "enter")
        await pilot.click("#born")
        await pilot.press(*"2001")
        await pilot.click("#pregnant")
        result = str(app.screen.query_one("#result", Static).render())
        assert "350 mg a day" in result
        assert "RDA in pregnancy, age 19-30 years" in result
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
        assert "of 350 mg" in bar_text(app)
        assert app.target_mg == 350
    doc = stored(data_dir)
    assert (doc["sex"], doc["birth_year"], doc["pregnant"], doc["onboarded"]) == (
        "female",
        2001,
        True,
        True,
    )


async def test_the_welcome_asks_when_entries_came_before_a_profile(data_dir: Path) -> None:
    """Foods logged from the shell (or imported) first set no target: the welcome asks,
    rather than Today presenting the default as theirs; skipped once, it stays away."""
    journal = Journal.open(data_dir)
    journal.add(food(clock.today()))
    app = MgJournalApp(journal)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, OnboardingScreen)
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, TodayScreen), "Today")
    assert stored(data_dir)["onboarded"] is True
    assert len(Journal.open(data_dir).day(clock.today()).foods) == 1

    again = MgJournalApp(Journal.open(data_dir))
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(again.screen, TodayScreen)


async def test_profile_screen_sets_a_custom_target(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    save_profile(journal, Profile(sex="male", birth_year=2001, onboarded=True))
    app = MgJournalApp(journal)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        assert "of 400 mg" in bar_text(app)
        await pilot.press("p")
        assert isinstance(app.screen, ProfileScreen)
        # Male: pregnancy and lactation do not apply.
        assert app.screen.query_one("#pregnant", Checkbox).disabled
        await pilot.click("#custom-target")
        await pilot.press(*"380")
        assert "380 mg a day (custom)" in str(app.screen.query_one("#result", Static).render())
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
        assert "of 380 mg custom" in bar_text(app)
        said = [" ".join(n.message.split()) for n in app._notifications]
        assert (
            "Profile saved: target 380 mg a day (custom); from today, earlier days keep theirs"
            in said
        )
    assert stored(data_dir)["custom_target_mg"] == 380.0
    assert stored(data_dir)["eras"] == [
        {"until": "2026-11-25", "pregnant": False, "lactating": False, "custom_target_mg": None}
    ]

    app = MgJournalApp(Journal.open(data_dir))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("p")
        await pilot.click("#use-rda")
        assert app.screen.query_one("#custom-target", Input).value == ""
        await pilot.click("#cond-diabetes")
        notes = str(app.screen.query_one("#notes", Static).render())
        assert "Diabetes is a cause of low magnesium" in notes
        await pilot.click("#save")
        await pilot.pause()
        assert "of 400 mg" in bar_text(app)
        assert "custom" not in bar_text(app)
    doc = stored(data_dir)
    assert (doc["custom_target_mg"], doc["conditions"]) == (None, ["diabetes"])


async def test_bad_birth_year_is_shown_at_the_field_and_nothing_is_stored(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    save_profile(journal, Profile(onboarded=True))
    before = (data_dir / "profile.json").read_bytes()
    app = MgJournalApp(journal)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("p")
        await pilot.click("#born")
        await pilot.press(*"2030", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ProfileScreen)
        error = str(app.screen.query_one("#born-error", Static).render())
        assert "2030 is in the future" in error
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
    assert (data_dir / "profile.json").read_bytes() == before


async def test_profile_changed_from_the_shell_reaches_today(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    save_profile(journal, Profile(onboarded=True))
    app = MgJournalApp(journal)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        save_profile(Journal.open(data_dir), Profile(sex="male", birth_year=1980, onboarded=True))
        app._reload_profile_if_changed()
        await pilot.pause()
        assert "of 420 mg" in bar_text(app)


async def test_the_first_frame_shows_the_stored_target(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    save_profile(journal, Profile(onboarded=True, custom_target_mg=380.0))
    app = MgJournalApp(journal)
    async with app.run_test(size=SIZE):  # no pause: the target is there from the start
        assert "of 380 mg custom" in bar_text(app)


async def test_a_field_left_alone_keeps_what_another_copy_saved_while_the_form_was_open(
    data_dir: Path,
) -> None:
    """A helper's report: the profile form, opened before a shell set the birth year and
    target and saved untouched after the app reloaded, put the old values back."""
    journal = Journal.open(data_dir)
    save_profile(journal, Profile(sex="female", birth_year=1980, onboarded=True))
    app = MgJournalApp(journal)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        assert isinstance(app.screen, ProfileScreen)
        form = app.screen
        # Meanwhile, in a shell: another birth year and a target of their own.
        save_profile(
            Journal.open(data_dir),
            Profile(sex="female", birth_year=1975, custom_target_mg=300.0, onboarded=True),
        )
        app._reload_profile_if_changed()
        await pilot.pause()
        form.query_one("#lactating", Checkbox).value = True  # the one field changed here
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is not form
    saved = load_profile(Journal.open(data_dir))
    assert (saved.birth_year, saved.custom_target_mg, saved.lactating) == (1975, 300.0, True)


async def test_a_birth_year_given_with_a_pregnancy_is_said_to_count_for_every_day(
    data_dir: Path,
) -> None:
    """Before: "from today, earlier days keep theirs", while yesterday's target moved
    from 310 mg (no birth year: the 19-30 row) to 320 mg (31-50), low days with it."""
    from datetime import timedelta

    from tests.helpers import onboarded

    journal = onboarded(Journal.open(data_dir))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("p")
        await until(pilot, lambda: isinstance(app.screen, ProfileScreen), "the profile")
        await pilot.press("tab", *"1990", "tab", "space", "ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, TodayScreen), "Today")
        said = [" ".join(n.message.split()) for n in app._notifications]
        assert said == [
            "Profile saved: target 360 mg a day; from today, earlier days keep theirs "
            "(your sex and birth year count for every day)"
        ]
        await pilot.press("left_square_bracket")  # yesterday: its own target, by the new year
        await until(pilot, lambda: "of 320 mg" in bar_text(app), "yesterday's 320 mg")
    doc = stored(data_dir)
    assert (doc["birth_year"], doc["pregnant"]) == (1990, True)
    yesterday = clock.today() - timedelta(days=1)
    assert load_profile(journal).eras[0].until == yesterday + timedelta(days=1)
