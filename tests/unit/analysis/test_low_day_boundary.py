"""A day exactly at the target is adequate, never low; each day is counted once.

A person who ate exactly 310 mg against a 310 mg target met it: calling that day
low would move it into the wrong column of every table and every finding.
"""

from __future__ import annotations

from datetime import date, timedelta

from journal.core.analysis.associations import LOW, analyse
from journal.core.analysis.daily import DayRow

START = date(2026, 10, 1)
TARGET = 310.0


def rows(intakes: list[float], cramp_days: set[int]) -> list[DayRow]:
    return [
        DayRow(
            START + timedelta(days=n),
            food_mg=mg,
            foods=1,
            symptoms={"cramp": (1, 3)} if n in cramp_days else {},
        )
        for n, mg in enumerate(intakes)
    ]


def same_day_table(intakes: list[float], cramp_days: set[int]) -> tuple[int, int, int, int]:
    analysis = analyse(rows(intakes, cramp_days), TARGET)
    [comparison] = [
        c for c in analysis.comparisons if c.exposure == LOW and c.lag == 0 and c.group == "all"
    ]
    t = comparison.table
    return t.a, t.b, t.c, t.d


def test_a_day_exactly_at_the_target_is_adequate() -> None:
    # Day 0 exactly at the target with a cramp; day 1 just below it with none.
    intakes = [TARGET, TARGET - 0.5, 400.0, 200.0]
    a, b, c, d = same_day_table(intakes, cramp_days={0})
    assert (a, b) == (0, 2)  # low days: 309.5 and 200, neither with a cramp
    assert (c, d) == (1, 1)  # adequate days: 310 (the cramp) and 400


def test_every_logged_day_is_in_exactly_one_column() -> None:
    intakes = [TARGET] * 10 + [TARGET - 1] * 10 + [TARGET + 1] * 5
    a, b, c, d = same_day_table(intakes, cramp_days={0, 12, 24})
    assert a + b + c + d == len(intakes)
    assert (a + b, c + d) == (10, 15)
    assert (a, c) == (1, 2)
