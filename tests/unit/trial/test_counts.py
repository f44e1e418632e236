"""The trial's analysis, the quasi-Poisson count model (`core/trial/counts.py`, used by
`analysis.estimate`), against statsmodels and scipy on fixed data."""

from __future__ import annotations

import math

import numpy as np
import pytest
import statsmodels.api as sm
from scipy import optimize, stats

from journal.core.trial import counts
from journal.core.trial.analysis import PRIOR_SD, estimate
from tests.unit.trial.example import COUNT_ROWS

Row = tuple[float, float, bool, int]

ROWS: list[Row] = COUNT_ROWS
# severity-weighted: sums of severities 1-3, not counts
SUMS: list[Row] = [(c * 1.7 + 0.4 * (n % 3), d, m, n) for c, d, m, n in ROWS]
# no symptom at all on magnesium: the flat prior's estimate runs off to infinity
NONE_ON: list[Row] = [(0.0 if m else c, d, m, n) for c, d, m, n in ROWS]
# one wild period (twitches in the hundreds): Newton's full step from the start overshoots
# and must be shortened on the way to the mode
SPIKE: list[Row] = [
    (0.0, 11.0, False, 1),
    (527.0, 11.0, True, 2),
    (2.0, 11.0, False, 3),
    (12.0, 11.0, True, 4),
    (0.0, 11.0, False, 5),
    (0.0, 11.0, True, 6),
]


def _design(rows: list[Row], period_term: bool = True) -> tuple[np.ndarray, ...]:
    y = np.array([r[0] for r in rows])
    offset = np.log(np.array([r[1] for r in rows]) / 7)
    number = np.array([float(r[3]) for r in rows])
    cols = [np.ones(len(rows)), [1.0 if r[2] else 0.0 for r in rows]]
    x = np.column_stack(cols + ([number - number.mean()] if period_term else []))
    return y, x, offset


def _glm(rows: list[Row], period_term: bool = True) -> sm.regression.linear_model.RegressionResults:
    y, x, offset = _design(rows, period_term)
    return sm.GLM(y, x, family=sm.families.Poisson(), offset=offset).fit(scale="X2", tol=1e-14)


def _words_of(rate: float, b: float, se: float, df: int) -> tuple[float, float, float, float]:
    """The reduction a week, its 90% interval and P(at least 1 fewer) from b's posterior,
    Student's t in scipy, with the rate off magnesium at its fitted value."""
    post = stats.t(df=df, loc=b, scale=se)
    low, high = post.interval(0.9)
    p = post.cdf(math.log(1 - 1 / rate)) if rate > 1 else 0.0
    return rate * (1 - math.exp(b)), rate * (1 - math.exp(high)), rate * (1 - math.exp(low)), p


@pytest.mark.parametrize("rows", [ROWS, SUMS], ids=["counts", "severity sums"])
@pytest.mark.parametrize("period_term", [True, False])
def test_without_a_prior_it_is_statsmodels_quasi_poisson_glm(
    rows: list[Row], period_term: bool
) -> None:
    ref = _glm(rows, period_term)
    fit = counts.fit(rows, period_term, prior_sd=None)
    assert ref.scale > 1  # the floor at 1 does not apply to these data
    assert fit.phi == pytest.approx(ref.scale, abs=1e-9)
    assert fit.df == ref.df_resid == (5 if period_term else 6)
    assert fit.coef == pytest.approx(ref.params, abs=1e-9)
    assert np.array(fit.cov) == pytest.approx(ref.cov_params(), abs=1e-9)
    # and the analysis's answer from it
    est = estimate(rows, 1.0, period_term, prior_sd=None)
    assert est is not None and est.df == ref.df_resid and est.pairs == 4
    b, se = ref.params[1], math.sqrt(ref.cov_params()[1, 1])
    want = _words_of(math.exp(ref.params[0]), b, se, int(ref.df_resid))
    assert (est.reduction, est.low, est.high, est.p_benefit) == pytest.approx(want, abs=1e-7)


def test_phi_is_never_below_one() -> None:
    tight = [(6.0, 11.0, i % 2 == 0, i) for i in range(1, 9)]  # less spread than Poisson
    assert counts.fit(tight, prior_sd=None).phi == 1.0


def _penalised(rows: list[Row], sd: float) -> tuple[np.ndarray, np.ndarray, float]:
    """Reference: scipy's exact-trust-region optimum of -loglik/phi + b^2 / (2 sd^2), with
    phi from the same penalised fit at phi = 1, and the inverse of its Hessian."""
    y, x, offset = _design(rows)
    precision = np.diag([0.0, 1 / sd**2, 0.0])

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
        b = np.asarray(out.x)
        for _ in range(5):  # polished by Newton in numpy where trust-exact stalls (near 1e-8)
            b = b - np.linalg.solve(hess(b), grad(b))
        assert np.abs(grad(b)).max() < 1e-10
        return b

    at_one = mode(1.0)
    mu = np.exp(offset + x @ at_one)
    phi = max(1.0, float(((y - mu) ** 2 / mu).sum() / (len(y) - 3)))
    coef = mode(phi)
    cov = np.linalg.inv((x.T * np.exp(offset + x @ coef)) @ x / phi + precision)
    return coef, cov, phi


@pytest.mark.parametrize(
    "rows", [ROWS, SUMS, NONE_ON, SPIKE], ids=["counts", "sums", "none on", "spike"]
)
def test_the_analysis_is_the_penalised_quasi_likelihood_posterior(rows: list[Row]) -> None:
    coef, cov, phi = _penalised(rows, PRIOR_SD)
    fit = counts.fit(rows, prior_sd=PRIOR_SD)
    assert fit.phi == pytest.approx(phi, rel=1e-9, abs=1e-8)
    assert fit.coef == pytest.approx(coef, abs=1e-7)
    assert np.array(fit.cov) == pytest.approx(cov, abs=1e-7)
    est = estimate(rows, 1.0)
    df = len(rows) - 3
    assert est is not None and est.df == df
    want = _words_of(math.exp(coef[0]), coef[1], math.sqrt(cov[1, 1]), df)
    assert (est.reduction, est.low, est.high, est.p_benefit) == pytest.approx(want, abs=1e-7)


def test_the_prior_pulls_towards_no_effect() -> None:
    flat, sceptical = counts.fit(ROWS, prior_sd=None), counts.fit(ROWS, prior_sd=PRIOR_SD)
    assert 0 < -sceptical.coef[1] < -flat.coef[1]
    tight = counts.fit(ROWS, prior_sd=0.5)
    assert 0 < -tight.coef[1] < -sceptical.coef[1]


def test_no_symptom_on_magnesium_gives_a_finite_sensible_reduction() -> None:
    assert estimate(NONE_ON, 1.0, prior_sd=None) is None  # flat: runs off to infinity
    est = estimate(NONE_ON, 1.0)
    assert est is not None
    off = sum(c for c, _, m, _ in NONE_ON if not m) / sum(d for _, d, m, _ in NONE_ON if not m)
    assert all(math.isfinite(v) for v in (est.reduction, est.low, est.high))
    # nearly all of the rate off magnesium, never more; a clear benefit
    assert 0.8 * off * 7 < est.reduction < off * 7 * 1.2
    assert est.low < est.reduction < est.high
    assert est.p_benefit > 0.9
    # and the other way round: none off magnesium, so cramps were higher on it
    none_off = [(c if m else 0.0, d, m, n) for c, d, m, n in ROWS]
    worse = estimate(none_off, 1.0)
    assert worse is not None and worse.reduction < 0 and worse.p_benefit == 0.0


def test_no_symptom_at_all_is_no_reduction() -> None:
    est = estimate([(0.0, d, m, n) for _, d, m, n in ROWS], 1.0)
    assert est is not None
    assert (est.reduction, est.low, est.high, est.p_benefit) == (0.0, 0.0, 0.0, 0.0)


def test_the_period_term_takes_a_steady_fall_out() -> None:
    """Cramps falling by half over the trial whatever the order, magnesium doing nothing,
    and magnesium second in every pair (an order not randomised, to make the point):
    without the period term the fall is credited to magnesium."""
    rows = [(8.0 * math.exp(-0.1 * n), 11.0, n % 2 == 0, n) for n in range(1, 9)]
    est = estimate(rows, 1.0)
    assert est is not None
    assert est.reduction == pytest.approx(0.0, abs=1e-9)
    assert est.low < 0 < est.high and est.p_benefit < 0.5
    without = estimate(rows, 1.0, period_term=False)
    assert without is not None and without.reduction > 0.25
    assert without.p_benefit > est.p_benefit


def test_no_estimate_without_both_arms_or_enough_periods() -> None:
    assert estimate(ROWS[:3], 1.0) is None
    assert estimate([(r[0], r[1], True, r[3]) for r in ROWS], 1.0) is None
    assert estimate(ROWS[:4], 1.0) is not None
    assert estimate(ROWS[:3], 1.0, period_term=False) is not None


@pytest.mark.parametrize(
    "matrix",
    [
        [[4.0, 1.5], [1.5, 2.0]],
        [[2e6, 3e3], [3e3, 7.0]],  # scales far apart: the singularity check is relative
        [[6.0, 2.0, -1.0], [2.0, 5.0, 0.5], [-1.0, 0.5, 3.0]],
        [[9e5, 2e2, 1e3], [2e2, 4.0, 0.3], [1e3, 0.3, 8.0]],
        [[1024.0, 1000.0], [1000.0, 1024.0]],  # det 47 576: far from singular at this scale
    ],
)
def test_the_inverse_is_numpy_s(matrix: list[list[float]]) -> None:
    p = len(matrix)
    flat = [v for row in matrix for v in row]
    assert counts._inverse(flat, p) == pytest.approx(np.linalg.inv(matrix).ravel(), rel=1e-12)


@pytest.mark.parametrize(
    "matrix",
    [
        [[1.0, 1.0], [1.0, 1.0]],
        [[1.0, 1.0 - 1e-13], [1.0 - 1e-13, 1.0]],  # det / product of the diagonal ~ 2e-13
        [[2.0, 1.0, 1.0], [1.0, 1.0, 0.0], [1.0, 0.0, 1.0]],  # row 1 = row 2 + row 3
        [[1.0, 0.0, 1.0], [0.0, 1.0, 0.0], [1.0, 0.0, 1.0 + 1e-13]],
        # at the scale of 1024 a determinant of 2^-21 (4.8e-7) is singular: 1024 x 1024 - (1024
        # - 2^-32)^2 = 2 x 1024 x 2^-32, below 1e-12 x 1024 x 1024 = 1.05e-6
        [[1024.0, 1024.0 - 2**-32], [1024.0 - 2**-32, 1024.0]],
        [[1024.0, 1024.0 - 2**-32, 0.0], [1024.0 - 2**-32, 1024.0, 0.0], [0.0, 0.0, 1024.0]],
        # a zero on the diagonal: refused, not a division by zero
        [[0.0, 0.0], [0.0, 5.0]],
        [[0.0, 0.0, 0.0], [0.0, 2.0, 1.0], [0.0, 1.0, 2.0]],
    ],
)
def test_a_singular_or_nearly_singular_matrix_is_refused(matrix: list[list[float]]) -> None:
    flat = [v for row in matrix for v in row]
    with pytest.raises(ValueError, match=r"^the design is singular$"):
        counts._inverse(flat, len(matrix))


def test_a_design_that_cannot_tell_magnesium_from_time_has_no_flat_fit() -> None:
    """Magnesium in exactly the later periods: its column is the period term's, shifted."""
    rows: list[Row] = [(3.0, 11.0, False, 1), (5.0, 11.0, False, 1)]
    rows += [(4.0, 11.0, True, 2), (2.0, 11.0, True, 2)]
    with pytest.raises(ValueError, match=r"^the design is singular$"):
        counts.fit(rows, prior_sd=None)
    assert estimate(rows, 1.0, prior_sd=None) is None
    # the prior settles it: magnesium at the prior's mean, no effect, and the change from
    # 8 in the first 22 days to 6 in the next 22 all the period term's
    fit = counts.fit(rows, prior_sd=PRIOR_SD)
    assert fit.coef[1:] == pytest.approx([0.0, math.log(6 / 8)], abs=1e-9)
    # the rate mid-trial: the geometric mean of 8 and 6 in 22 days, a week
    assert math.exp(fit.coef[0]) == pytest.approx(math.sqrt(8 * 6) / 22 * 7, rel=1e-9)


def test_a_flat_fit_that_runs_off_to_infinity_says_so() -> None:
    with pytest.raises(ValueError, match=r"^the fit does not converge"):
        counts.fit(NONE_ON, prior_sd=None)


def test_a_fit_needs_more_periods_than_coefficients() -> None:
    # 3 periods and 3 coefficients (with the period term) leave no degree of freedom for phi
    with pytest.raises(ValueError, match=r"^more periods than coefficients are needed$"):
        counts.fit(ROWS[:3], prior_sd=PRIOR_SD)
    assert counts.fit(ROWS[:3], period_term=False, prior_sd=PRIOR_SD).df == 1
