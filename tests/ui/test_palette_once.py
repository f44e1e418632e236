"""Issue 24, item 11: the palette offers each command once ("Theme" and "Switch theme",
"Keys" and "Help" were the same command twice)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.command import CommandPalette

from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from tests.helpers import onboarded
from tests.ui.painted import painted_lines, wait_painted
from tests.waiting import until

NO_MATCHES = "No matches found"  # Textual's palette, once a search has found nothing


@pytest.mark.parametrize(
    ("typed", "ours", "twin"), [("theme", "Switch theme", "Theme"), ("keys", "Help", "Keys")]
)
async def test_palette_offers_one_command_for_each_thing(
    data_dir: Path, typed: str, ours: str, twin: str
) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("ctrl+p")
        assert CommandPalette.is_open(app)
        await pilot.press(*typed)
        await wait_painted(pilot, ours)
        titles = [line.strip() for line in painted_lines(app)]
        assert any(t.startswith(ours) for t in titles)
        assert twin not in titles


async def test_textual_s_other_commands_stay(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("ctrl+p", *"quit")
        await wait_painted(pilot, "Quit")
        assert "Quit" in [line.strip() for line in painted_lines(app)]


async def test_textual_s_focus_keys_are_no_journal_commands(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("ctrl+p", *"next")
        await wait_painted(pilot, "Next day")
        titles = [line.strip() for line in painted_lines(app)]
        assert "Focus Next" not in titles


async def test_the_palette_never_offers_to_leave_an_open_form_or_the_welcome(
    data_dir: Path,
) -> None:
    """'Log twitch' from the palette popped every screen above Today: a supplement form
    with 250 typed (under the trial screen), or the welcome with its birth year."""
    from textual.widgets import Input

    from journal.tui.screens.onboarding import OnboardingScreen
    from journal.tui.screens.supplement import SupplementScreen
    from journal.tui.screens.trial import TrialScreen

    def typed(app: MgJournalApp, text: str) -> bool:
        """The palette is open with `text` in its box (its search then runs at once)."""
        return CommandPalette.is_open(app) and app.screen.query_one(Input).value == text

    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("m", *"250", "ctrl+p", *"open the trial")
        await wait_painted(pilot, "Open the trial")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, TrialScreen), "the trial screen")
        await pilot.press("ctrl+p", *"log twitch")
        await until(pilot, lambda: typed(app, "log twitch"), "'log twitch' typed")
        # The search has ended when the palette says so; offered, "Log twitch" would
        # be listed instead, and this wait would fail.
        await wait_painted(pilot, NO_MATCHES)
        assert not any("Log twitch" in line for line in painted_lines(app))
        await pilot.press("escape", "escape")  # the palette, then the trial screen
        # the form and its 250 are there
        await until(pilot, lambda: isinstance(app.screen, SupplementScreen), "the form")
    fresh = MgJournalApp(Journal.open(data_dir.parent / "fresh"))
    async with fresh.run_test(size=(100, 40)) as pilot:
        await until(pilot, lambda: isinstance(fresh.screen, OnboardingScreen), "the welcome")
        await pilot.press("ctrl+p", *"log cramp")
        await until(pilot, lambda: typed(fresh, "log cramp"), "'log cramp' typed")
        await wait_painted(pilot, NO_MATCHES)
        assert not any("Log cramp" in line for line in painted_lines(fresh))
