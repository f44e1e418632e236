"""Cramps counted, not averaged: a quasi-Poisson log-linear model of each period's count.

For period i with y_i symptoms on its d_i analysed days,

    log E[y_i] = log(d_i / 7) + a + b * magnesium_i + c * (period_i - mean period)

so exp(a) is the weekly rate off magnesium in the middle of the trial, exp(b) the
rate ratio on magnesium and c the steady change (the period term, as in the linear
model). Because the covariates are the same on every analysed day of a period, the
fit is the same as a Poisson model of the daily counts; the spread is judged
between periods, not between days, so that a bad week (cramps come in spells) widens
the answer instead of passing for an effect: quasi-Poisson, Var y = phi * E y with
phi = max(1, Pearson X^2 / (n - p)) (McCullagh and Nelder 1989, section 4.5).

Prior on b: sceptical, N(0, PRIOR_SD^2) on the log rate ratio, flat on a and c; b's
posterior is centred at the penalised fit with the scale from the inverse of
X'WX / phi + prior precision, and taken as Student's t with n - p degrees of freedom
(phi is estimated). The reduction a week is exp(a) (1 - exp(b)), with exp(a) at its
fitted value, so P(reduction >= benefit) = P(b <= log(1 - benefit / exp(a))).

NOT the app's analysis: in bench/bench_trial.py (--runs 1000) it finds 29.0% of true
drops of 2 a week against the linear model's 41.9% (`analysis.py`); with a flat prior
41.7%, no more on Poisson cramps, though better behaved when they come in spells
(4.6% false "helps" against 6.0%). So the app keeps the linear model; this stays,
tested against statsmodels, so those figures can be checked again.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from journal.core.stats.student_t import t_cdf, t_quantile
from journal.core.trial.analysis import INTERVAL, Estimate

PRIOR_SD = 1.0  # on log(rate ratio): about as sceptical as the linear model's prior


@dataclass(frozen=True, slots=True)
class CountFit:
    coef: list[float]  # a, b(, c)
    cov: list[list[float]]  # posterior covariance (scaled by phi)
    phi: float
    df: int  # n - p, the degrees of freedom of phi


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """a x = b for a small symmetric positive-definite a (Gaussian elimination)."""
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


def _means(x: list[list[float]], offset: list[float], beta: list[float]) -> list[float]:
    return [
        math.exp(o + sum(c * v for c, v in zip(beta, r, strict=True)))
        for r, o in zip(x, offset, strict=True)
    ]


def _information(
    x: list[list[float]], mu: list[float], precision: list[float], phi: float
) -> list[list[float]]:
    """X'WX / phi plus the prior's precision (W: the Poisson weights, the means)."""
    p = len(x[0])
    return [
        [
            sum(m * r[i] * r[j] for r, m in zip(x, mu, strict=True)) / phi
            + (precision[i] if i == j else 0.0)
            for j in range(p)
        ]
        for i in range(p)
    ]


def _newton(
    x: list[list[float]],
    y: Sequence[float],
    offset: list[float],
    precision: list[float],
    phi: float,
) -> tuple[list[float], list[list[float]], list[float]]:
    """The penalised quasi-likelihood's mode: coefficients, information, fitted means."""
    p = len(x[0])
    total = sum(y) or 0.5
    beta = [math.log(total / sum(math.exp(o) for o in offset))] + [0.0] * (p - 1)
    for _ in range(100):
        mu = _means(x, offset, beta)
        score = [
            sum(r[i] * (yi - m) for r, yi, m in zip(x, y, mu, strict=True)) / phi
            - precision[i] * beta[i]
            for i in range(p)
        ]
        step = _solve(_information(x, mu, precision, phi), score)
        beta = [b + s for b, s in zip(beta, step, strict=True)]
        if max(abs(s) for s in step) < 1e-12:
            break
    mu = _means(x, offset, beta)
    return beta, _information(x, mu, precision, phi), mu


def fit(
    rows: Sequence[tuple[float, float, bool, int]],
    period_term: bool = True,
    prior_sd: float | None = PRIOR_SD,
) -> CountFit:
    """The posterior from (count, analysed days, on magnesium, period number) rows."""
    mean_n = sum(n for *_, n in rows) / len(rows)
    x = [[1.0, 1.0 if m else 0.0] + ([n - mean_n] if period_term else []) for _, _, m, n in rows]
    y = [c for c, *_ in rows]
    offset = [math.log(d / 7) for _, d, _, _ in rows]
    p = len(x[0])
    df = len(rows) - p
    if df <= 0:
        raise ValueError("more periods than coefficients are needed")
    precision = [0.0, 0.0 if prior_sd is None else 1 / prior_sd**2] + [0.0] * (p - 2)
    # phi from the fit at phi = 1, then the posterior at that phi
    _, _, mu = _newton(x, y, offset, precision, 1.0)
    pearson = sum((yi - m) ** 2 / m for yi, m in zip(y, mu, strict=True))
    phi = max(1.0, pearson / df)
    beta, info, _ = _newton(x, y, offset, precision, phi)
    cov = [_solve(info, [1.0 if k == i else 0.0 for k in range(p)]) for i in range(p)]
    return CountFit(beta, cov, phi, df)


def estimate(
    rows: Sequence[tuple[float, float, bool, int]],
    benefit: float,
    period_term: bool = True,
    prior_sd: float | None = PRIOR_SD,
) -> Estimate | None:
    """The posterior for the reduction a week from (count, analysed days, on magnesium,
    period number) rows, as `analysis.estimate` gives it for the linear model."""
    need = 4 if period_term else 3
    if len(rows) < need or len({m for _, _, m, _ in rows}) < 2:
        return None
    try:
        found = fit(rows, period_term, prior_sd)
    except (ValueError, OverflowError, ZeroDivisionError):
        return None
    rate, b = math.exp(found.coef[0]), found.coef[1]
    se = max(math.sqrt(found.cov[1][1]), 1e-9)
    z = t_quantile(0.5 + INTERVAL / 2, found.df)
    # the reduction a week, rate * (1 - exp(b)), falls as b rises
    p = 0.0 if benefit >= rate else t_cdf((math.log(1 - benefit / rate) - b) / se, found.df)
    low, high = rate * (1 - math.exp(b + z * se)), rate * (1 - math.exp(b - z * se))
    return Estimate(rate * (1 - math.exp(b)), low, high, p, found.df, len(rows) // 2)
