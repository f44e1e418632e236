"""The "* a count was 0" note is printed only beside a row that shows the *: a 0 in a
table the view leaves out (a factor's, in the reports) stars nothing there."""

from __future__ import annotations

from datetime import date, timedelta

from journal.core.analysis.dashboard import Dashboard, build
from journal.core.entries.day import Day
from journal.core.report.doc import gather
from journal.core.report.html import render_html
from journal.core.report.markdown import md, render_markdown
from journal.core.report.text import ZERO_MARK, report
from journal.tui.widgets.dashboard_text import correlation_text
from tests.helpers import factor, food, symptom

TODAY = date(2026, 11, 25)  # the pinned clock's day (tests/conftest.py)


def dashboard(twitch_on_low_days: bool) -> tuple[Dashboard, list[Day]]:
    """30 days, every third low (100 mg). Without `twitch_on_low_days`: every low day has
    a cramp, a twitch or both, so the main question's own table (any symptom) has a 0,
    but neither kind's table has; exercise on 4 days, each with a cramp (a 0 in the
    factor's tables, which the reports leave out). With it: twitches only on low days."""
    days = []
    for ago in range(1, 31):
        day = Day(TODAY - timedelta(days=ago))
        low = ago % 3 == 0
        day.add(food(day.date, "Oat bran", 100.0 if low else 400.0))
        if twitch_on_low_days:
            kinds = ["cramp"] * (ago % 2 == 0) + ["twitch"] * (low and ago % 2 == 1)
        elif low:
            kinds = [["cramp"], ["twitch"], ["cramp", "twitch"]][ago // 3 % 3]
        else:
            kinds = ["cramp"] * (ago % 4 == 1) + ["twitch"] * (ago % 5 == 2)
        for kind in kinds:
            day.add(symptom(day.date, kind))
        if ago in (1, 5, 13, 17):
            day.add(factor(day.date))
        days.append(day)
    return build(days, TODAY, 30, 310.0), days


def test_a_zero_only_in_rows_without_a_star_prints_no_note() -> None:
    dash, days = dashboard(twitch_on_low_days=False)
    zeros = [c for c in dash.analysis.comparisons if c.risk and c.risk.corrected]
    assert {(c.group, c.exposure, c.lag) for c in zeros} >= {
        ("all", "low magnesium", 0),  # the main question's row: its answer, not a *
        ("cramp", "exercise", 0),
    }
    text = report(dash)
    assert "*" not in text.replace(ZERO_MARK, "")  # no row shows a star...
    assert ZERO_MARK not in text  # ...so nothing explains one
    doc = gather(dash, days, "the RDA")
    assert md(ZERO_MARK) not in render_markdown(doc)
    assert "a count was 0" not in render_html(doc)
    # The dashboard's full tables list the exercise rows, starred: the note stays.
    assert ZERO_MARK in str(correlation_text(dash))


def test_a_starred_row_in_the_report_prints_the_note() -> None:
    dash, days = dashboard(twitch_on_low_days=True)
    text = report(dash)
    twitches = text.split("Twitches: low-magnesium day x symptom day (same day)")[1]
    assert "*  OR" in twitches.split("\n\n")[0]
    assert ZERO_MARK in text
    doc = gather(dash, days, "the RDA")
    assert md(ZERO_MARK) in render_markdown(doc)
    assert "a count was 0" in render_html(doc)
