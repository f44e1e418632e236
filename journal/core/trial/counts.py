"""Cramps counted, not averaged: a quasi-Poisson log-linear model of each period's count.

For period i with y_i symptoms on its d_i analysed days,

    log E[y_i] = log(d_i / 7) + a + b * magnesium_i + c * (period_i - mean period)

so exp(a) is the weekly rate off magnesium in the middle of the trial, exp(b) the
rate ratio on magnesium and c the steady change (the period term). Because the
covariates are the same on every analysed day of a period, the fit is the same as a
Poisson model of the daily counts; the spread is judged between periods, not between
days, so that a bad week (cramps come in spells) widens the answer instead of
passing for an effect: quasi-Poisson, Var y = phi * E y with phi = max(1, Pearson
X^2 / (n - p)), the Pearson estimate of the dispersion (McCullagh and Nelder 1989,
ch. 9, quasi-likelihood; y may be a sum of severities rather than a count).

With a N(0, prior_sd^2) prior on b (flat on a and c) the fit is the mode of the log
quasi-likelihood / phi plus the log prior, phi from the same penalised fit at phi = 1;
the covariance is the inverse of X'WX / phi plus the prior's precision. Without a
prior it is statsmodels' GLM with scale="X2" (tested). This is the app's analysis:
`analysis.estimate` uses it with prior_sd = 2.5; the figures that chose it are in
that module's docstring. The fit is in pure Python and quick (a fifth of a
millisecond for 8 periods) because plan-time power (`power.py`) fits thousands of
simulated trials while the person waits.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from operator import mul


@dataclass(frozen=True, slots=True)
class CountFit:
    coef: list[float]  # a, b(, c)
    cov: list[list[float]]  # posterior covariance (scaled by phi)
    phi: float
    df: int  # n - p, the degrees of freedom of phi


def _inverse(a: list[float], p: int) -> list[float]:
    """The inverse of a symmetric positive-definite 2 x 2 or 3 x 3 matrix (row-major), by
    its adjugate: the model has 2 or 3 coefficients, and this is the fit's inner loop."""
    if p == 2:
        s00, s01, s11 = a[0], a[1], a[3]
        det = s00 * s11 - s01 * s01
        if det <= 1e-12 * s00 * s11:
            raise ValueError("the design is singular")
        return [s11 / det, -s01 / det, -s01 / det, s00 / det]
    s00, s01, s02, s11, s12, s22 = a[0], a[1], a[2], a[4], a[5], a[8]
    c00, c01, c02 = s11 * s22 - s12 * s12, s02 * s12 - s01 * s22, s01 * s12 - s02 * s11
    det = s00 * c00 + s01 * c01 + s02 * c02
    if det <= 1e-12 * s00 * s11 * s22:
        raise ValueError("the design is singular")
    c11, c12, c22 = s00 * s22 - s02 * s02, s01 * s02 - s00 * s12, s00 * s11 - s01 * s01
    return [v / det for v in (c00, c01, c02, c01, c11, c12, c02, c12, c22)]


class _Design:
    """The columns of X, their pairwise products (for X'WX), the counts and the offsets;
    sums over the periods are taken as sum(map(mul, ...)), which runs at C speed: plan-time
    power (power.py) fits thousands of simulated trials while the person waits."""

    def __init__(self, x: list[list[float]], y: Sequence[float], offset: list[float]) -> None:
        self.cols = [list(c) for c in zip(*x, strict=True)]
        self.p = len(self.cols)
        self.products = [
            [list(map(mul, self.cols[i], self.cols[j])) for j in range(i + 1)]
            for i in range(self.p)
        ]
        self.y, self.offset = list(y), offset

    def information(self, mu: list[float], prec: list[float], phi: float) -> list[float]:
        """X'WX / phi plus the prior's precision (W: the Poisson weights, the means), row-major."""
        p = self.p
        info = [0.0] * (p * p)
        for i in range(p):
            for j in range(i + 1):
                info[i * p + j] = info[j * p + i] = sum(map(mul, mu, self.products[i][j])) / phi
            info[i * p + i] += prec[i]
        return info

    def state(self, beta: list[float], prec: list[float], phi: float) -> tuple[list[float], float]:
        """The means at `beta` and the objective there: the log quasi-likelihood / phi plus
        the log prior density (up to constants)."""
        eta = self.offset
        for c, col in zip(beta, self.cols, strict=True):
            eta = [e + c * v for e, v in zip(eta, col, strict=True)]
        mu = list(map(math.exp, eta))
        value = (sum(map(mul, self.y, eta)) - sum(mu)) / phi
        return mu, value - sum(q * b * b for q, b in zip(prec, beta, strict=True)) / 2


def _newton(
    d: _Design, prec: list[float], phi: float, beta: list[float]
) -> tuple[list[float], list[float], list[float]]:
    """The penalised quasi-likelihood's mode from `beta`: coefficients, information (row-major),
    fitted means. Newton's steps, halved while they would lower the (concave) objective, so
    that a period with no symptoms cannot send a step off to infinity."""
    mu, here = d.state(beta, prec, phi)
    for _ in range(100):
        resid = [(yi - m) / phi for yi, m in zip(d.y, mu, strict=True)]
        score = [
            sum(map(mul, col, resid)) - q * b for col, q, b in zip(d.cols, prec, beta, strict=True)
        ]
        info = d.information(mu, prec, phi)
        inv = _inverse(info, d.p)
        step = [sum(map(mul, inv[i * d.p : (i + 1) * d.p], score)) for i in range(d.p)]
        size = max(map(abs, step))
        if size < 1e-10:
            return beta, info, mu
        full = True
        for _ in range(40):
            trial = [b + s for b, s in zip(beta, step, strict=True)]
            mu2, there = d.state(trial, prec, phi)
            if there >= here - 1e-12 * abs(here):
                break
            step, full = [s / 2 for s in step], False
        beta, mu, here = trial, mu2, there
        if size < 1e-6 and full:  # Newton converges quadratically: now within ~1e-12
            return beta, d.information(mu, prec, phi), mu
    raise ValueError("the fit does not converge (a coefficient runs off to infinity)")


def _start(x: list[list[float]], y: Sequence[float], offset: list[float]) -> list[float]:
    """Each arm's log rate (a half added to a count of 0): a start near the mode."""
    sums = [[0.5, 0.0], [0.5, 0.0]]
    for r, yi, o in zip(x, y, offset, strict=True):
        arm = sums[int(r[1])]
        arm[0] += yi
        arm[1] += math.exp(o)
    off, on = (math.log(c / e) for c, e in sums)
    return [off, on - off] + [0.0] * (len(x[0]) - 2)


def fit(
    rows: Sequence[tuple[float, float, bool, int]],
    period_term: bool = True,
    prior_sd: float | None = None,
) -> CountFit:
    """The posterior from (count, analysed days, on magnesium, period number) rows, with a
    N(0, prior_sd^2) prior on b (None: flat, the quasi-Poisson GLM). The counts may be
    sums (severity-weighted): quasi-likelihood needs only Var y = phi E y."""
    mean_n = sum(n for *_, n in rows) / len(rows)
    x = [[1.0, 1.0 if m else 0.0] + ([n - mean_n] if period_term else []) for _, _, m, n in rows]
    y = [c for c, *_ in rows]
    offset = [math.log(d / 7) for _, d, _, _ in rows]
    p = len(x[0])
    df = len(rows) - p
    if df <= 0:
        raise ValueError("more periods than coefficients are needed")
    prec = [0.0, 0.0 if prior_sd is None else 1 / prior_sd**2] + [0.0] * (p - 2)
    d = _Design(x, y, offset)
    # phi from the fit at phi = 1, then the posterior at that phi
    beta, info, mu = _newton(d, prec, 1.0, _start(x, y, offset))
    pearson = sum((yi - m) ** 2 / m for yi, m in zip(y, mu, strict=True))
    phi = max(1.0, pearson / df)
    if phi > 1.0:  # without a prior the mode does not move with phi, only the information
        if prior_sd is None:
            info = d.information(mu, prec, phi)
        else:
            beta, info, _ = _newton(d, prec, phi, beta)
    inv = _inverse(info, p)
    cov = [inv[i * p : (i + 1) * p] for i in range(p)]
    return CountFit(beta, cov, phi, df)
