"""The one question fixed before looking: do symptom days go with low-magnesium days?

Symptom days (any kind, or the person's own "my symptom") against low-magnesium days,
on the same day and on the day after (lags 0 and 1). One test answers it: the
shift test of `journal.core.stats.permutation`, which keeps the streaks in both series
and pays for trying two lags inside the test, at the 4% level (see PRIMARY_ALPHA). The
test is one-sided, fixed before looking: the question is whether symptoms are MORE
common on (or after) low days, so only that direction can be a finding, and its
interval is a lower bound ("at least ... times as often"). Fewer symptoms on low days is
never a finding; the reverse direction (low intake after symptom days) stays
exploratory. Every other comparison
the view shows is exploratory (`journal.core.analysis.exploratory`): Benjamini-Hochberg
q-values across all of them, and findings among them only once this test found an
association (fixed-sequence gatekeeping), so on a journal with no pattern at all the
chance of any finding is at most 5%.

When the test finds an association, the recorded factors are allowed for: a
Mantel-Haenszel risk ratio stratified by each factor with enough days, and a Poisson
regression on low magnesium and every such factor together, both within the same
stretches as the test's ratio (the model's interval allows for streaks). If that
removes it, the answer is "explained", naming the factor that moved the ratio most
(`adjustment.py`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from itertools import pairwise

from journal.core.analysis.associations import LOW, Comparison, compare
from journal.core.analysis.daily import DayRow
from journal.core.analysis.lag_series import LagSeries
from journal.core.stats import mantel_haenszel as mh
from journal.core.stats import regression
from journal.core.stats.contingency import Table2x2
from journal.core.stats.permutation import (
    GREATER,
    Exposure,
    ShiftResult,
    bits,
    shift_test,
    shortest,
)
from journal.core.stats.power import days_needed

# One-sided 4%, not 5%: on simulated streaky journals without a pattern the one-sided
# shift test at a nominal 5% found one in 5.5% of 180- and 365-day journals (10,000
# journals; circular shifts only approximate the null), at 4% in at most 4.4% at every
# length (bench/bench_findings.py). The level is kept; the power is what it buys.
PRIMARY_ALPHA = 0.04
EXPLORATORY_ALPHA = 0.01  # q at most this, once the gate is open (see exploratory.py)
PRIMARY_LAGS = (0, 1)
MIN_TEST_DAYS = shortest(PRIMARY_ALPHA)  # logged days before the shift test can find (19)
MIN_GROUP_DAYS = 3  # low days and other days each, for the main question to be asked
MIN_FACTOR_DAYS = 5  # a factor is adjusted for once it has this many days, and as many without
DOUBLING = 2.0  # the risk ratio "days needed" is sized for
POWER = 0.8
# "Explained" when adjustment takes at least a quarter of the log ratio away (and its
# clarity): at half, 13% of the bench's 90-day journals where exercise alone caused the
# cramps credited magnesium; at a quarter 6.4%, for 0.1-0.2 points of power at RR 2.
SHRINK = 0.75
STRETCH_DAYS = 28  # logged days a time stratum spans, about (see `time_strata`)
MOST_STRETCHES = 12

FOUND, NOT_FOUND, EXPLAINED, NOT_ENOUGH = "found", "not found", "explained", "not enough data"
REVERSE = "reverse"  # exposure prefix of the reverse-direction comparisons


@dataclass(frozen=True, slots=True)
class LagEffect:
    lag: int
    table: Table2x2  # low (exposed) / not low x symptom day / not
    ratio: float | None  # 0.5 added to every cell when one is 0, as the test does
    low: float | None  # one-sided lower bound at the test's level, 1 - PRIMARY_ALPHA
    high: float | None  # None: the bound is one-sided (kept for two-sided intervals)
    z: float


@dataclass(frozen=True, slots=True)
class Stratified:
    factor: str
    days: int  # days with the factor among those compared
    pooled: mh.Pooled | None  # the MH risk ratio of low magnesium within factor strata
    without: Table2x2  # the stratum of days without the factor
    within: Table2x2  # the stratum of days with it


@dataclass(slots=True)
class Primary:
    group: str
    status: str = NOT_ENOUGH
    reason: str = ""  # why there is not enough data
    lags: list[LagEffect] = field(default_factory=list)
    shown: LagEffect | None = None  # the lag with the stronger association
    p: float | None = None
    rearrangements: int = 0
    strata: list[Stratified] = field(default_factory=list)
    adjusted: regression.Term | None = None  # low magnesium's term, all factors allowed for
    adjusted_for: list[str] = field(default_factory=list)
    explained_by: str | None = None
    reverse: list[Comparison] = field(default_factory=list)
    reverse_stronger: Comparison | None = None
    rate: float = 0.0  # symptom-day share of the days compared
    low_share: float = 0.0
    days: int = 0  # days compared at lag 0
    days_needed: int | None = None  # in total, for 80% power to detect a doubling
    stretch_days: int = 0  # the ratio compares days within stretches this long (0: all)
    stretch_span: int = 0  # calendar days such a stretch spans, on average (gaps included)

    @property
    def more_days(self) -> int | None:
        return None if self.days_needed is None else max(0, self.days_needed - self.days)

    @property
    def level(self) -> float:
        return 1 - PRIMARY_ALPHA


def _exposure(series: LagSeries, where: dict[int, int]) -> Exposure:
    return Exposure(bits_at(series.low, where), bits_at(series.adequate - series.low, where))


def _sized(e: Exposure) -> bool:
    """Both kinds of day, MIN_GROUP_DAYS or more: against one other day a rate is noise."""
    return min(e.exposed.bit_count(), e.unexposed.bit_count()) >= MIN_GROUP_DAYS


def bits_at(days: set[int], where: dict[int, int]) -> int:
    return sum(1 << where[i] for i in days if i in where)


def _table(symptom: set[int], low: set[int], adequate: set[int]) -> Table2x2:
    a, c = len(symptom & low), len(symptom & adequate)
    return Table2x2(a, len(low) - a, c, len(adequate) - c)


def primary(
    rows: list[DayRow],
    logged: list[int],
    series: list[LagSeries],
    symptom: set[int],
    group: str,
) -> Primary:
    """The answer for `group`, from the lag series 0 and 1 already built by `analyse`."""
    result = Primary(group)
    where = {i: k for k, i in enumerate(logged)}
    m = len(logged)
    outcome = bits([i in symptom for i in logged])
    exposures = [_exposure(series[lag], where) for lag in PRIMARY_LAGS]
    s0 = series[0]
    compared = s0.low | s0.adequate
    result.days = len(compared)
    if compared:
        result.rate = len(symptom & compared) / len(compared)
        result.low_share = len(s0.low) / len(compared)
    if not any(_sized(e) for e in exposures):
        few = "low-magnesium days" if len(s0.low) < MIN_GROUP_DAYS else "days that were not low"
        result.reason = f"fewer than {MIN_GROUP_DAYS} {few}"
        return result
    if outcome == (1 << m) - 1:  # every alignment ties: the test could only guess
        result.reason = "a symptom on every logged day"  # (none at all: `analyse` says so)
        return result
    strata = time_strata(m)
    test = shift_test(outcome, m, exposures, PRIMARY_ALPHA, GREATER, strata)
    if math.isinf(test.critical):
        result.reason = "too few logged days for the test"
        return result
    result.p, result.rearrangements = test.p, test.rearrangements
    result.stretch_days = round(m / len(strata)) if strata else 0
    result.stretch_span = _calendar_span(rows, logged, stretch_bounds(m))
    result.lags = [
        _effect(lag, series[lag], symptom, test, k) for k, lag in enumerate(PRIMARY_LAGS)
    ]
    # The lag that drives the test, among those with both low and other days (a window
    # may hold a low day only as the day before its first): a ratio before none.
    comparable = [e for e in result.lags if e.table.exposed and e.table.unexposed]
    result.shown = max(comparable, key=lambda e: (e.ratio is not None, e.z))
    shown = series[result.shown.lag]
    result.reverse = _reverse(rows, logged, s0, symptom, group)
    if test.rejects:
        result.status = FOUND
        from journal.core.analysis.adjustment import adjust  # it builds on this module

        adjust(result, rows, shown, symptom, logged)
    else:
        result.status = NOT_FOUND
        # One-sided PRIMARY_ALPHA shared by the lags is, per lag, the two-sided formula
        # at 2 x PRIMARY_ALPHA / lags (Bonferroni: a little conservative).
        result.days_needed = days_needed(
            result.rate, result.low_share, DOUBLING, 2 * PRIMARY_ALPHA / len(PRIMARY_LAGS), POWER
        )
    result.reverse_stronger = _stronger_reverse(result)
    return result


def time_strata(m: int) -> list[int]:
    """Stretches of about `STRETCH_DAYS` logged days (at most `MOST_STRETCHES`) as bit
    masks: the answer compares days within a stretch, so intake and symptoms that both
    drift over the journal (logging began in a bad spell that then eased, while intake
    improved) make no pattern by themselves. Under two stretches: none."""
    bounds = stretch_bounds(m)
    return [((1 << hi) - 1) ^ ((1 << lo) - 1) for lo, hi in pairwise(bounds)]


def stretch_bounds(m: int) -> list[int]:
    """Where `time_strata`'s stretches begin, and the last one ends (positions among the
    m logged days); [] when there are under two."""
    count = min(MOST_STRETCHES, m // STRETCH_DAYS)
    return [round(k * m / count) for k in range(count + 1)] if count >= 2 else []


def _calendar_span(rows: list[DayRow], logged: list[int], bounds: list[int]) -> int:
    """The stretches' mean length in calendar days: 28 logged days of a journal kept
    every other day span 8 weeks, not 4, and the answer names the span a person lived."""
    spans = [
        (rows[logged[hi - 1]].date - rows[logged[lo]].date).days + 1 for lo, hi in pairwise(bounds)
    ]
    return round(sum(spans) / len(spans)) if spans else 0


def _effect(lag: int, s: LagSeries, symptom: set[int], test: ShiftResult, k: int) -> LagEffect:
    table = _table(symptom, s.low, s.adequate - s.low)
    log_rr = test.log_rr[k]
    interval = test.interval(k)
    return LagEffect(
        lag,
        table,
        None if log_rr is None else math.exp(log_rr),
        interval[0] if interval else None,
        interval[1] if interval and not math.isinf(interval[1]) else None,
        test.z[k],
    )


def _reverse(
    rows: list[DayRow], logged: list[int], s0: LagSeries, symptom: set[int], group: str
) -> list[Comparison]:
    """Low days after a symptom day (and after a diarrhea day) against after other days."""
    logged_set = set(logged)
    classified = s0.low | s0.adequate
    after = [i for i in sorted(classified) if i - 1 in logged_set]
    out = []
    exposures = {group: {i for i in after if i - 1 in symptom}}
    diarrhea = {i for i in after if "diarrhea" in rows[i - 1].factors}
    if diarrhea:
        exposures["diarrhea"] = diarrhea
    for name, exposed in exposures.items():
        others = set(after) - exposed
        a = len(exposed & s0.low)
        c = len(others & s0.low)
        table = Table2x2(a, len(exposed) - a, c, len(others) - c)
        out.append(compare(group, f"{REVERSE}:{name}", 1, table))
    return out


def _stronger_reverse(result: Primary) -> Comparison | None:
    """A reverse comparison that is clearer (smaller p, ratio above 1) than the primary's."""
    shown = result.shown
    if shown is None:
        return None
    forward = compare(result.group, LOW, shown.lag, shown.table)
    for c in result.reverse:
        if c.risk is not None and c.risk.ratio > 1 and c.p < 0.05 and c.p < forward.p:
            return c
    return None
