"""Issue 24, item 2: the day in progress is left out of every comparison until it is over or
marked complete, and drawn "so far" in the charts (on screen and on the doctor's page)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from journal.core import clock
from journal.core.analysis.dashboard import build
from journal.core.report.doc import gather
from journal.core.report.html import render_html
from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from tests.helpers import food, onboarded, run_cli, symptom
from tests.ui.painted import squeezed

TODAY = date(2026, 11, 25)  # the pinned clock: 09:30


def first_week_and_then_some(data_dir: Path) -> Journal:
    """20 finished days (every third low, with a cramp); today: coffee and a cramp so far."""
    journal = onboarded(Journal.open(data_dir))
    for k in range(1, 21):
        day = TODAY - timedelta(days=k)
        journal.add(food(day, "Pumpkin seeds", mg=450.0 if k % 3 else 100.0))
        if k % 3 == 0:
            journal.add(symptom(day))
    journal.add(food(TODAY, "Coffee", mg=32.0))
    journal.add(symptom(TODAY, at="09:00"))
    return journal


async def test_dashboard_leaves_today_out_and_draws_it_so_far(data_dir: Path) -> None:
    app = MgJournalApp(first_week_and_then_some(data_dir))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("d", "1")  # the last 30 days
        await app.workers.wait_for_complete()
        await pilot.pause()
        top = squeezed(app)
        assert "20 of 30 days logged" in top
        assert "left out: 9 without food entries and today (not over yet)." in top
        assert "Today 32 mg of 310" in top  # today's own figure is still shown
        await pilot.press("pagedown")
        await pilot.pause()
        assert "░ today so far" in squeezed(app)  # the chart's legend, below the answer
        await pilot.press("t")  # the full tables
        await pilot.pause()
        # Not 7 and 0: this morning's cramp on a day with only coffee so far is no low day.
        assert "below 310 mg 6 0 100%" in squeezed(app)


async def test_a_day_marked_complete_counts_at_once(data_dir: Path) -> None:
    journal = first_week_and_then_some(data_dir)
    journal.set_complete(TODAY)
    app = MgJournalApp(journal)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("d", "1")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "21 of 30 days logged" in squeezed(app)
        assert "so far" not in squeezed(app)


def test_yesterday_is_over_and_counts(data_dir: Path) -> None:
    days = list(first_week_and_then_some(data_dir).days(TODAY - timedelta(days=40), TODAY))
    today = build(days, TODAY, 30, 400).analysis
    clock.set_now(clock.now() + timedelta(days=1))  # the next morning: yesterday is over
    tomorrow = build(days, TODAY + timedelta(days=1), 30, 400).analysis
    assert (today.logged, tomorrow.logged) == (20, 21)
    assert today.in_progress == 1 and tomorrow.in_progress == 0


def test_doctors_page_draws_today_so_far_and_not_red(data_dir: Path) -> None:
    days = list(first_week_and_then_some(data_dir).days(TODAY - timedelta(days=40), TODAY))
    page = render_html(gather(build(days, TODAY, 30, 400), days, "basis"))
    bars = [line for line in page.splitlines() if line.startswith("<rect class=")]
    so_far = [b for b in bars if 'class="day so-far"' in b]
    assert len(so_far) == 1 and "#c0392b" not in so_far[0]
    assert "Wed 25 Nov: 32 mg so far (the day is not over)" in so_far[0]
    assert ">so far</text>" in page
    assert "32 mg so far" in page  # the symptom-days table says so too


def test_the_text_report_says_so_far_for_today(data_dir: Path) -> None:
    first_week_and_then_some(data_dir)
    result = run_cli("report", "--days", "30")
    assert result.returncode == 0, result.stderr
    assert "Wed 25 Nov  32 mg so far" in result.stdout
    assert "Tue 24 Nov  450 mg so far" not in result.stdout
