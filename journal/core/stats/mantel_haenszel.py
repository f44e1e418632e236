"""Mantel-Haenszel pooled risk and odds ratios over strata of 2x2 tables.

Each stratum is a `Table2x2` (a: exposed with the outcome, b: exposed without,
c: unexposed with, d: unexposed without). The risk ratio's interval uses the
Greenland-Robins (1985) variance of log RR_MH, the odds ratio's the
Robins-Breslow-Greenland (1986) variance of log OR_MH, as statsmodels'
`StratifiedTable`. The p beside each is the Wald test on the same log scale and
standard error, so the interval excludes 1 exactly when p < 0.05.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import NormalDist

from journal.core.stats.contingency import Z95, Table2x2

_NORMAL = NormalDist()


@dataclass(frozen=True, slots=True)
class Pooled:
    ratio: float
    low: float
    high: float
    se: float  # of the log ratio
    p: float  # Wald, two-sided: agrees with the interval
    strata: int  # strata that carried information


def wald_p(log_ratio: float, se: float) -> float:
    """Two-sided p of the Wald z = log ratio / se."""
    if se <= 0 or not math.isfinite(se):
        return 1.0
    return min(1.0, 2 * _NORMAL.cdf(-abs(log_ratio) / se))


def _pooled(log_ratio: float, se: float, strata: int) -> Pooled:
    d = Z95 * se
    return Pooled(
        math.exp(log_ratio),
        math.exp(log_ratio - d),
        math.exp(log_ratio + d),
        se,
        wald_p(log_ratio, se),
        strata,
    )


def risk_ratio(tables: Sequence[Table2x2]) -> Pooled | None:
    """RR_MH = sum(a n0 / N) / sum(c n1 / N); None when either sum is 0."""
    top = bottom = var_num = 0.0
    used = 0
    for t in tables:
        n = t.total
        if n < 2 or not t.exposed or not t.unexposed:
            continue  # a stratum without both groups says nothing about the ratio
        used += 1
        n1, n0, m1 = t.exposed, t.unexposed, t.a + t.c
        top += t.a * n0 / n
        bottom += t.c * n1 / n
        var_num += (n1 * n0 * m1 - t.a * t.c * n) / (n * n)
    if top == 0 or bottom == 0:
        return None
    return _pooled(math.log(top / bottom), math.sqrt(var_num / (top * bottom)), used)


def odds_ratio(tables: Sequence[Table2x2]) -> Pooled | None:
    """OR_MH = sum(a d / N) / sum(b c / N); None when either sum is 0."""
    r_sum = s_sum = pr = ps_qr = qs = 0.0
    used = 0
    for t in tables:
        n = t.total
        if n < 2 or not t.exposed or not t.unexposed:
            continue
        used += 1
        p, q = (t.a + t.d) / n, (t.b + t.c) / n
        r, s = t.a * t.d / n, t.b * t.c / n
        r_sum += r
        s_sum += s
        pr += p * r
        ps_qr += p * s + q * r
        qs += q * s
    if r_sum == 0 or s_sum == 0:
        return None
    var = pr / (2 * r_sum**2) + ps_qr / (2 * r_sum * s_sum) + qs / (2 * s_sum**2)
    return _pooled(math.log(r_sum / s_sum), math.sqrt(var), used)
