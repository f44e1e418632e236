"""Days needed to detect a risk ratio: the normal approximation on the log scale.

With a share f of days exposed and an outcome rate p0 on unexposed days (p1 = rr p0 on
exposed ones), the log risk ratio from n days has variance about
V/n, V = (1 - p1)/(f p1) + (1 - p0)/((1 - f) p0); a two-sided level-alpha test then
has power Phi(|log rr| sqrt(n / V) - z) + Phi(-|log rr| sqrt(n / V) - z), z = z_(1-alpha/2),
as statsmodels' `normal_power_het`. `days_needed` is the smallest n reaching the power.
"""

from __future__ import annotations

import math
from statistics import NormalDist

_N = NormalDist()


def _variance(rate_unexposed: float, share_exposed: float, rr: float) -> float:
    p0, f = rate_unexposed, share_exposed
    p1 = min(rr * p0, 1 - 1e-9)
    return (1 - p1) / (f * p1) + (1 - p0) / ((1 - f) * p0)


def power(n: float, rate_unexposed: float, share_exposed: float, rr: float, alpha: float) -> float:
    """Power of the two-sided Wald test of log RR from n days."""
    z = _N.inv_cdf(1 - alpha / 2)
    shift = abs(math.log(rr)) * math.sqrt(n / _variance(rate_unexposed, share_exposed, rr))
    return _N.cdf(shift - z) + _N.cdf(-shift - z)


def days_needed(
    rate: float,
    share_exposed: float,
    rr: float = 2.0,
    alpha: float = 0.05,
    target: float = 0.8,
) -> int | None:
    """Days (in total) for the given power to detect `rr`, at an overall outcome `rate`.

    The overall rate is split as it would be if the ratio held: p0 = rate / (1 + f(rr - 1)).
    None when there is nothing to size (no outcome, or no days on one side).
    """
    f = share_exposed
    if not 0 < rate < 1 or not 0 < f < 1 or rr <= 0 or rr == 1:
        return None
    p0 = rate / (1 + f * (rr - 1))
    if rr * p0 >= 1:
        return None
    z = _N.inv_cdf(1 - alpha / 2) + _N.inv_cdf(target)
    n = math.ceil(z * z * _variance(p0, f, rr) / math.log(rr) ** 2)
    # The formula ignores the far tail, which only adds power: step down while it still holds.
    while n > 1 and power(n - 1, p0, f, rr, alpha) >= target:
        n -= 1
    return n


def power_at_rate(
    n: float, rate: float, share_exposed: float, rr: float = 2.0, alpha: float = 0.05
) -> float | None:
    """`power` from n days at an overall outcome `rate`, split as `days_needed` splits it:
    the chance the days-needed sentence promises (bench/bench_findings.py checks it)."""
    f = share_exposed
    if not 0 < rate < 1 or not 0 < f < 1 or rr <= 0 or rr == 1:
        return None
    p0 = rate / (1 + f * (rr - 1))
    return None if rr * p0 >= 1 else power(n, p0, f, rr, alpha)
