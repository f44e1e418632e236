"""The footer rebuilds its keys when the bindings change, and only then."""

from __future__ import annotations

from pathlib import Path

from textual.widgets._footer import FooterKey

from journal.core.profile import Profile
from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from tests.helpers import onboarded


async def test_a_bindings_refresh_without_change_keeps_the_keys(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        before = list(app.screen.query(FooterKey))
        app.screen.refresh_bindings()
        await pilot.pause()
        assert list(app.screen.query(FooterKey)) == before


async def test_a_moved_key_shows_in_the_footer_at_once(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.save_profile(Profile(onboarded=True, keymap={"cramp": "C"}), announce=False)
        await pilot.pause()
        keys = {key.action: key.key for key in app.screen.query(FooterKey) if key.display}
        assert keys["log_symptom('cramp')"] == "C"


async def test_keys_join_and_leave_the_footer_as_the_terminal_widens(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        shown = {key.key for key in app.screen.query(FooterKey) if key.display}
        assert "c" in shown and not {"w", "m", "left_square_bracket"} & shown
        await pilot.resize_terminal(180, 24)
        await pilot.pause()
        shown = {key.key for key in app.screen.query(FooterKey) if key.display}
        assert {"c", "w", "m", "left_square_bracket", "exclamation_mark"} <= shown
        await pilot.resize_terminal(100, 24)
        await pilot.pause()
        shown = {key.key for key in app.screen.query(FooterKey) if key.display}
        assert "m" in shown and not {"w", "left_square_bracket"} & shown
