"""Student's t distribution (CDF and quantile) and ordinary least squares, in pure Python."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from journal.core.stats.contingency import betainc


def t_cdf(t: float, df: float) -> float:
    """P(T <= t) for Student's t with `df` degrees of freedom."""
    if math.isinf(t):
        return 1.0 if t > 0 else 0.0
    tail = 0.5 * betainc(df / 2, 0.5, df / (df + t * t))
    return 1.0 - tail if t > 0 else tail


def t_quantile(p: float, df: float) -> float:
    """The t with P(T <= t) = p, by bisection (to 1e-10)."""
    if not 0.0 < p < 1.0:
        raise ValueError("p must be between 0 and 1")
    low, high = -1.0, 1.0
    while t_cdf(low, df) > p:
        low *= 2
    while t_cdf(high, df) < p:
        high *= 2
    while high - low > 1e-10:
        mid = (low + high) / 2
        if t_cdf(mid, df) < p:
            low = mid
        else:
            high = mid
    return (low + high) / 2


@dataclass(frozen=True, slots=True)
class Fit:
    coef: list[float]
    se: list[float]
    df: int
    rss: float


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """a x = b by Gaussian elimination with partial pivoting; ValueError if singular."""
    n = len(b)
    m = [[*row, rhs] for row, rhs in zip(a, b, strict=True)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        if abs(m[pivot][col]) < 1e-12:
            raise ValueError("the design is singular")
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def ols(rows: Sequence[Sequence[float]], y: Sequence[float]) -> Fit:
    """Least squares of y on the columns of `rows` (include a 1 for the intercept)."""
    p, n = len(rows[0]), len(y)
    if n <= p:
        raise ValueError("more observations than coefficients are needed")
    xtx = [[sum(r[i] * r[j] for r in rows) for j in range(p)] for i in range(p)]
    xty = [sum(r[i] * yi for r, yi in zip(rows, y, strict=True)) for i in range(p)]
    coef = _solve(xtx, xty)
    rss = sum(
        (yi - sum(c * x for c, x in zip(coef, r, strict=True))) ** 2
        for r, yi in zip(rows, y, strict=True)
    )
    s2 = rss / (n - p)
    inverse_diag = [_solve(xtx, [1.0 if k == i else 0.0 for k in range(p)])[i] for i in range(p)]
    return Fit(coef, [math.sqrt(s2 * d) for d in inverse_diag], n - p, rss)
