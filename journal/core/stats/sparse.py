"""Pearson's r with series that are 0 on most days, summed over the few days they are not.

Symptom flags and severity ranks are 0 on most days, so summing over the few symptom days
alone is what keeps the dashboard's dozens of correlations fast. Checked against
`stats.pearson` and scipy in tests/unit/stats/test_stats.py.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Sequence
from typing import Protocol


class Deviations(Protocol):
    """A series as `correlation` needs it: its length, its sum of squared
    deviations from its mean, and those deviations at given positions."""

    n: int
    ss: float

    def dev_at(self, at: Sequence[int]) -> list[float]: ...


class Centered:
    """A series minus its mean, kept so it can be correlated with many sparse series."""

    def __init__(self, values: Sequence[float]) -> None:
        self.n = len(values)
        mean = math.fsum(values) / self.n if self.n else 0.0
        self.dev = [v - mean for v in values]
        self.ss = math.fsum(map(operator.mul, self.dev, self.dev))

    def dev_at(self, at: Sequence[int]) -> list[float]:
        return list(map(self.dev.__getitem__, at))


def correlation(x: Deviations, at: Sequence[int], y: Sequence[float]) -> float | None:
    """Pearson's r of `x` with a series that is 0 except y[k] at position at[k]."""
    if x.n < 2 or x.ss == 0:
        return None
    sy = math.fsum(y)
    syy = math.fsum(map(operator.mul, y, y)) - sy * sy / x.n
    return _r(x, math.fsum(map(operator.mul, x.dev_at(at), y)), sy, syy)


def flag_correlation(x: Deviations, at: Sequence[int]) -> float | None:
    """`correlation` with y all 1.0 (a symptom day): the sums over y are counts."""
    if x.n < 2 or x.ss == 0:
        return None
    k = float(len(at))
    return _r(x, math.fsum(x.dev_at(at)), k, k - k * k / x.n)


def _r(x: Deviations, sxy: float, sy: float, syy: float) -> float | None:
    if syy <= 1e-12 * max(1.0, sy * sy / x.n):
        return None
    r = sxy / math.sqrt(x.ss * syy)
    if abs(r) > 1.0 - 1e-15:
        return math.copysign(1.0, r)
    return r
