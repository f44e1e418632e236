"""Escape from habit on the welcome or the profile does not throw away what was typed:
the first Escape says so in view; the second skips or cancels as before."""

from __future__ import annotations

from pathlib import Path

from journal.store.journal import Journal
from journal.store.profile import load_profile
from journal.tui.app import MgJournalApp
from journal.tui.screens.onboarding import OnboardingScreen
from journal.tui.screens.profile import ProfileScreen
from tests.helpers import onboarded
from tests.ui.painted import told, wait_painted
from tests.waiting import until


async def test_a_birth_year_typed_on_the_welcome_survives_one_escape(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("tab", *"1985", "escape")
        await wait_painted(pilot, "Escape again skips")  # the toast, in view at 80x24
        assert isinstance(app.screen, OnboardingScreen)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: load_profile(journal).birth_year == 1985, "the year saved")


async def test_escape_twice_skips_the_welcome(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("tab", *"1985", "escape", "escape")
        await until(pilot, lambda: not isinstance(app.screen, OnboardingScreen), "skipped")
        assert load_profile(journal).birth_year is None
        assert told(app)[-1].startswith("Skipped: your target stays at 400 mg")


async def test_escape_on_an_untouched_welcome_skips_at_once(data_dir: Path) -> None:
    app = MgJournalApp(Journal.open(data_dir))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(app.screen, OnboardingScreen), "skipped")


async def test_a_profile_change_survives_one_escape(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("p", "tab", *"1985", "escape")
        await wait_painted(pilot, "Escape again cancels")
        assert isinstance(app.screen, ProfileScreen)
        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(app.screen, ProfileScreen), "cancelled")
        assert load_profile(journal).birth_year is None
        await pilot.press("p", "escape")  # nothing typed: closes at once
        await until(pilot, lambda: not isinstance(app.screen, ProfileScreen), "closed")
