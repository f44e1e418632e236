"""Magnesium against symptom days: the numbers behind the dashboard and `report`.

Only logged days (days with food entries) count; with `complete_only`, only logged days the
person marked complete (the rest are counted in `incomplete`). A day is a low-magnesium
day when its total is below `threshold` x target; with a lag of N, when the mean of the
previous N days is. Foods without a magnesium figure make a total a lower bound: such a
day is still "adequate" if the known part reaches the limit, otherwise its class is
unknown and it is left out of the 2x2 tables (counted in `unclassified`); numeric
statistics use only days whose total is exact.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from itertools import accumulate

from journal.core import stats
from journal.core.daily import ALL, DayRow
from journal.core.models import SYMPTOM_KINDS

LAGS = (0, 1, 2, 3)
MIN_LOGGED_DAYS = 14
MIN_SYMPTOM_DAYS = 3
LOW = "low magnesium"  # the exposure name of the magnesium comparisons


@dataclass(frozen=True, slots=True)
class Comparison:
    """One 2x2 table: exposure (low magnesium, or a factor) x symptom day."""

    group: str  # a symptom kind, or ALL
    exposure: str  # LOW or a factor kind
    lag: int  # 0: the same day; N: mean of the previous N days
    table: stats.Table2x2
    risk: stats.RelativeRisk | None
    odds: float
    p: float


@dataclass(frozen=True, slots=True)
class Correlation:
    group: str
    lag: int
    n: int  # days with an exact intake
    point_biserial: float | None  # intake x symptom day (0/1)
    point_biserial_p: float | None
    spearman: float | None  # intake x worst severity (0 on symptom-free days)
    spearman_p: float | None
    spearman_n: int  # days with a known severity (symptoms without one are left out)


@dataclass(frozen=True, slots=True)
class MeanIntake:
    group: str
    symptom_mean: float | None
    symptom_days: int
    other_mean: float | None
    other_days: int


@dataclass(slots=True)
class Analysis:
    start: date
    end: date
    target: float
    threshold: float
    days: int = 0
    logged: int = 0
    unclassified: int = 0
    symptom_days: int = 0
    groups: list[str] = field(default_factory=list)
    comparisons: list[Comparison] = field(default_factory=list)
    correlations: list[Correlation] = field(default_factory=list)
    means: list[MeanIntake] = field(default_factory=list)
    group_days: dict[str, int] = field(default_factory=dict)  # symptom days per group
    complete_only: bool = False  # only days marked complete count as logged
    complete_days: int = 0  # days marked complete in the period
    incomplete: int = 0  # days with food left out because not marked complete

    @property
    def limit_mg(self) -> float:
        return self.target * self.threshold

    @property
    def unlogged(self) -> int:
        return self.days - self.logged

    @property
    def more_days_needed(self) -> int:
        return max(0, MIN_LOGGED_DAYS - self.logged)

    @property
    def more_symptom_days_needed(self) -> int:
        return max(0, MIN_SYMPTOM_DAYS - self.symptom_days)

    @property
    def enough_data(self) -> bool:
        return not (self.more_days_needed or self.more_symptom_days_needed)


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


class Prefix:
    """Running sums over the rows, so a lag's window mean costs O(1) per day."""

    def __init__(self, rows: list[DayRow]) -> None:
        self.rows = rows
        self.totals = [0.0, *accumulate(r.food_mg + r.supplement_mg for r in rows)]
        self.logged = [0, *accumulate(1 if r.foods else 0 for r in rows)]
        self.inexact = [0, *accumulate(1 if r.unknown_foods and r.foods else 0 for r in rows)]


def intake_classes(
    prefix: Prefix, lag: int, limit: float
) -> tuple[dict[int, float], set[int], set[int], int]:
    """For logged days with `lag` logged days before them: exact intakes, low and adequate days.

    Returns (index -> exact intake, low indices, adequate indices, unclassified count).
    """
    totals, logged, inexact = prefix.totals, prefix.logged, prefix.inexact
    n, width = len(prefix.rows), max(1, lag)
    # Comprehensions rather than one loop: this runs over every day of ten years, four times.
    if lag == 0:
        days = [i for i in range(n) if logged[i + 1] - logged[i]]
        spans = [(i, i + 1) for i in days]
    else:
        days = [
            i
            for i in range(lag, n)
            if logged[i + 1] - logged[i] and logged[i] - logged[i - lag] == lag
        ]
        spans = [(i - lag, i) for i in days]
    means = [(totals[hi] - totals[lo]) / width for lo, hi in spans]
    is_exact = [inexact[hi] == inexact[lo] for lo, hi in spans]
    exact = {i: m for i, m, e in zip(days, means, is_exact, strict=True) if e}
    low = {i for i, m in exact.items() if m < limit}
    adequate = {i for i, m, e in zip(days, means, is_exact, strict=True) if m >= limit}
    # Unknown foods only add, so an inexact day at or above the limit is adequate anyway.
    return exact, low, adequate, len(days) - len(low) - len(adequate)


def compare(group: str, exposure: str, lag: int, table: stats.Table2x2) -> Comparison:
    risk = stats.relative_risk(table)
    return Comparison(
        group, exposure, lag, table, risk, stats.odds_ratio(table), stats.fisher_exact_p(table)
    )


def _table(symptom: set[int], exposed: set[int], unexposed: set[int]) -> stats.Table2x2:
    a, c = len(symptom & exposed), len(symptom & unexposed)
    return stats.Table2x2(a, len(exposed) - a, c, len(unexposed) - c)


class LagSeries:
    """The exact intakes for one lag, centred once and reused for every symptom group."""

    def __init__(self, exact: dict[int, float]) -> None:
        self.exact = exact
        self.where = {i: k for k, i in enumerate(exact)}
        values = list(exact.values())
        self.values = stats.Centered(values)
        self.ranks = stats.Centered(stats.average_ranks(values))


def _correlation(
    group: str, lag: int, series: LagSeries, worst: dict[int, int | None]
) -> Correlation:
    exact, where = series.exact, series.where
    hit = [i for i in worst if i in where]
    n = len(exact)
    pb = stats.sparse_correlation(series.values, {where[i]: 1.0 for i in hit})
    pb_p = stats.pearson_p(pb, n) if pb is not None else None
    if any(worst[i] is None for i in hit):
        # Some symptoms have no severity: rank the subset of days where it is known.
        keep = [i for i in exact if i not in worst or worst[i] is not None]
        severities = [float(worst.get(i) or 0) for i in keep]
        rho = stats.spearman([exact[i] for i in keep], severities)
        sn = len(keep)
    else:
        # Symptom-free days tie at severity 0, below every symptom day; shifting all
        # ranks by that tie's rank leaves rho unchanged and zero on symptom-free days.
        zeros = n - len(hit)
        counts = Counter(worst[i] or 0 for i in hit)
        rank_of, start = {}, zeros
        for value in sorted(counts):
            rank_of[value] = start + (counts[value] + 1) / 2 - (zeros + 1) / 2
            start += counts[value]
        shifted = {where[i]: rank_of[worst[i] or 0] for i in hit}
        rho = stats.sparse_correlation(series.ranks, shifted)
        sn = n
    rho_p = stats.spearman_p(rho, sn) if rho is not None else None
    return Correlation(group, lag, n, pb, pb_p, rho, rho_p, sn)


def analyse(
    rows: list[DayRow], target: float, threshold: float = 1.0, complete_only: bool = False
) -> Analysis:
    """Every comparison the dashboard shows, over `rows` (one per calendar day, in order)."""
    start = rows[0].date if rows else date.min
    end = rows[-1].date if rows else date.min
    result = Analysis(start, end, target, threshold, days=len(rows), complete_only=complete_only)
    result.complete_days = sum(1 for r in rows if r.complete)
    if complete_only:
        result.incomplete = sum(1 for r in rows if r.logged and not r.complete)
        # A day not marked complete says as little about intake as a day without food.
        rows = [r if r.complete else DayRow(r.date) for r in rows]
    result.logged = sum(1 for r in rows if r.logged)
    logged_idx = {i for i, r in enumerate(rows) if r.logged}
    kinds = Counter(k for i in logged_idx for k in rows[i].symptoms)
    result.groups = [ALL] + [k for k in SYMPTOM_KINDS if k in kinds]
    result.groups += sorted(k for k in kinds if k not in SYMPTOM_KINDS)
    worst: dict[str, dict[int, int | None]] = {g: {} for g in result.groups}
    for i in logged_idx:
        if rows[i].symptoms:
            for g in (ALL, *rows[i].symptoms):
                worst[g][i] = rows[i].worst(g)
    result.group_days = {g: len(worst[g]) for g in result.groups}
    result.symptom_days = result.group_days[ALL]
    prefix = Prefix(rows)
    for lag in LAGS:
        exact, low, adequate, unclassified = intake_classes(prefix, lag, result.limit_mg)
        if lag == 0:
            result.unclassified = unclassified
        series = LagSeries(exact)
        for g in result.groups:
            symptom = set(worst[g])
            result.comparisons.append(compare(g, LOW, lag, _table(symptom, low, adequate)))
            result.correlations.append(_correlation(g, lag, series, worst[g]))
            if lag == 0:
                on = [exact[i] for i in exact if i in symptom]
                off = [exact[i] for i in exact if i not in symptom]
                result.means.append(MeanIntake(g, _mean(on), len(on), _mean(off), len(off)))
    factor_days: dict[str, set[int]] = {}
    for i in logged_idx:
        for kind in rows[i].factors:
            factor_days.setdefault(kind, set()).add(i)
    for kind in sorted(factor_days):
        exposed = factor_days[kind]
        for g in result.groups:
            table = _table(set(worst[g]), exposed, logged_idx - exposed)
            result.comparisons.append(compare(g, kind, 0, table))
    return result


def averages(rows: list[DayRow], last: int) -> float | None:
    """Mean total over the logged days among the last `last` rows (None if none logged)."""
    return _mean([r.total_mg for r in rows[-last:] if r.logged])


def top_sources(sources: dict[str, float], limit: int = 5) -> list[tuple[str, float]]:
    """The foods that gave the most magnesium, largest first."""
    return sorted(sources.items(), key=lambda item: (-item[1], item[0]))[:limit]
