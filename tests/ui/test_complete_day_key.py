"""`!` on Today marks the shown day complete, shows it in the title, and unmarks it again."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.widgets import Static

from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from tests.helpers import food, onboarded
from tests.ui.painted import told
from tests.waiting import until

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


async def test_u_after_bang_undoes_the_mark_not_the_entry_before_it(data_dir: Path) -> None:
    from tests.ui.painted import told

    journal = onboarded(Journal.open(data_dir))
    app = MgJournalApp(journal)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("c", "escape")  # a cramp: the change before the mark
        await pilot.press("exclamation_mark")
        await pilot.pause()
        assert Journal.open(data_dir).day(TODAY).complete
        await pilot.press("u")
        await pilot.pause()
        day = Journal.open(data_dir).day(TODAY)
        assert not day.complete and len(day.symptoms) == 1  # the cramp stays
        assert "complete" not in title(app)
        assert "Undone: 25 November marked complete" in told(app)
        await pilot.press("u")  # then the cramp
        await pilot.pause()
        assert Journal.open(data_dir).day(TODAY).symptoms == []


async def test_undo_of_an_entry_on_another_day_says_which_day(data_dir: Path) -> None:
    from tests.ui.painted import told

    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("left_square_bracket", "c", "escape")  # a cramp on the 24th
        await pilot.press("right_square_bracket", "u")  # back on today: undo it
        await pilot.pause()
        assert "Undone: cramp added (on 24 November)" in told(app)
        assert Journal.open(data_dir).day(date(2026, 11, 24)).symptoms == []


async def test_u_away_from_today_takes_back_nothing_out_of_sight(data_dir: Path) -> None:
    """On the dashboard, u deleted the cramp just logged on Today, unseen."""
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("c", "escape")
        await pilot.press("d")
        app.clear_notifications()
        await pilot.pause()
        await pilot.press("u")
        await pilot.pause()
        assert len(Journal.open(data_dir).day(TODAY).symptoms) == 1
        # Said, not silent: the dashboard's help lists u, and the key did nothing at all.
        await until(pilot, lambda: told(app), "a toast")
        assert told(app) == ["u undoes on Today, where the change is seen: Escape, then u."]
        await pilot.press("escape", "u")  # on Today it does
        await pilot.pause()
        assert Journal.open(data_dir).day(TODAY).symptoms == []
