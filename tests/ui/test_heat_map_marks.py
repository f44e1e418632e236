"""The calendar marks every symptom day the intake chart marks: a cramp on a day
without food was a • on the chart but a bare · in the calendar, whose legend says
"✕ symptom"."""

from __future__ import annotations

from datetime import date, timedelta

from journal.core.analysis.daily import DayRow
from journal.tui.widgets.heat_map import heat_map
from journal.tui.widgets.intake_chart import chart

MONDAY = date(2026, 11, 16)


def test_a_symptom_day_without_food_is_marked_in_both() -> None:
    rows = [
        DayRow(MONDAY, symptoms={"cramp": (1, 3)}),  # no food
        DayRow(MONDAY + timedelta(days=1)),  # nothing at all
        DayRow(MONDAY + timedelta(days=2), 400.0, foods=1, symptoms={"cramp": (1, 3)}),
        DayRow(MONDAY + timedelta(days=3), 400.0, foods=1),
    ]
    mo, tu, we, th = str(heat_map(rows, lambda _: 310.0)).splitlines()[1:5]
    assert (mo, tu, we, th) == ("Mo ✕·", "Tu · ", "We ✕ ", "Th   ")
    marks = str(chart(rows, 310.0, 9)).splitlines()[-3]
    assert marks[5:9] == "•·• "  # the chart: a • on both symptom days, food or none
