"""The quasi-Poisson count model (`core/trial/counts.py`) against statsmodels and scipy."""

from __future__ import annotations

import numpy as np
import pytest
import statsmodels.api as sm
from scipy import optimize, stats

from journal.core.trial import counts

# (count, analysed days, on magnesium, period number): spread more than Poisson, so phi > 1
ROWS = [
    (9.0, 11.0, False, 1),
    (2.0, 11.0, True, 2),
    (4.0, 11.0, True, 3),
    (12.0, 11.0, False, 4),
    (3.0, 11.0, False, 5),
    (5.0, 11.0, True, 6),
    (1.0, 10.0, True, 7),
    (8.0, 10.0, False, 8),
]


def _design(rows: list[tuple[float, float, bool, int]]) -> tuple[np.ndarray, ...]:
    y = np.array([r[0] for r in rows])
    offset = np.log(np.array([r[1] for r in rows]) / 7)
    number = np.array([float(r[3]) for r in rows])
    x = np.column_stack(
        [np.ones(len(rows)), [1.0 if r[2] else 0.0 for r in rows], number - number.mean()]
    )
    return y, x, offset


def test_without_a_prior_it_is_statsmodels_quasi_poisson_glm() -> None:
    y, x, offset = _design(ROWS)
    glm = sm.GLM(y, x, family=sm.families.Poisson(), offset=offset)
    ref = glm.fit(scale="X2", tol=1e-14)
    fit = counts.fit(ROWS, prior_sd=None)
    assert ref.scale > 1  # the floor at 1 does not apply to these data
    assert fit.phi == pytest.approx(ref.scale, abs=1e-9)
    assert fit.df == ref.df_resid == 5
    assert fit.coef == pytest.approx(ref.params, abs=1e-9)
    assert np.array(fit.cov) == pytest.approx(ref.cov_params(), abs=1e-9)


def test_phi_is_never_below_one() -> None:
    tight = [(6.0, 11.0, i % 2 == 0, i) for i in range(1, 9)]  # less spread than Poisson
    assert counts.fit(tight, prior_sd=None).phi == 1.0


def test_the_sceptical_prior_is_the_penalised_quasi_likelihood_mode() -> None:
    """Reference: scipy's exact-trust-region optimum of -loglik/phi + b^2 / (2 sd^2), with phi
    from the same penalised fit at phi = 1, and the inverse of its Hessian."""
    y, x, offset = _design(ROWS)
    precision = np.diag([0.0, 1 / counts.PRIOR_SD**2, 0.0])

    def mode(phi: float) -> np.ndarray:
        def f(b: np.ndarray) -> float:
            eta = offset + x @ b
            return float(-(y @ eta - np.exp(eta).sum()) / phi + b @ precision @ b / 2)

        def grad(b: np.ndarray) -> np.ndarray:
            return -(x.T @ (y - np.exp(offset + x @ b))) / phi + precision @ b

        def hess(b: np.ndarray) -> np.ndarray:
            return (x.T * np.exp(offset + x @ b)) @ x / phi + precision

        start = np.array([np.log(y.mean()), 0.0, 0.0])
        out = optimize.minimize(f, start, jac=grad, hess=hess, method="trust-exact", tol=1e-14)
        return np.asarray(out.x)

    at_one = mode(1.0)
    mu = np.exp(offset + x @ at_one)
    phi = max(1.0, float(((y - mu) ** 2 / mu).sum() / (len(y) - 3)))
    coef = mode(phi)
    cov = np.linalg.inv((x.T * np.exp(offset + x @ coef)) @ x / phi + precision)
    fit = counts.fit(ROWS)
    assert fit.phi == pytest.approx(phi, abs=1e-8)
    assert fit.coef == pytest.approx(coef, abs=1e-7)
    assert np.array(fit.cov) == pytest.approx(cov, abs=1e-7)
    assert abs(fit.coef[1]) < abs(counts.fit(ROWS, prior_sd=None).coef[1])  # pulled to none

    # the reduction a week and P(at least 1 fewer) from that posterior, by scipy's t
    est = counts.estimate(ROWS, 1.0)
    assert est is not None
    rate, b, se = np.exp(coef[0]), coef[1], np.sqrt(cov[1, 1])
    post = stats.t(df=5, loc=b, scale=se)
    assert est.reduction == pytest.approx(rate * (1 - np.exp(b)), abs=1e-7)
    assert est.p_benefit == pytest.approx(post.cdf(np.log(1 - 1 / rate)), abs=1e-7)
    low, high = post.interval(0.9)
    assert (est.low, est.high) == pytest.approx(
        (rate * (1 - np.exp(high)), rate * (1 - np.exp(low))), abs=1e-7
    )


def test_no_estimate_without_both_arms_or_enough_periods() -> None:
    assert counts.estimate(ROWS[:3], 1.0) is None
    assert counts.estimate([(r[0], r[1], True, r[3]) for r in ROWS], 1.0) is None
    assert counts.estimate(ROWS[:4], 1.0) is not None
