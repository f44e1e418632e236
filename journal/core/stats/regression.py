"""Generalised linear models for a 0/1 outcome, fitted by iteratively reweighted least squares.

Two models, both with an intercept added here:
- "poisson": log link, so exp(coefficient) is a risk ratio; for a 0/1 outcome its
  model-based variance is wrong, so the intervals use the robust (sandwich, HC0)
  variance, the "modified Poisson" regression of Zou (2004);
- "logistic": logit link, exp(coefficient) an odds ratio, model-based variance.

Checked against statsmodels' `GLM(...).fit(cov_type="HC0")` and `Logit` in the tests.
A few columns and a few hundred rows: plain lists are fast enough, and numpy would
cost the dashboard's worker its import.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from journal.core.stats.contingency import Z95
from journal.core.stats.mantel_haenszel import wald_p

MAX_ITERATIONS = 100
DIVERGED = 15.0  # |coefficient| beyond this: separation, the estimate runs off to infinity


@dataclass(frozen=True, slots=True)
class Term:
    name: str
    coef: float
    se: float
    ratio: float  # exp(coef): RR (poisson) or OR (logistic)
    low: float
    high: float
    p: float  # Wald, two-sided: agrees with the interval


@dataclass(frozen=True, slots=True)
class Fit:
    model: str
    terms: list[Term]  # the intercept first
    iterations: int

    def term(self, name: str) -> Term:
        return next(t for t in self.terms if t.name == name)


class NotEstimable(ValueError):
    """The data cannot give finite estimates (separation, a constant or collinear column)."""


def solve_inverse(m: list[list[float]]) -> list[list[float]]:
    """The inverse of a small symmetric positive definite matrix (Gauss-Jordan, pivoting)."""
    k = len(m)
    a = [[*row, *(1.0 if i == j else 0.0 for j in range(k))] for i, row in enumerate(m)]
    scale = max((abs(v) for row in m for v in row), default=1.0) or 1.0
    for col in range(k):
        pivot = max(range(col, k), key=lambda r: abs(a[r][col]))
        if abs(a[pivot][col]) <= 1e-12 * scale:
            raise NotEstimable("a column is constant or collinear with others")
        a[col], a[pivot] = a[pivot], a[col]
        inv = 1.0 / a[col][col]
        a[col] = [v * inv for v in a[col]]
        for r in range(k):
            if r != col and a[r][col]:
                f = a[r][col]
                a[r] = [v - f * w for v, w in zip(a[r], a[col], strict=True)]
    return [row[k:] for row in a]


def _crossprod(x: list[list[float]], w: Sequence[float]) -> list[list[float]]:
    k = len(x[0])
    out = [[0.0] * k for _ in range(k)]
    for row, wi in zip(x, w, strict=True):
        if not wi:
            continue
        for i in range(k):
            ri = row[i] * wi
            if ri:
                out_i = out[i]
                for j in range(i, k):
                    out_i[j] += ri * row[j]
    for i in range(k):
        for j in range(i):
            out[i][j] = out[j][i]
    return out


def _matvec(m: list[list[float]], v: Sequence[float]) -> list[float]:
    return [math.fsum(a * b for a, b in zip(row, v, strict=True)) for row in m]


def fit(columns: Mapping[str, Sequence[float]], y: Sequence[int], model: str = "poisson") -> Fit:
    """Regress y (0/1) on the named columns plus an intercept."""
    names = ["intercept", *columns]
    n = len(y)
    # Days with the same covariates are pooled into one pattern (n days, s with the outcome):
    # every sum below is the same, and with 0/1 columns there are a handful of patterns
    # however long the journal.
    patterns: dict[tuple[float, ...], list[int]] = {}
    for i in range(n):
        key = (1.0, *(float(columns[c][i]) for c in columns))
        counts = patterns.setdefault(key, [0, 0])
        counts[0] += 1
        counts[1] += y[i]
    x = [list(key) for key in patterns]
    days = [float(c[0]) for c in patterns.values()]
    hits = [float(c[1]) for c in patterns.values()]
    logistic = model == "logistic"
    mean_y = sum(y) / n if n else 0.0
    if not 0 < mean_y < 1:
        raise NotEstimable("the outcome never or always happens")
    beta = [math.log(mean_y / (1 - mean_y)) if logistic else math.log(mean_y)]
    beta += [0.0] * (len(names) - 1)
    objective = math.inf
    iterations = 0
    for iterations in range(1, MAX_ITERATIONS + 1):  # noqa: B007 (reported in the fit)
        mu, w = _mean_and_weight(x, beta, days, logistic)
        # Newton step: beta += (X'WX)^-1 X'(y - mu), the same for both canonical links.
        info_inv = solve_inverse(_crossprod(x, w))
        score = [
            math.fsum(row[j] * (s - d * m) for row, s, d, m in zip(x, hits, days, mu, strict=True))
            for j in range(len(names))
        ]
        step = _matvec(info_inv, score)
        beta = [b + st for b, st in zip(beta, step, strict=True)]
        if any(abs(b) > DIVERGED for b in beta[1:]):
            raise NotEstimable("separation: some column predicts the outcome perfectly")
        new_objective = _objective(x, hits, days, beta, logistic)
        if abs(new_objective - objective) <= 1e-13 * (abs(new_objective) + 1e-3):
            break
        objective = new_objective
    else:
        raise NotEstimable("the fit did not converge")
    mu, w = _mean_and_weight(x, beta, days, logistic)
    bread = solve_inverse(_crossprod(x, w))
    if logistic:
        cov = bread
    else:
        # The robust "meat": each day's squared residual, (1 - mu)^2 with the outcome, mu^2 without.
        meat_w = [
            s * (1 - m) ** 2 + (d - s) * m * m for s, d, m in zip(hits, days, mu, strict=True)
        ]
        cov = _sandwich(bread, _crossprod(x, meat_w))
    terms = []
    for j, name in enumerate(names):
        se = math.sqrt(cov[j][j])
        b = beta[j]
        low, high = math.exp(b - Z95 * se), math.exp(b + Z95 * se)
        terms.append(Term(name, b, se, math.exp(b), low, high, wald_p(b, se)))
    return Fit(model, terms, iterations)


def _mean_and_weight(
    x: list[list[float]], beta: list[float], days: list[float], logistic: bool
) -> tuple[list[float], list[float]]:
    """Each pattern's fitted mean, and its IRLS weight (days x the variance function)."""
    eta = [math.fsum(b * v for b, v in zip(beta, row, strict=True)) for row in x]
    if logistic:
        mu = [1 / (1 + math.exp(-e)) for e in eta]
        return mu, [d * m * (1 - m) for d, m in zip(days, mu, strict=True)]
    mu = [math.exp(e) for e in eta]
    return mu, [d * m for d, m in zip(days, mu, strict=True)]


def _objective(
    x: list[list[float]], hits: list[float], days: list[float], beta: list[float], logistic: bool
) -> float:
    """Minus the log-likelihood (up to a constant): what each Newton step lowers."""
    total = 0.0
    for row, s, d in zip(x, hits, days, strict=True):
        eta = math.fsum(b * v for b, v in zip(beta, row, strict=True))
        if logistic:
            # log(1 + e^eta), computed stably.
            total += d * ((eta if eta > 0 else 0.0) + math.log1p(math.exp(-abs(eta)))) - s * eta
        else:
            total += d * math.exp(eta) - s * eta
    return total


def _sandwich(bread: list[list[float]], meat: list[list[float]]) -> list[list[float]]:
    k = len(bread)
    left = [
        [math.fsum(bread[i][m] * meat[m][j] for m in range(k)) for j in range(k)] for i in range(k)
    ]
    return [
        [math.fsum(left[i][m] * bread[m][j] for m in range(k)) for j in range(k)] for i in range(k)
    ]
