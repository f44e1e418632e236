"""The dashboard opened from Today on generated journals: what a person sees."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from textual.widgets import Static

from journal.core import clock
from journal.core.entries.models import FoodEntry
from journal.core.entries.undo import Change
from journal.store.demo import build_demo_journal
from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from journal.tui.screens.dashboard import DashboardScreen
from tests.helpers import mg_logged, onboarded

TODAY = date(2026, 11, 25)


def screen_text(app: MgJournalApp) -> str:
    return "\n".join(str(w.render()) for w in app.screen.query(Static))


async def open_dashboard(app: MgJournalApp, pilot, *keys: str) -> str:  # type: ignore[no-untyped-def]
    await pilot.press("d", *keys)
    await app.workers.wait_for_complete()
    await pilot.pause()
    return screen_text(app)


async def test_dashboard_finds_the_planted_association(data_dir: Path) -> None:
    build_demo_journal(data_dir, 400, seed=2)
    app = MgJournalApp(Journal.open(data_dir))
    async with app.run_test(size=(160, 50)) as pilot:
        text = await open_dashboard(app, pilot, "3")
        assert isinstance(app.screen, DashboardScreen)
        assert "last 365 days" in text
        # The demo plants cramps after low days: found at a lag of one day.
        assert "Found: Symptoms were logged on 65 of 96 days after a low-magnesium day" in text
        assert "Cramps were logged on 57 of 96 days after a low-magnesium day" in text
        assert "not proof that magnesium causes it" in text
        assert "This is not medical advice" in text
        assert "Today 122 mg of 310" in text
        assert "Today is 188 mg short" in text
        await pilot.press("l")  # threshold 90%
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "below 279 mg (90% of 310 mg)" in screen_text(app)
        await pilot.press("escape")
        assert not isinstance(app.screen, DashboardScreen)


async def test_short_journal_says_how_many_days_more(data_dir: Path) -> None:
    build_demo_journal(data_dir, 6, seed=2)
    app = MgJournalApp(Journal.open(data_dir))
    async with app.run_test(size=(100, 30)) as pilot:
        text = await open_dashboard(app, pilot)
        assert "Not enough data yet for findings" in text
        assert "more logged days" in text


async def test_food_names_are_shown_as_text(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    journal.add(FoodEntry(TODAY, clock.current_time(), "[bold]Stew", 300.0, 120.0))
    app = MgJournalApp(journal)
    async with app.run_test(size=(100, 30)) as pilot:
        text = await open_dashboard(app, pilot)
        assert "[bold]Stew" in text
        assert "Today 120 mg of 310" in text
        # 190 mg short: not even an ounce of pumpkin seeds (154 mg) closes that.
        assert "Today is 190 mg short; no single portion closes it." in text


async def test_complete_days_become_the_default_and_c_switches(data_dir: Path) -> None:
    journal = build_demo_journal(data_dir, 40, seed=2)
    for offset in range(13):
        journal.set_complete(date(2026, 11, 25 - offset))
    app = MgJournalApp(journal)
    async with app.run_test(size=(160, 50)) as pilot:
        text = await open_dashboard(app, pilot)
        assert "Uses every day with any food logged (13 days marked complete" in text
        await pilot.press("escape")
        journal.set_complete(date(2026, 11, 12))  # the 14th
        text = await open_dashboard(app, pilot)
        assert "Uses complete days only (14 days marked complete in the period)" in text
        assert "left out: " in text and "with food but not marked complete" in text
        await pilot.press("c")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Uses every day with any food logged (14 days" in screen_text(app)
        await pilot.press("c")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Uses complete days only" in screen_text(app)


async def test_keys_on_the_dashboard_read_no_file_and_the_apps_writes_show(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal.store import summaries

    journal = build_demo_journal(data_dir, 200, seed=2)
    mg = mg_logged(journal, TODAY)
    app = MgJournalApp(Journal.open(data_dir))
    async with app.run_test(size=(160, 50)) as pilot:
        assert f"Today {mg:.0f} mg of 310" in await open_dashboard(app, pilot)
        await pilot.press("4")  # the first time all days are asked for, the older are read
        await app.workers.wait_for_complete()
        reads: list[Path] = []
        real = summaries.read_day_file
        monkeypatch.setattr(summaries, "read_day_file", lambda p: reads.append(p) or real(p))
        for key in ("l", "c", "1", "4", "c", "2"):
            await pilot.press(key)
            await app.workers.wait_for_complete()
            await pilot.pause()
        assert reads == [] and "last 90 days" in screen_text(app)
        await pilot.press("escape")
        app.apply(Change(None, FoodEntry(TODAY, time(23, 0), "Pumpkin seeds", 30.0, 300.0)))
        text = await open_dashboard(app, pilot)
        assert reads == [Journal.open(data_dir).day_path(TODAY)]
        assert f"Today {mg + 300:.0f} mg of 310" in text


async def test_the_answer_comes_first_and_the_tables_are_one_key_away(data_dir: Path) -> None:
    build_demo_journal(data_dir, 400, seed=2)
    app = MgJournalApp(Journal.open(data_dir))
    async with app.run_test(size=(100, 30)) as pilot:
        await open_dashboard(app, pilot)
        answer = str(app.screen.query_one("#answer", Static).render())
        panel = app.screen.query_one("#correlation-panel")
        assert "last 90 days" in screen_text(app)  # the one default period, stated
        assert answer.splitlines()[0].startswith(("Found:", "Not found:", "Explained by"))
        assert "█ to the interval's low end" in answer  # the picture, with its legend
        # The answer sits on the first screen; the tables are not shown until t.
        assert app.screen.query_one("#answer").region.y < 30
        assert not panel.display
        await pilot.press("t")
        await pilot.pause()
        assert panel.display
        # As drawn: its long lines wrapped (hanging), so the phrases are read squeezed.
        tables = " ".join(str(app.screen.query_one("#correlations", Static).render()).split())
        assert "one test for both: p " in tables and "exploratory" in tables.lower()
        assert "q Benjamini-Hochberg" in tables  # every mark explained where it appears
        await pilot.press("t")
        await pilot.pause()
        assert not panel.display
        await pilot.press("t", "escape")  # Escape closes the tables first, as t does
        await pilot.pause()
        assert not panel.display and app.screen.query_one("#answer")
        await pilot.press("escape")  # then the dashboard
        await pilot.pause()
        assert not app.screen.query("#answer")


async def test_dashboard_and_report_say_the_same_thing(data_dir: Path) -> None:
    from journal.core.analysis.dashboard import DEFAULT_DAYS, build, read_start
    from journal.core.report.text import report

    journal = build_demo_journal(data_dir, 400, seed=2)
    app = MgJournalApp(journal)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_dashboard(app, pilot)
        answer = str(app.screen.query_one("#answer", Static).render()).splitlines()[0]
    today = clock.today()
    days = list(journal.days(read_start(today, DEFAULT_DAYS), today))
    text = report(build(days, today, DEFAULT_DAYS, 310.0))
    assert f"- {answer}" in text.splitlines()


async def test_t_again_at_80x24_brings_the_answer_back_into_view(data_dir: Path) -> None:
    """Before: t showed the tables (scrolled to them), t again hid them and left the view
    at the foot of the page (the calendar, the top sources): the answer out of sight."""
    from tests.ui.painted import squeezed
    from tests.waiting import until

    build_demo_journal(data_dir, 120, seed=2)
    app = MgJournalApp(Journal.open(data_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_dashboard(app, pilot)
        answer = str(app.screen.query_one("#answer", Static).render()).split()
        first = " ".join(answer[:6])  # "Found: Symptoms were logged on 21 of"
        await until(pilot, lambda: first in squeezed(app), "the answer on screen")
        await pilot.press("t")
        await until(pilot, lambda: first not in squeezed(app), "the tables in view")
        await pilot.press("t")
        await until(pilot, lambda: first in squeezed(app), "the answer in view again")


async def test_todays_intake_over_a_thousand_reads_as_on_today(data_dir: Path) -> None:
    """Before: Today said 1,118 mg and the dashboard "Today 1118 mg of 310"."""
    from tests.helpers import food
    from tests.ui.painted import wait_painted

    journal = onboarded(Journal.open(data_dir))
    journal.add(food(TODAY, "Pumpkin seeds", mg=1118.0))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_painted(pilot, "Magnesium 1,118 mg of 310 mg")
        await pilot.press("d")
        await wait_painted(pilot, "Today 1,118 mg of 310 mg")


async def test_a_new_journals_intake_line_reads_as_todays(data_dir: Path) -> None:
    """Before: "Today 0 mg of 400" (Today: "0 mg of 400 mg"), and with no day before
    today "7-day average - · 30-day average -", dashes that read as a fault."""
    from tests.ui.painted import wait_painted

    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("d")
        await wait_painted(pilot, "Today 0 mg of 310 mg")
        await wait_painted(pilot, "7-day average none yet · 30-day average none yet")


async def test_top_sources_over_a_thousand_read_as_on_today(data_dir: Path) -> None:
    """Before: the dashboard's Top sources and the report said "10022 mg", Today "1,118"."""
    from journal.core.analysis.dashboard import DEFAULT_DAYS, build, read_start
    from journal.core.report.text import report
    from tests.helpers import food

    journal = onboarded(Journal.open(data_dir))
    journal.add(food(TODAY, "Pumpkin seeds", mg=10022.0))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_dashboard(app, pilot)
        shown = str(app.screen.query_one("#intake-sources", Static).render())
        assert " 10,022 mg  Pumpkin seeds" in shown
    today = clock.today()
    days = list(journal.days(read_start(today, DEFAULT_DAYS), today))
    text = report(build(days, today, DEFAULT_DAYS, 310.0))
    assert "    10,022 mg  Pumpkin seeds" in text.splitlines()
    assert "Target 310 mg;" in text


async def test_the_tables_main_row_says_how_to_see_the_answer(data_dir: Path) -> None:
    """Before: the main question's row said "see the answer above" at 80x24 where the
    tables had scrolled the answer out of view; it now names the key that brings it back."""
    from tests.ui.painted import squeezed
    from tests.waiting import until

    build_demo_journal(data_dir, 120, seed=2)
    app = MgJournalApp(Journal.open(data_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_dashboard(app, pilot)
        answer = str(app.screen.query_one("#answer", Static).render()).split()
        first = " ".join(answer[:6])
        await pilot.press("t")
        row = "prev 1 d mean main question: answered at the top; t or Escape shows it"
        for _ in range(12):  # down the tables to the main question's row
            if row in squeezed(app):
                break
            await pilot.press("pagedown")
            await pilot.pause()
        await until(pilot, lambda: row in squeezed(app), "the main row in view")
        assert first not in squeezed(app)  # the answer is not above on screen
        assert "see the answer above" not in squeezed(app)
        await pilot.press("escape")
        await until(pilot, lambda: first in squeezed(app), "the answer in view, as it said")
