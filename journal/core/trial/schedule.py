"""The trial's calendar: the run-in, then pairs of periods in an order drawn from the seed.

Within each pair one period takes bottle A and the other bottle B, the order (AB or
BA) drawn at random from the seed stored with the plan (AHRQ 2014: randomise the
order within each pair), so the same seed always gives the same schedule and every
pair is balanced. Which bottle holds magnesium is the seal (`seal.py`); without a
placebo, bottle A is magnesium and B is none, shown as such.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from journal.core.trial.plan import Plan


def orders(seed: int, pairs: int) -> list[str]:
    """'AB' or 'BA' for each pair, from the seed alone."""
    rng = random.Random(seed)
    return ["AB" if rng.random() < 0.5 else "BA" for _ in range(pairs)]


@dataclass(frozen=True, slots=True)
class Period:
    number: int  # 1-based, in time order
    pair: int  # 1-based
    bottle: str  # "A" or "B"
    start: date
    end: date  # inclusive
    analysed_from: date  # first day after the washout

    def holds(self, day: date) -> bool:
        return self.start <= day <= self.end

    @property
    def analysed_days(self) -> int:
        return (self.end - self.analysed_from).days + 1


def periods(plan: Plan, start: date) -> list[Period]:
    """The periods of a trial whose run-in began on `start`."""
    out: list[Period] = []
    first = start + timedelta(days=plan.run_in_days)
    for pair, order in enumerate(orders(plan.seed, plan.pairs), 1):
        for bottle in order:
            begin = first + timedelta(days=len(out) * plan.period_days)
            out.append(
                Period(
                    len(out) + 1,
                    pair,
                    bottle,
                    begin,
                    begin + timedelta(days=plan.period_days - 1),
                    begin + timedelta(days=plan.washout),
                )
            )
    return out


def run_in_end(plan: Plan, start: date) -> date:
    """The run-in's last day (the day before start when there is none)."""
    return start + timedelta(days=plan.run_in_days - 1)


@dataclass(frozen=True, slots=True)
class TrialDay:
    number: int  # 1-based day of the trial
    total: int
    period: Period | None  # None in the run-in

    @property
    def in_run_in(self) -> bool:
        return self.period is None


def trial_day(plan: Plan, start: date, day: date) -> TrialDay | None:
    """Where `day` falls in the trial; None before the start or after the end."""
    number = (day - start).days + 1
    if not 1 <= number <= plan.total_days:
        return None
    found = next((p for p in periods(plan, start) if p.holds(day)), None)
    return TrialDay(number, plan.total_days, found)


def packing_sheet(plan: Plan, start: date) -> list[str]:
    """The helper's sheet: which bottle holds what, and the bottle for each period.

    With a blinded trial this sheet is the only place the app shows the allocation
    before unsealing: it is for the helper who packs the bottles, not the person.
    """
    lines = [
        "Mg Journal trial: packing sheet (for the helper, not the person in the trial)",
        f"Magnesium: {plan.form}, {plan.dose_mg:g} mg elemental a day"
        if not plan.blinded
        else "Bottle A and bottle B: see the seal below",
    ]
    for p in periods(plan, start):
        if plan.blinded:
            what = f"bottle {p.bottle}"
        else:
            what = "magnesium" if p.bottle == "A" else plan.comparator_words
        lines.append(
            f"period {p.number} (pair {p.pair}), {p.start:%-d %b} to {p.end:%-d %b %Y}: {what}"
        )
    return lines


def trial_day_end(plan: Plan, start: date) -> date:
    """The trial's last day: its run-in and every period, from the start."""
    return start + timedelta(days=plan.total_days - 1)
