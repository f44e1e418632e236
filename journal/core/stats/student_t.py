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


def ols(
    rows: Sequence[Sequence[float]], y: Sequence[float], prior: Sequence[float] | None = None
) -> Fit:
    """Least squares of y on the columns of `rows` (include a 1 for the intercept).

    With `prior`, the Bayesian linear model whose coefficient j has a prior
    N(0, sigma^2 / prior[j]) (0: flat) and p(sigma^2) ~ 1/sigma^2 (Zellner-type,
    conjugate): `coef` and `se` are then the posterior centre and scale, and each
    coefficient's posterior is Student's t with `df` = n - p + (number of proper priors)
    degrees of freedom. Without it, ordinary least squares (the flat-prior posterior).
    """
    p, n = len(rows[0]), len(y)
    prior = [0.0] * p if prior is None else list(prior)
    df = n - p + sum(1 for q in prior if q > 0)
    if df <= 0:
        raise ValueError("more observations than coefficients are needed")
    xtx = [
        [sum(r[i] * r[j] for r in rows) + (prior[i] if i == j else 0.0) for j in range(p)]
        for i in range(p)
    ]
    xty = [sum(r[i] * yi for r, yi in zip(rows, y, strict=True)) for i in range(p)]
    coef = _solve(xtx, xty)
    # residual sum of squares plus the prior's penalty: y'y - coef' (X'X + P) coef
    rss = sum(yi * yi for yi in y) - sum(c * t for c, t in zip(coef, xty, strict=True))
    rss = max(rss, 0.0)
    s2 = rss / df
    inverse_diag = [_solve(xtx, [1.0 if k == i else 0.0 for k in range(p)])[i] for i in range(p)]
    return Fit(coef, [math.sqrt(s2 * d) for d in inverse_diag], df, rss)
