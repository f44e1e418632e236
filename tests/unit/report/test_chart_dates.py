"""The doctor's page chart: its dates never run into each other, and its method lines
wrap instead of running off a printed page."""

from __future__ import annotations

import re
from datetime import date, timedelta
from itertools import pairwise

import pytest

from journal.core.analysis.daily import DayRow
from journal.core.report.html import STYLE
from journal.core.report.svg import CHAR_PX, GAP_PX, LEFT, RIGHT, WIDTH, intake_svg

END = date(2026, 12, 7)
TEXT = re.compile(r'<text x="([\d.]+)" y="[\d.]+" text-anchor="(end|middle)"[^>]*>([^<]+)</text>')


def dates_drawn(days: int) -> list[tuple[float, float, str]]:
    """(left, right, text) of each date under the chart, left to right."""
    rows = [DayRow(END - timedelta(days=days - 1 - k), food_mg=300.0, foods=1) for k in range(days)]
    svg = intake_svg(rows, 310.0, 310.0)
    out = []
    for x, anchor, text in TEXT.findall(svg):
        if not re.fullmatch(r"\d{1,2} [A-Z][a-z]{2}", text):
            continue  # the axis's "310 mg", "mg a day"
        width = len(text) * CHAR_PX
        mid = float(x)
        out.append(
            (mid - width, mid, text)
            if anchor == "end"
            else (mid - width / 2, mid + width / 2, text)
        )
    return sorted(out)


@pytest.mark.parametrize("days", [7, 8, 30, 31, 89, 90, 91, 180, 365, 3650])
def test_no_two_dates_touch_and_none_leaves_the_chart(days: int) -> None:
    drawn = dates_drawn(days)
    assert drawn, "at least the last day's date"
    assert drawn[-1][2] == f"{END:%-d %b}"  # the last bar is dated
    for (_, right, a), (left, _, b) in pairwise(drawn):
        assert left - right >= GAP_PX, f"{a!r} runs into {b!r} at {days} days"
    assert drawn[0][0] >= 0 and drawn[-1][1] <= WIDTH


def test_at_ninety_days_the_week_before_the_last_keeps_its_tick_not_its_date() -> None:
    """At 90 days "30 Nov" sat 51 px left of the right-aligned "7 Dec": they touched."""
    rows = [DayRow(END - timedelta(days=89 - k), food_mg=300.0, foods=1) for k in range(90)]
    svg = intake_svg(rows, 310.0, 310.0)
    assert ">30 Nov</text>" not in svg and ">23 Nov</text>" in svg
    step = (WIDTH - LEFT - RIGHT) / 90
    ticks = re.findall(r'<line class="tick" x1="([\d.]+)"', svg)
    assert f"{LEFT + (89 - 7 + 0.5) * step:.1f}" in ticks  # 30 Nov's tick is still drawn


def test_the_method_block_wraps_on_the_page() -> None:
    assert re.search(r"pre \{[^}]*white-space: pre-wrap", STYLE)
