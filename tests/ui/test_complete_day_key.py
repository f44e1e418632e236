"""`!` on Today marks the shown day complete, shows it in the title, and unmarks it again."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.widgets import Static

from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from tests.helpers import food, onboarded

TODAY = date(2026, 11, 25)


def title(app: MgJournalApp) -> str:
    return str(app.screen.query_one("#date-title", Static).render())


async def test_bang_toggles_the_shown_day_complete(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    journal.add(food(TODAY))
    app = MgJournalApp(journal)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert "complete" not in title(app)
        await pilot.press("exclamation_mark")
        await pilot.pause()
        assert title(app) == "Wednesday 25 November 2026  (today)  ✓ complete"
        assert Journal.open(data_dir).day(TODAY).complete
        await pilot.press("left_square_bracket", "exclamation_mark")
        await pilot.pause()
        assert title(app).endswith("(yesterday)  ✓ complete")
        assert Journal.open(data_dir).day(date(2026, 11, 24)).complete
        await pilot.press("right_square_bracket", "exclamation_mark")
        await pilot.pause()
        assert title(app) == "Wednesday 25 November 2026  (today)"
        assert not Journal.open(data_dir).day(TODAY).complete
