"""When the main answer is "found": the ratio within each factor's days and in one model
with all of them, and whether a factor explains the answer away (see `removes`)."""

from __future__ import annotations

import math
from bisect import bisect_right

from journal.core.analysis.associations import LOW
from journal.core.analysis.daily import DayRow
from journal.core.analysis.lag_series import LagSeries
from journal.core.analysis.primary import (
    EXPLAINED,
    MIN_FACTOR_DAYS,
    SHRINK,
    Primary,
    Stratified,
    _table,
    stretch_bounds,
)
from journal.core.stats import mantel_haenszel as mh
from journal.core.stats import regression, within


def adjust(
    result: Primary, rows: list[DayRow], s: LagSeries, symptom: set[int], logged: list[int]
) -> None:
    """Mantel-Haenszel by each factor, then one Poisson model with all of them; both
    compare days within the main answer's stretches of time, as its ratio does."""
    days = sorted(s.low | s.adequate)
    stretch = _stretches(days, logged)
    factor_days: dict[str, set[int]] = {}
    for i in days:
        # A factor confounds through the days whose intake is the exposure: a day-after
        # answer's is the day before (alcohol that evening, a cramp in the night).
        for j in range(max(0, i - s.lag), i) if s.lag else (i,):
            for kind in rows[j].factors:
                factor_days.setdefault(kind, set()).add(i)
    usable = sorted(
        k
        for k, d in factor_days.items()
        if MIN_FACTOR_DAYS <= len(d) <= len(days) - MIN_FACTOR_DAYS
    )
    low, adequate = s.low, s.adequate - s.low
    parts = [(low & part, adequate & part) for part in stretch]
    for kind in usable:
        with_f = factor_days[kind]
        strata = [
            _table(symptom, low & with_f, adequate & with_f),
            _table(symptom, low - with_f, adequate - with_f),
        ]
        by_stretch = [  # the factor's days and the others, in each stretch
            table
            for lo, ad in parts
            for table in (
                _table(symptom, lo & with_f, ad & with_f),
                _table(symptom, lo - with_f, ad - with_f),
            )
        ]
        pooled = mh.risk_ratio(by_stretch)
        result.strata.append(Stratified(kind, len(with_f), pooled, strata[1], strata[0]))
    # A stretch without a symptom says nothing about a ratio within it: the model
    # leaves it out, and a factor is judged on the days that stay.
    kept = set().union(*(part for part in stretch if part & symptom))
    # A factor on whose days a symptom never (or always) came has no finite coefficient:
    # it stays out of the model, and its own stratified ratio speaks for it below.
    model = [
        k for k in usable if 0 < len(factor_days[k] & symptom & kept) < len(factor_days[k] & kept)
    ]
    number = {i: n for n, part in enumerate(stretch) for i in part}
    y = [1 if i in symptom else 0 for i in days]
    # Days in order, so the interval allows for streaks as the test does by its
    # rearrangements (Newey-West over the days' neighbours).
    lags = within.newey_west_lags(len(kept))
    while True:
        columns = {LOW: [1.0 if i in low else 0.0 for i in days]}
        for kind in model:
            columns[kind] = [1.0 if i in factor_days[kind] else 0.0 for i in days]
        try:
            fit = within.fit(columns, y, [number[i] for i in days], serial=(LOW,), lags=lags)
        except regression.NotEstimable:
            if not model:
                break
            model.pop()  # drop one factor and try again
            continue
        result.adjusted, result.adjusted_for = fit.term(LOW), model
        break
    explain(result, model)


def _stretches(days: list[int], logged: list[int]) -> list[set[int]]:
    """The days of each of the main answer's stretches of time (one: all of them)."""
    bounds = stretch_bounds(len(logged))
    if not bounds:
        return [set(days)]
    where = {i: k for k, i in enumerate(logged)}
    parts: list[set[int]] = [set() for _ in bounds[1:]]
    for i in days:
        parts[bisect_right(bounds, where[i], hi=len(bounds) - 1) - 1].add(i)
    return parts


def removes(evidence: mh.Pooled | regression.Term | None, target: float) -> bool:
    """Whether an adjusted ratio takes the crude association away: at most three quarters
    of its log ratio left (SHRINK) and no longer significant in the question's direction
    (a ratio below 1 is not
    'more often', however small its p: a reversal explains a finding away, too)."""
    if evidence is None or evidence.ratio is None or evidence.ratio <= 0:
        return False
    ratio = evidence.ratio
    return math.log(ratio) <= target and (evidence.p >= 0.05 or ratio <= 1)


def explain(result: Primary, model: list[str]) -> None:
    crude = result.shown
    if crude is None or crude.ratio is None:
        return
    # The question is one-sided, so is "removed": see `removes`.
    target = math.log(crude.ratio) * SHRINK
    moved = [st for st in result.strata if st.pooled is not None]
    if not moved:
        return
    # The one model first (named by its strongest stratum); then each stratum the model
    # could not hold (a factor whose days all had, or none had, a symptom).
    in_model = [st for st in moved if st.factor in model] or moved
    best = min(in_model, key=lambda st: math.log(st.pooled.ratio))  # type: ignore[union-attr]
    if result.adjusted_for and removes(result.adjusted, target):
        result.status, result.explained_by = EXPLAINED, best.factor
        return
    left_out = [st for st in moved if st.factor not in result.adjusted_for]
    for st in sorted(left_out, key=lambda st: math.log(st.pooled.ratio)):  # type: ignore[union-attr]
        if removes(st.pooled, target):
            result.status, result.explained_by = EXPLAINED, st.factor
            return
