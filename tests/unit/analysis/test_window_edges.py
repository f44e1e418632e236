"""A period whose only low day is its last: no day after it to compare, yet the answer reads."""

from __future__ import annotations

from datetime import date, timedelta

from journal.core.analysis.dashboard import build
from journal.core.entries.day import Day
from tests.helpers import food, symptom

TODAY = date(2026, 11, 25)


def _days(low_last: bool) -> list[Day]:
    out = []
    first = TODAY - timedelta(days=40)
    for n in range(40):
        d = first + timedelta(days=n)
        day = Day(d)
        in_window = d >= TODAY - timedelta(days=29)
        low = low_last and d >= TODAY - timedelta(days=3) and d < TODAY  # the last 3 days
        day.add(food(d, "Almonds", 100.0 if low else 500.0))
        if in_window and n % 4 == 0 and not low:
            day.add(symptom(d))
        out.append(day)
    return out


def test_a_low_day_with_no_day_after_it_gives_an_answer() -> None:
    # The low days end yesterday: the same-day series has three, the day-after series
    # two (today is not over), too few to be asked. A day-after lag with no ratio was once
    # shown and its "0 of 0" divided by zero: the dashboard crashed on `l` in such a view.
    dash = build(_days(low_last=True), TODAY, 30, 310.0)
    primary = dash.analysis.primary
    assert primary is not None and primary.shown is not None
    assert primary.shown.table.exposed and primary.shown.table.unexposed
    assert dash.findings[0].startswith(("Not found", "Found", "Not enough data"))
    assert "of 0 " not in dash.findings[0]


def test_no_low_day_at_all_says_so() -> None:
    dash = build(_days(low_last=False), TODAY, 30, 310.0)
    assert dash.findings[0].startswith("Not enough data")
    assert "fewer than 3 low-magnesium days" in dash.findings[0]
