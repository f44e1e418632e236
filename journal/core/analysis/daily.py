"""One row per calendar day: what the dashboard's statistics are computed from.

A day counts as logged only if it has food entries: a day with a cramp but no
food logged says nothing about that day's intake, so it is left out of the
intake statistics (and counted, so the dashboard can say how many). With
"complete days only", a day counts only if the person also marked it complete.

The day in progress (today, not marked complete) is not over: breakfast alone
is not a low day, and a cramp before lunch is not yet a symptom day of a low
day. Its row is kept, marked `in_progress`, so charts can draw it "so far",
and `settled` blanks it for every comparison.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from journal.core.analysis.shown import whole
from journal.core.entries.day import Day

ALL = "all"  # the symptom group "any symptom"


@dataclass(slots=True)  # not frozen: frozen __init__ costs 3x, and rows are built by the thousand
class DayRow:
    date: date
    food_mg: float = 0.0
    supplement_mg: float = 0.0
    foods: int = 0
    unknown_foods: int = 0  # foods without a magnesium figure: the total is a lower bound
    symptoms: dict[str, tuple[int, int | None]] = field(default_factory=dict)  # count, worst
    factors: dict[str, float | None] = field(default_factory=dict)  # summed amount if given
    complete: bool = False  # marked "I logged everything I ate"
    in_progress: bool = False  # today, not marked complete: drawn "so far", never compared
    sources: dict[str, float] = field(default_factory=dict)  # food name -> magnesium that day

    @property
    def logged(self) -> bool:
        return self.foods > 0

    @property
    def total_mg(self) -> float:
        return self.food_mg + self.supplement_mg

    def share(self, target: float) -> float:
        return self.total_mg / target if target else 0.0


def total_text(row: DayRow, *edges: float) -> str:
    """'243 mg', or 'at least 243 mg (2 of 9 foods without a magnesium figure)'; rounded
    so that it reads on the right side of each of `edges` (see `whole`)."""
    text = f"{whole(row.total_mg, *edges):,} mg"  # as Today writes it: 1,118
    if not row.unknown_foods:
        return text
    foods = "food" if row.foods == 1 else "foods"
    return (
        f"at least {text} ({row.unknown_foods} of {row.foods} {foods} without a magnesium figure)"
    )


def row_for(day: Day, sources: dict[str, float] | None = None) -> DayRow:
    """The day's row, a summary small enough to keep for every day of a journal;
    each food's magnesium is also added to `sources` under its name, if given."""
    symptoms: dict[str, tuple[int, int | None]] = {}
    for s in day.symptoms:
        count, worst = symptoms.get(s.kind, (0, None))
        if s.severity is not None and (worst is None or s.severity > worst):
            worst = s.severity
        symptoms[s.kind] = (count + 1, worst)
    factors: dict[str, float | None] = {}
    for f in day.factors:
        before = factors.get(f.kind)
        factors[f.kind] = before if f.amount is None else (before or 0.0) + f.amount
    # Sums exactly rounded (fsum), so the order entries are read in (an import, a merge)
    # never moves a day's figure across a rounding edge: 983.5 stays 983.5.
    by_name: dict[str, list[float]] = {}
    unknown = 0
    for food in day.foods:
        mg = food.mg
        if mg is None:
            unknown += 1
        else:
            by_name.setdefault(food.name, []).append(mg)
    own = {name: math.fsum(mgs) for name, mgs in by_name.items()}
    food_mg = math.fsum(mg for mgs in by_name.values() for mg in mgs)
    if sources is not None:
        for name, mg in own.items():
            sources[name] = sources.get(name, 0.0) + mg
    supplements = day.supplements  # most days have none: skip building an empty list
    supplement_mg = math.fsum(s.mg for s in supplements) if supplements else 0
    return DayRow(
        day.date,
        food_mg,
        supplement_mg,
        len(day.foods),
        unknown,
        symptoms,
        factors,
        day.complete,
        sources=own,
    )


@dataclass(slots=True)
class Period:
    rows: list[DayRow]  # one per calendar day, in order
    sources: dict[str, float]  # food name -> magnesium over the period


def read_period(days: Iterable[Day], start: date, end: date, today: date | None = None) -> Period:
    """A row for every date from `start` to `end` (empty rows for days without entries);
    the row for `today`, unless marked complete, is marked in progress."""
    return period_of({day.date: row_for(day) for day in days}, start, end, today)


def period_of(
    rows: Mapping[date, DayRow], start: date, end: date, today: date | None = None
) -> Period:
    """A row for every date from `start` to `end`, from the summaries of the days that
    have entries (`rows`, by date; empty rows for the others). The rows are shared, not
    copied: a summary kept for the session serves every period, threshold and basis;
    only `today`'s row, unless marked complete, is a copy marked in progress."""
    sources: dict[str, float] = {}
    out = []
    get = rows.get
    day = start
    one = timedelta(days=1)
    while day <= end:
        row = get(day)
        if row is not None:
            for name, mg in row.sources.items():
                sources[name] = sources.get(name, 0.0) + mg
        if day == today and not (row is not None and row.complete):
            row = (
                replace(row, in_progress=True) if row is not None else DayRow(day, in_progress=True)
            )
        out.append(row if row is not None else DayRow(day))
        day += one
    return Period(out, sources)


def settled(rows: list[DayRow]) -> list[DayRow]:
    """The rows the comparisons use: the day in progress as a day with nothing logged yet."""
    return [DayRow(r.date, in_progress=True) if r.in_progress else r for r in rows]
