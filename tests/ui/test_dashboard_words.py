"""The dashboard names its keys one way everywhere, and lists no key that changes nothing there."""

from __future__ import annotations

from pathlib import Path

from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from journal.tui.screens.dashboard import DashboardScreen
from journal.tui.screens.help import HelpScreen
from tests.helpers import onboarded
from tests.ui.painted import painted, painted_lines, squeezed, told, wait_painted
from tests.waiting import until


async def test_the_period_keys_read_the_same_in_footer_help_and_keys_line(data_dir: Path) -> None:
    # The footer said "1 30d" where help and the keys line said "1 30 d".
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("d")
        await app.workers.wait_for_complete()
        await wait_painted(pilot, "keys: 1 30d · 2 90d")  # under the answer
        for width in (80, 120, 200):
            await pilot.resize_terminal(width, 24)
            await pilot.pause()
            last = painted_lines(app)[-1]
            assert "1 30d" in last and "2 90d" in last, (width, last)
            assert "30 d" not in last and "90 d" not in last, (width, last)
        await pilot.resize_terminal(80, 24)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = await wait_painted(pilot, "30d")
        assert "1 30d" in text and "2 90d" in text and "30 d" not in text


async def test_the_dashboard_lists_no_undo_in_help_or_footer(data_dir: Path) -> None:
    # Help listed "u Undo (on Today)" on the read-only dashboard; the footer never did.
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(200, 60)) as pilot:
        await pilot.press("d")
        await app.workers.wait_for_complete()
        assert isinstance(app.screen, DashboardScreen)
        assert "Undo" not in painted_lines(app)[-1]
        await pilot.press("question_mark")
        text = await wait_painted(pilot, "Low-day threshold")
        assert "Undo" not in text and "Quit" in text
        await pilot.press("escape")
        await pilot.press("u")  # still says where it works
        said = "u undoes on Today, where the change is seen: Escape, then u."
        await until(pilot, lambda: said in told(app), "the toast")
        assert isinstance(app.screen, DashboardScreen)
        await pilot.press("escape", "question_mark")  # Today's help lists u
        await wait_painted(pilot, "Undo")
        assert " u Undo " in squeezed(app) or "u Undo" in painted(app)
