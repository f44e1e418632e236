"""The trial's timeline marks today in the period the status line names, on every day."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

from textual.widgets import Input

from journal.core import clock
from journal.core.trial.analysis import analyse
from journal.core.trial.plan import Plan
from journal.core.trial.trial import Trial
from journal.store.journal import Journal
from journal.store.trial import save_plan, update
from journal.tui.app import MgJournalApp
from journal.tui.screens.trial import TrialScreen
from journal.tui.screens.trial_plan import TrialPlanScreen
from journal.tui.widgets.trial_timeline import timeline
from tests.helpers import onboarded
from tests.ui.painted import painted_lines, wait_painted
from tests.waiting import until


def _started(data_dir: Path, days_ago: int) -> tuple[Journal, Trial]:
    """The default design (run-in 14, 3 pairs of 21 days: 140 days) begun `days_ago`."""
    journal = onboarded(Journal.open(data_dir))
    begun = clock.today() - timedelta(days=days_ago)
    save_plan(journal, Plan("glycinate", 300, seed=7, created=begun))
    return journal, update(journal, lambda t: t.started(begun))


def _marked_period(lines: list[str]) -> str:
    """The period label whose cells hold the ▲ (its label starts at its first cell)."""
    at = next(n for n, line in enumerate(lines) if "▲ today" in line)
    column = lines[at].index("▲")
    labels = lines[at - 1]
    starts = [(m.start(), m.group(1)) for m in re.finditer(r"(\d[+-AB])", labels)]
    return max((s for s in starts if s[0] <= column), default=(0, "run-in"))[1]


async def test_day_118_of_140_is_marked_in_period_5_as_the_status_says(data_dir: Path) -> None:
    """Before: at 80 columns (two days a cell) each period's odd day was cut off its
    cells, the cuts added up, and on day 118 the ▲ stood in period 6's washout while
    the line above said period 5, magnesium."""
    journal, trial = _started(data_dir, days_ago=117)
    period = next(p for p in trial.periods if p.holds(clock.today()))
    assert period.number == 5
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+p", *"open the trial", "enter")
        await until(pilot, lambda: isinstance(app.screen, TrialScreen), "the trial screen")
        await wait_painted(pilot, "Trial day 118 of 140 · period 5")
        app.screen.query_one("#trial-timeline").scroll_visible(animate=False)
        await wait_painted(pilot, "▲ today")
        assert _marked_period(painted_lines(app)).startswith("5")


def test_every_day_is_marked_in_its_own_period_and_part(data_dir: Path) -> None:
    """Any width: the ▲ sits in the period holding the day, and on ░ in its washout."""
    _, trial = _started(data_dir, days_ago=0)
    assert trial.start is not None
    for width in (80, 120, 60):
        for n in range(trial.plan.total_days):
            day = trial.start + timedelta(days=n)
            bar, labels, marker, _ = str(
                timeline(trial, analyse(trial, {}, day), day, width)
            ).splitlines()
            column = marker.index("▲")
            shown = _marked_period([labels, marker])
            held = next((p for p in trial.periods if p.holds(day)), None)
            assert shown == ("run-in" if held is None else f"{held.number}{shown[1:]}"), (
                width,
                n,
            )
            if held is not None:
                assert bar[column] == ("░" if day < held.analysed_from else "█"), (width, n)


async def test_a_stopped_trial_draws_no_period_after_its_stop(data_dir: Path) -> None:
    """Before: periods 3 to 6 were drawn as planned, washout and "analysed", under a
    result saying the trial was stopped with no answer."""
    journal, trial = _started(data_dir, days_ago=60)
    stop = clock.today() - timedelta(days=10)
    update(journal, lambda t: t.stopped_on(stop, "travel"))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+p", *"open the trial", "enter")
        await until(pilot, lambda: isinstance(app.screen, TrialScreen), "the trial screen")
        await wait_painted(pilot, "The trial is over.")
        app.screen.query_one("#trial-timeline").scroll_visible(animate=False)
        await wait_painted(pilot, "─ after the stop")
        lines = painted_lines(app)
        at = next(n for n, line in enumerate(lines) if "▲ today" in line)
        bar, labels = lines[at - 2].strip(), lines[at - 1]
        cut = (stop - trial.start).days // 2 + 1  # two days a cell at 80 columns
        assert set(bar[cut:].split()[0]) == {"─"} and "█" in bar[:cut]  # then the scrollbar
        assert "stopped" in labels and "3" not in labels  # period 3 began after the stop


async def test_without_a_trial_no_heading_stands_over_nothing(data_dir: Path) -> None:
    """Before: "Plan", "Periods" and "Result" were drawn under "No trial yet" with
    nothing under any of them; they come with the plan."""
    journal = onboarded(Journal.open(data_dir))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+p", *"open the trial", "enter")
        await wait_painted(pilot, "No trial yet. Press n to write a plan")
        rows = [line.strip() for line in painted_lines(app)]
        assert not {"Plan", "Periods", "Result"} & set(rows)
        await pilot.press("n")  # the plan form, its dose given, saved
        await until(pilot, lambda: isinstance(app.screen, TrialPlanScreen), "the plan form")
        app.screen.query_one("#plan-dose", Input).focus()
        await pilot.press(*"300", "enter")
        await until(pilot, lambda: isinstance(app.screen, TrialScreen), "the trial screen")
        await until(pilot, lambda: "Periods" in [r.strip() for r in painted_lines(app)], "titles")
        rows = [line.strip() for line in painted_lines(app)]
        assert {"Plan", "Periods", "Result"} <= set(rows)


async def test_the_day_after_the_end_is_marked_on_one_line_at_80_columns(data_dir: Path) -> None:
    """Before: the day after the last, '▲' ended the marker's line at 80 columns and
    'today' wrapped onto a line of its own, under the bar's end."""
    journal, _ = _started(data_dir, days_ago=140)
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+p", *"open the trial", "enter")
        await until(pilot, lambda: isinstance(app.screen, TrialScreen), "the trial screen")
        await wait_painted(pilot, "The trial is over.")
        app.screen.query_one("#trial-timeline").scroll_visible(animate=False)
        await wait_painted(pilot, "today ▲")
        lines = painted_lines(app)
        at = next(n for n, line in enumerate(lines) if "today ▲" in line)
        bar = lines[at - 2]
        assert bar.lstrip().startswith("·")
        # the ▲ stands just past the bar's last cell, and the legend follows at once
        assert lines[at].index("▲") == bar.index("·") + 70
        assert lines[at + 1].lstrip().startswith("+ magnesium, - no supplement")
