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

import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from itertools import compress
from typing import TYPE_CHECKING, cast

from journal.core.analysis.daily import ALL, DayRow
from journal.core.analysis.lag_series import LagSeries, Prefix
from journal.core.entries.models import SYMPTOM_KINDS
from journal.core.stats import contingency as stats
from journal.core.stats import sparse

if TYPE_CHECKING:
    from journal.core.analysis.primary import Primary

LAGS = (0, 1, 2, 3)  # from 0 up by 1: each lag's series is found from the previous one
MIN_LOGGED_DAYS = 14  # the least for any table; the main question's test may need more
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
    p: float  # the Wald test of log RR: agrees with the risk's 95% interval (1.0 without one)


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
    unlogged_symptom_days: int = 0  # with a symptom but not logged: not compared
    groups: list[str] = field(default_factory=list)
    comparisons: list[Comparison] = field(default_factory=list)
    correlations: list[Correlation] = field(default_factory=list)
    means: list[MeanIntake] = field(default_factory=list)
    group_days: dict[str, int] = field(default_factory=dict)  # symptom days per group
    complete_only: bool = False  # only days marked complete count as logged
    complete_days: int = 0  # days marked complete in the period
    incomplete: int = 0  # days with food left out because not marked complete
    in_progress: int = 0  # today, with food but not over: left out (see daily.settled)
    primary_group: str = ALL  # the group of the question fixed in advance ("my symptom")
    primary: Primary | None = None  # the answer to that question, set by `analyse`
    # When a day's own target was not `target`: each day's, as (from, mg); else empty.
    targets: list[tuple[date, float]] = field(default_factory=list)

    @property
    def limit_mg(self) -> float:
        return self.target * self.threshold

    @property
    def limit(self) -> str:
        """The low-day limit in a table's few words: '310 mg', or 'own limit' when the
        days had targets of their own (`targets`)."""
        return "own limit" if self.targets else f"{limit_text(self.limit_mg)} mg"

    def low_day_rule(self, target: str = "the target") -> str:
        """'a low day is below 248 mg (80% of the target)', in any target's words."""
        # At 100% the share says nothing the limit does not: "below 310 mg (the target)".
        whole = f"{self.threshold:.0%}" == "100%"
        if self.targets:
            share = "" if whole else f"{self.threshold:.0%} of "
            return f"a low day is below {share}the target of its time"
        limit = limit_text(self.limit_mg)
        of = "the target" if whole else f"{self.threshold:.0%} of {target}"
        return f"a low day is below {limit} mg ({of})"

    @property
    def unlogged(self) -> int:
        return self.days - self.logged

    @property
    def more_days_needed(self) -> int:
        return max(0, min_logged_days() - self.logged)

    @property
    def more_symptom_days_needed(self) -> int:
        return max(0, MIN_SYMPTOM_DAYS - self.symptom_days)

    @property
    def enough_data(self) -> bool:
        return not (self.more_days_needed or self.more_symptom_days_needed)


def min_logged_days() -> int:
    """The logged days before the answer can be given: the binding one of MIN_LOGGED_DAYS
    and the main question's test, so "needs 1 more day" is not followed by another wait."""
    from journal.core.analysis.primary import MIN_TEST_DAYS  # primary imports this module

    return max(MIN_LOGGED_DAYS, MIN_TEST_DAYS)


def limit_text(mg: float) -> str:
    """A low-day limit as compared: 232.5 is not '232' (a 232.4 mg day is low and a 232.5
    mg day is not), so a tenth is shown when there is one; thousands apart, as every
    figure ("1,500", as the report's target beside it)."""
    return f"{mg:,.1f}".removesuffix(".0")


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def compare(group: str, exposure: str, lag: int, table: stats.Table2x2) -> Comparison:
    risk = stats.relative_risk(table)
    p = risk.p if risk is not None else 1.0
    return Comparison(group, exposure, lag, table, risk, stats.odds_ratio(table), p)


def _table(symptom: set[int], exposed: set[int], unexposed: set[int]) -> stats.Table2x2:
    a, c = len(symptom & exposed), len(symptom & unexposed)
    return stats.Table2x2(a, len(exposed) - a, c, len(unexposed) - c)


def _factor_table(symptom: set[int], exposed: set[int], logged: int) -> stats.Table2x2:
    """As `_table` with every other logged day unexposed (both sets hold logged days only)."""
    a = len(symptom & exposed)
    c = len(symptom) - a
    return stats.Table2x2(a, len(exposed) - a, c, logged - len(exposed) - c)


def _correlation(
    group: str,
    lag: int,
    series: LagSeries,
    worst: dict[int, int | None],
    hit: list[int],
    at: list[int],
) -> Correlation:
    """Intake against the group's symptom days `hit` (at positions `at` in the series)."""
    severities = list(map(worst.__getitem__, hit))
    n = series.values.n
    pb = sparse.flag_correlation(series.values, at)
    pb_p = stats.pearson_p(pb, n) if pb is not None else None
    if None in severities:
        # Some symptoms have no severity: rho over the days where it is known.
        pairs = list(zip(at, severities, strict=True))
        drop = [k for k, s in pairs if s is None]
        rho = series.ranks.spearman_without(drop, {k: s for k, s in pairs if s is not None})
        sn = n - len(drop)
    else:
        # Symptom-free days tie at severity 0, below every symptom day; shifting all
        # ranks by that tie's rank leaves rho unchanged and zero on symptom-free days.
        zeros = n - len(hit)
        graded = cast(list[int], severities)  # no None on this side
        counts = Counter(graded)
        rank_of, start = {}, zeros
        for value in sorted(counts):
            rank_of[value] = start + (counts[value] + 1) / 2 - (zeros + 1) / 2
            start += counts[value]
        rho = sparse.correlation(series.ranks, at, list(map(rank_of.__getitem__, graded)))
        sn = n
    rho_p = stats.spearman_p(rho, sn) if rho is not None else None
    return Correlation(group, lag, n, pb, pb_p, rho, rho_p, sn)


def _means(group: str, intakes: list[float], at: list[int]) -> MeanIntake:
    """Mean intake on the group's symptom days (positions `at`, ascending) and the others."""
    other = [True] * len(intakes)
    for k in at:
        other[k] = False
    on, off = [intakes[k] for k in at], list(compress(intakes, other))
    return MeanIntake(group, _mean(on), len(on), _mean(off), len(off))


def _symptom_days(
    rows: list[DayRow], logged: list[int]
) -> tuple[dict[int, int | None], dict[str, dict[int, int | None]]]:
    """Logged day index -> the worst severity given (None if none was), for any symptom
    and per kind, from one pass over the rows."""
    any_kind: dict[int, int | None] = {}
    by_kind: dict[str, dict[int, int | None]] = {}
    for i in logged:
        symptoms = rows[i].symptoms
        if symptoms:
            top = None
            for kind, (_, worst) in symptoms.items():
                by_kind.setdefault(kind, {})[i] = worst
                if worst is not None and (top is None or worst > top):
                    top = worst
            any_kind[i] = top
    return any_kind, by_kind


def analyse(
    rows: list[DayRow],
    target: float,
    threshold: float = 1.0,
    complete_only: bool = False,
    primary_group: str = ALL,
    day_target: Callable[[date], float] | None = None,
) -> Analysis:
    """Every comparison the dashboard shows, over `rows` (one per calendar day, in order),
    and the answer to the primary question for `primary_group` (ALL: any symptom).

    `day_target` gives each day's own target (None: `target` on every day); a day is low
    below `threshold` times its own, and `target` is the one the figures are shown against.
    """
    from journal.core.analysis.primary import NOT_ENOUGH, Primary, primary

    start = rows[0].date if rows else date.min
    end = rows[-1].date if rows else date.min
    result = Analysis(start, end, target, threshold, days=len(rows), complete_only=complete_only)
    result.primary_group = primary_group
    result.complete_days = sum(1 for r in rows if r.complete)
    limits = None
    if day_target is not None:
        own = [day_target(r.date) for r in rows]
        if any(t != target for t in own):
            limits = [t * threshold for t in own]  # as `limit_mg`: target x threshold
            before = [math.nan, *own[:-1]]
            result.targets = [
                (r.date, t) for r, t, b in zip(rows, own, before, strict=True) if t != b
            ]
    given = rows  # before incomplete days are blanked: their symptoms are counted too
    if complete_only:
        result.incomplete = sum(1 for r in rows if r.logged and not r.complete)
        # A day not marked complete says as little about intake as a day without food.
        rows = [r if r.complete else DayRow(r.date) for r in rows]
    prefix = Prefix(rows, limits)
    logged = prefix.logged_days
    result.logged = len(logged)
    result.unlogged_symptom_days = sum(1 for r in given if r.symptoms) - sum(
        1 for i in logged if rows[i].symptoms
    )
    any_kind, by_kind = _symptom_days(rows, logged)
    result.groups = [ALL] + [k for k in SYMPTOM_KINDS if k in by_kind]
    result.groups += sorted(k for k in by_kind if k not in SYMPTOM_KINDS)
    worst = {**by_kind, ALL: any_kind}
    symptom = {g: set(worst[g]) for g in result.groups}
    result.group_days = {g: len(worst[g]) for g in result.groups}
    result.symptom_days = result.group_days[ALL]
    series = None
    by_lag = []
    for lag in LAGS:
        series = LagSeries(prefix, result.limit_mg, series)  # of lag `lag`
        by_lag.append(series)
        if lag == 0:
            result.unclassified = series.unclassified
        for g in result.groups:
            table = _table(symptom[g], series.low, series.adequate)
            result.comparisons.append(compare(g, LOW, lag, table))
            hit, at = series.positions(worst[g])
            result.correlations.append(_correlation(g, lag, series, worst[g], hit, at))
            if lag == 0:
                result.means.append(_means(g, series.intakes, at))
    factor_days: dict[str, set[int]] = {}
    for i in logged:
        for kind in rows[i].factors:
            factor_days.setdefault(kind, set()).add(i)
    for kind in sorted(factor_days):
        for g in result.groups:
            table = _factor_table(symptom[g], factor_days[kind], result.logged)
            result.comparisons.append(compare(g, kind, 0, table))
    chosen = symptom.get(primary_group, set())
    if result.enough_data and len(chosen) >= MIN_SYMPTOM_DAYS:
        result.primary = primary(rows, logged, by_lag, chosen, primary_group)
    else:
        why = f"{len(chosen)} of the {MIN_SYMPTOM_DAYS} days with it needed so far"
        result.primary = Primary(primary_group, NOT_ENOUGH, why)
    return result


def averages(rows: list[DayRow], last: int) -> float | None:
    """Mean total over the logged days among the last `last` finished days (None if none
    logged): the day in progress is no day of a "7-day average" yet."""
    done = [r for r in rows if not r.in_progress]
    return _mean([r.total_mg for r in done[-last:] if r.logged])


def top_sources(sources: dict[str, float], limit: int = 5) -> list[tuple[str, float]]:
    """The foods that gave the most magnesium, largest first."""
    return sorted(sources.items(), key=lambda item: (-item[1], item[0]))[:limit]
