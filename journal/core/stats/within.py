"""Modified Poisson regression within strata: each stratum (a 4-week stretch of the
journal) has its own level, so the named columns compare days within a stratum only,
as the main answer's Mantel-Haenszel ratio does.

The levels are concentrated out: for given coefficients each stratum's level has a
closed form (its symptom days over its fitted total), so Newton's method iterates the
few named columns alone, however many strata (the full model's Hessian, reduced by its
Schur complement). A stratum without the outcome says nothing about a comparison
within it (its level would be minus infinity) and is left out.

Errors are sandwich errors on the covariates centred within their stratum (the
estimate's share from each day): HC0 by default, as `regression` gives; a term named in
`serial` gets Newey-West errors instead (Bartlett weights over `lags` neighbouring
days, rows in day order), since diets and symptoms run in streaks. Checked against
statsmodels' `GLM` with a dummy per stratum, `cov_type="HC0"` and `"HAC"`.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Collection, Mapping, Sequence

from journal.core.stats.contingency import Z95
from journal.core.stats.mantel_haenszel import wald_p
from journal.core.stats.regression import (
    DIVERGED,
    MAX_ITERATIONS,
    Fit,
    NotEstimable,
    Term,
    _crossprod,
    _matvec,
    _sandwich,
    solve_inverse,
)

Pattern = tuple[int, tuple[float, ...]]  # (stratum, covariates)


def newey_west_lags(n: int) -> int:
    """Newey and West's (1994) rule for how many neighbours' scores count: 4 (n/100)^(2/9)."""
    return math.floor(4 * (n / 100) ** (2 / 9)) if n > 0 else 0


def fit(
    columns: Mapping[str, Sequence[float]],
    y: Sequence[int],
    strata: Sequence[int],
    serial: Collection[str] = (),
    lags: int = 0,
) -> Fit:
    """Poisson regression of y (0/1) on the named columns, a level per stratum."""
    names = list(columns)
    hits_in: dict[int, int] = {}
    for s, yi in zip(strata, y, strict=True):
        hits_in[s] = hits_in.get(s, 0) + yi
    rows = [
        (s, tuple(xs), yi)
        for s, yi, *xs in zip(strata, y, *columns.values(), strict=True)
        if hits_in[s]
    ]
    if not rows:
        raise NotEstimable("the outcome never happens")
    # Days alike (same stratum, same covariates) pooled: n days, s with the outcome.
    pooled: dict[Pattern, list[int]] = {}
    for s, xs, yi in rows:
        counts = pooled.setdefault((s, xs), [0, 0])
        counts[0] += 1
        counts[1] += yi
    keys = list(pooled)
    x = [list(key[1]) for key in keys]
    days = [float(c[0]) for c in pooled.values()]
    hits = [float(c[1]) for c in pooled.values()]
    beta = [0.0] * len(names)
    objective = math.inf
    iterations = 0
    for iterations in range(1, MAX_ITERATIONS + 1):  # noqa: B007 (reported in the fit)
        mu, centred = _fitted(keys, x, days, beta, hits_in)
        score = [
            math.fsum(row[j] * (h - d * m) for row, h, d, m in zip(x, hits, days, mu, strict=True))
            for j in range(len(names))
        ]
        info = _crossprod(centred, [d * m for d, m in zip(days, mu, strict=True)])
        beta = [b + st for b, st in zip(beta, _matvec(solve_inverse(info), score), strict=True)]
        if any(abs(b) > DIVERGED for b in beta):
            raise NotEstimable("separation: some column predicts the outcome perfectly")
        new_objective = _objective(keys, x, days, hits, beta, hits_in)
        if abs(new_objective - objective) <= 1e-13 * (abs(new_objective) + 1e-3):
            break
        objective = new_objective
    else:
        raise NotEstimable("the fit did not converge")
    mu, centred = _fitted(keys, x, days, beta, hits_in)
    bread = solve_inverse(_crossprod(centred, [d * m for d, m in zip(days, mu, strict=True)]))
    # HC0's meat: each day's squared residual, (1 - mu)^2 with the outcome, mu^2 without.
    meat_w = [h * (1 - m) ** 2 + (d - h) * m * m for h, d, m in zip(hits, days, mu, strict=True)]
    cov = _sandwich(bread, _crossprod(centred, meat_w))
    variances = [cov[j][j] for j in range(len(names))]
    if serial:
        index = {key: p for p, key in enumerate(keys)}
        order = [index[(s, xr)] for s, xr, _ in rows]
        residuals = [yi - mu[p] for (_, _, yi), p in zip(rows, order, strict=True)]
        for j, name in enumerate(names):
            if name in serial:
                lean = [
                    math.fsum(b * c for b, c in zip(bread[j], row, strict=True)) for row in centred
                ]
                v = [lean[p] * r for p, r in zip(order, residuals, strict=True)]
                variances[j] = _newey_west(v, lags)
    terms = []
    for name, b, var in zip(names, beta, variances, strict=True):
        se = math.sqrt(var)
        terms.append(
            Term(
                name,
                b,
                se,
                math.exp(b),
                math.exp(b - Z95 * se),
                math.exp(b + Z95 * se),
                wald_p(b, se),
            )
        )
    return Fit("poisson", terms, iterations)


def _fitted(
    keys: list[Pattern],
    x: list[list[float]],
    days: list[float],
    beta: list[float],
    hits_in: dict[int, int],
) -> tuple[list[float], list[list[float]]]:
    """Each pattern's mean per day, with its stratum's level at its best for `beta`, and
    its covariates centred on the stratum's mean weighted by the fitted counts."""
    e = [math.exp(math.fsum(b * v for b, v in zip(beta, row, strict=True))) for row in x]
    total: dict[int, float] = {}
    for (s, _), d, ei in zip(keys, days, e, strict=True):
        total[s] = total.get(s, 0.0) + d * ei
    mu = [ei * hits_in[s] / total[s] for (s, _), ei in zip(keys, e, strict=True)]
    weighted: dict[int, list[float]] = {}
    for (s, _), row, d, m in zip(keys, x, days, mu, strict=True):
        acc = weighted.setdefault(s, [0.0] * len(row))
        for j, v in enumerate(row):
            acc[j] += d * m * v
    centred = [
        [v - w / hits_in[s] for v, w in zip(row, weighted[s], strict=True)]
        for (s, _), row in zip(keys, x, strict=True)
    ]
    return mu, centred


def _objective(
    keys: list[Pattern],
    x: list[list[float]],
    days: list[float],
    hits: list[float],
    beta: list[float],
    hits_in: dict[int, int],
) -> float:
    """Minus the log-likelihood with each stratum's level at its best (up to a constant)."""
    eta = [math.fsum(b * v for b, v in zip(beta, row, strict=True)) for row in x]
    total: dict[int, float] = {}
    for (s, _), d, e in zip(keys, days, eta, strict=True):
        total[s] = total.get(s, 0.0) + d * math.exp(e)
    fitted = math.fsum(h * e for h, e in zip(hits, eta, strict=True))
    return math.fsum(y_s * math.log(total[s]) for s, y_s in hits_in.items() if y_s) - fitted


def _newey_west(v: list[float], lags: int) -> float:
    """Sum of v_i v_k over days at most `lags` apart, weighted 1 - |i - k| / (lags + 1)
    (Bartlett: so the variance stays positive)."""
    total = math.fsum(e * e for e in v)
    for lag in range(1, min(lags, len(v) - 1) + 1):
        total += 2 * (1 - lag / (lags + 1)) * math.fsum(map(operator.mul, v[lag:], v))
    return max(total, 0.0)
