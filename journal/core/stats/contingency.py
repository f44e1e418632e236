"""Statistics for the dashboard, with the standard library only.

scipy would cost the app's start a second; these are the few tests the
dashboard needs, written to give scipy.stats' results (checked to 1e-9 in
tests/unit/stats/test_stats.py):

- relative risk with a 95% interval by the log (Katz) method, as
  `scipy.stats.contingency.relative_risk(...).confidence_interval()`; when a cell
  is 0 we add 0.5 to every cell first (Haldane-Anscombe) and say so; its p is the
  Wald test on the same log scale, so it agrees with the interval;
- the sample odds ratio and the two-sided p-value of Fisher's exact test, as
  `scipy.stats.fisher_exact` (same mode rule and 1e-14 tie tolerance);
- Pearson's r (point-biserial when one side is 0/1) with its two-sided p-value,
  as `scipy.stats.pearsonr` / `pointbiserialr`;
- Spearman's rho on average ranks with its t-based p-value, as `scipy.stats.spearmanr`.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import NormalDist

from journal.core.stats.ranks import Ranked

_NORMAL = NormalDist()
Z95 = _NORMAL.inv_cdf(0.975)  # 1.959963984540054, as scipy's ndtri(0.975)
_FISHER_TIE = 1e-14  # scipy.stats.fisher_exact's relative tolerance for equal probabilities


@dataclass(frozen=True, slots=True)
class Table2x2:
    """Counts: rows exposed (e.g. low-magnesium day) / not; columns symptom day / not."""

    a: int  # exposed, symptom
    b: int  # exposed, no symptom
    c: int  # not exposed, symptom
    d: int  # not exposed, no symptom

    @property
    def exposed(self) -> int:
        return self.a + self.b

    @property
    def unexposed(self) -> int:
        return self.c + self.d

    @property
    def total(self) -> int:
        return self.a + self.b + self.c + self.d

    @property
    def exposed_rate(self) -> float | None:
        return self.a / self.exposed if self.exposed else None

    @property
    def unexposed_rate(self) -> float | None:
        return self.c / self.unexposed if self.unexposed else None


@dataclass(frozen=True, slots=True)
class RelativeRisk:
    ratio: float
    low: float
    high: float
    corrected: bool  # 0.5 was added to every cell because one was 0
    p: float = 1.0  # two-sided Wald test of log RR with the same standard error:
    # p < 0.05 exactly when the interval excludes 1, so the two never disagree


def relative_risk(t: Table2x2) -> RelativeRisk | None:
    """Symptom rate when exposed over the rate when not, with its 95% interval.

    None when a row is empty or no day in either row had the symptom: there is no ratio.
    """
    if not t.exposed or not t.unexposed or (t.a == 0 and t.c == 0):
        return None
    a, b, c, d = float(t.a), float(t.b), float(t.c), float(t.d)
    corrected = 0 in (t.a, t.b, t.c, t.d)
    if corrected:
        a, b, c, d = a + 0.5, b + 0.5, c + 0.5, d + 0.5
    n1, n2 = a + b, c + d
    ratio = (a / n1) / (c / n2)
    se = math.sqrt(1 / a - 1 / n1 + 1 / c - 1 / n2)
    delta = Z95 * se
    p = min(1.0, 2 * _NORMAL.cdf(-abs(math.log(ratio)) / se))
    return RelativeRisk(ratio, ratio * math.exp(-delta), ratio * math.exp(delta), corrected, p)


def odds_ratio(t: Table2x2) -> float:
    """The sample odds ratio ad/bc, as fisher_exact reports it (inf if b or c is 0)."""
    if 0 in (t.exposed, t.unexposed, t.a + t.c, t.b + t.d):
        return math.nan
    if t.b == 0 or t.c == 0:
        return math.inf
    return (t.a * t.d) / (t.c * t.b)


def _hypergeom_weight(x: int, n1: int, n2: int, n: int) -> int:
    return math.comb(n1, x) * math.comb(n2, n - x)


def _walk_up(
    x: int, hi: int, n1: int, n2: int, n: int, a: int, own: float
) -> tuple[list[float], float]:
    """Weights of x+1, x+2, ... relative to x's; past `a` (whose weight becomes `own`),
    until one is 1e-18 below `own`."""
    weights = []
    w, m = 1.0, n2 - n
    while x < hi:
        w *= (n1 - x) * (n - x) / ((x + 1) * (m + x + 1))
        x += 1
        weights.append(w)
        if x == a:
            own = w
        elif x > a and w < own * 1e-18:
            break
    return weights, own


def _walk_down(
    x: int, lo: int, n1: int, n2: int, n: int, a: int, own: float
) -> tuple[list[float], float]:
    """As `_walk_up`, for x-1, x-2, ..."""
    weights = []
    w, m = 1.0, n2 - n
    while x > lo:
        w *= x * (m + x) / ((n1 - x + 1) * (n - x + 1))
        x -= 1
        weights.append(w)
        if x == a:
            own = w
        elif x < a and w < own * 1e-18:
            break
    return weights, own


def fisher_exact_p(t: Table2x2) -> float:
    """Two-sided p: the probability of tables at most as likely as this one, margins fixed."""
    n1, n2, n = t.exposed, t.unexposed, t.a + t.c
    if 0 in (n1, n2, n, t.b + t.d):
        return 1.0
    a, lo, hi = t.a, max(0, n - n2), min(n, n1)
    mode = (n + 1) * (n1 + 1) // (n1 + n2 + 2)
    # Weights relative to the mode by the pmf's ratio recurrence: far cheaper than
    # factorials. Walk this table's side first; terms 1e-18 below its own weight
    # cannot move the p-value, so each walk stops there.
    own = 1.0 if a == mode else 0.0
    if a > mode:
        up, own = _walk_up(mode, hi, n1, n2, n, a, own)
        down, _ = _walk_down(mode, lo, n1, n2, n, a, own)
    else:
        down, own = _walk_down(mode, lo, n1, n2, n, a, own)
        up, _ = _walk_up(mode, hi, n1, n2, n, a, own)
    if own == 0.0:
        return 0.0  # this table is below 1e-300 of the likeliest: p underflows
    total = math.fsum([1.0, *up, *down])
    near = 1e-9 * own
    tail = [own]
    exact_own = None
    for first, step, weights in ((mode, 0, [1.0]), (mode + 1, 1, up), (mode - 1, -1, down)):
        tail += [w for w in weights if w < own and not abs(w - own) <= near]
        for k in [k for k, w in enumerate(weights) if abs(w - own) <= near]:
            x = first + k * step
            if x == a:
                continue  # this table itself, already in the tail
            # A near tie: decide it exactly, with scipy's tolerance, so rounding in the
            # recurrence cannot drop a table that is exactly as likely (symmetric margins).
            if exact_own is None:
                exact_own = _hypergeom_weight(a, n1, n2, n)
            scale = round(1 / _FISHER_TIE)
            if _hypergeom_weight(x, n1, n2, n) * scale <= exact_own * (scale + 1):
                tail.append(weights[k])
    return min(1.0, math.fsum(tail) / total)


def pearson(x: Sequence[float], y: Sequence[float]) -> float | None:
    """Pearson's r; None when fewer than 2 points or either series is constant."""
    n = len(x)
    if n < 2 or len(y) != n:
        return None
    mx, my = math.fsum(x) / n, math.fsum(y) / n
    dx = [v - mx for v in x]
    dy = [v - my for v in y]
    sxx = math.fsum(map(operator.mul, dx, dx))
    syy = math.fsum(map(operator.mul, dy, dy))
    if sxx == 0 or syy == 0:
        return None
    # One square root of the product: identical rankings then give exactly 1, as in scipy.
    r = math.fsum(map(operator.mul, dx, dy)) / math.sqrt(sxx * syy)
    if abs(r) > 1.0 - 1e-15:
        # Only exactly collinear data comes this close; rounding must not turn it into
        # r < 1, where the p-value of a short series is steep enough to move by 1e-8.
        return math.copysign(1.0, r)
    return r


def pearson_p(r: float, n: int) -> float:
    """Two-sided p for r from n pairs under no correlation (scipy's beta form)."""
    if n < 3:
        return 1.0
    ab = n / 2 - 1
    return min(1.0, 2 * betainc(ab, ab, (1 - abs(r)) / 2))


def point_biserial(flags: Sequence[bool], values: Sequence[float]) -> float | None:
    """Correlation between a yes/no (symptom day) and a number (intake): Pearson on 0/1."""
    return pearson([1.0 if f else 0.0 for f in flags], values)


def average_ranks(values: Sequence[float]) -> list[float]:
    """Ranks from 1, ties sharing the mean of their ranks (scipy's rankdata 'average')."""
    return Ranked(values).ranks


def spearman(x: Sequence[float], y: Sequence[float]) -> float | None:
    return pearson(average_ranks(x), average_ranks(y))


def spearman_p(rho: float, n: int) -> float:
    """Two-sided p from the t approximation scipy.stats.spearmanr uses."""
    dof = n - 2
    if dof <= 0:
        return 1.0
    if abs(rho) >= 1.0:
        return 0.0
    t2 = rho * rho * dof / ((rho + 1.0) * (1.0 - rho))
    return min(1.0, betainc(dof / 2, 0.5, dof / (dof + t2)))


def betainc(a: float, b: float, x: float) -> float:
    """The regularized incomplete beta function I_x(a, b), by its continued fraction."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    log_front = (
        a * math.log(x) + b * math.log1p(-x) + math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b)
    )
    # The fraction converges fast on the side of the mean; use symmetry for the other.
    if x < (a + 1) / (a + b + 2):
        return math.exp(log_front) * _beta_fraction(a, b, x) / a
    return 1.0 - math.exp(log_front) * _beta_fraction(b, a, 1 - x) / b


def _beta_fraction(a: float, b: float, x: float) -> float:
    tiny = 1e-300
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1)
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 10_000):
        for numerator in (
            m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
            -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1)),
        ):
            d = 1.0 + numerator * d
            d = 1.0 / (d if abs(d) > tiny else tiny)
            c = 1.0 + numerator / c
            c = c if abs(c) > tiny else tiny
            h *= d * c
        if abs(d * c - 1.0) < 1e-16:
            break
    return h
