"""The modified-Poisson and logistic fits: figures a biostatistician can check by hand,
statsmodels on continuous and long data, and the reason given when there is no estimate."""

from __future__ import annotations

import math
import random

import numpy as np
import pytest
import statsmodels.api as sm
from scipy.stats import norm

from journal.core.stats import regression
from journal.core.stats.regression import NotEstimable

TOL = 1e-8


def _binary(a: int, b: int, c: int, d: int) -> tuple[dict[str, list[float]], list[int]]:
    """a exposed days with the outcome, b exposed without, c unexposed with, d without."""
    x = [1.0] * (a + b) + [0.0] * (c + d)
    y = [1] * a + [0] * b + [1] * c + [0] * d
    return {"low": x}, y


def test_poisson_on_one_flag_is_the_risk_ratio_with_katz_errors() -> None:
    # 6 of 10 exposed days, 2 of 10 unexposed: RR = 0.6 / 0.2 = 3. The robust (HC0)
    # variance of a saturated model is the Katz one: 1/6 - 1/10 + 1/2 - 1/10 = 7/15.
    fit = regression.fit(*_binary(6, 4, 2, 8))
    assert fit.model == "poisson"
    intercept, low = fit.terms
    assert intercept.name == "intercept"
    assert fit.term("intercept").ratio == pytest.approx(0.2, rel=TOL)  # the unexposed rate
    assert low.name == "low"
    assert low.ratio == pytest.approx(3.0, rel=TOL)
    se = math.sqrt(7 / 15)
    assert low.se == pytest.approx(se, rel=TOL)
    z = norm.ppf(0.975)
    assert (low.low, low.high) == pytest.approx((3 * math.exp(-z * se), 3 * math.exp(z * se)))
    assert low.p == pytest.approx(2 * norm.sf(math.log(3) / se), rel=TOL)
    # The intercept's own error: 1/2 - 1/10 = 0.4 on the log rate.
    assert intercept.se == pytest.approx(math.sqrt(0.4), rel=TOL)
    assert fit.iterations >= 1


def test_logistic_on_one_flag_is_the_odds_ratio_with_woolf_errors() -> None:
    # OR = (6 x 8) / (4 x 2) = 6; Woolf: se^2 = 1/6 + 1/4 + 1/2 + 1/8 = 25/24.
    fit = regression.fit(*_binary(6, 4, 2, 8), model="logistic")
    assert fit.model == "logistic"
    intercept, low = fit.terms
    assert intercept.ratio == pytest.approx(2 / 8, rel=TOL)  # the unexposed odds
    assert low.ratio == pytest.approx(6.0, rel=TOL)
    assert low.se == pytest.approx(math.sqrt(25 / 24), rel=TOL)
    assert low.p == pytest.approx(2 * norm.sf(math.log(6) / math.sqrt(25 / 24)), rel=TOL)


def _continuous(seed: int, n: int) -> tuple[dict[str, list[float]], list[int]]:
    rng = random.Random(seed)
    mg = [rng.uniform(150, 450) for _ in range(n)]
    ex = [float(rng.random() < 0.3) for _ in range(n)]
    y = [int(rng.random() < 0.45 - m / 1500 + 0.1 * e) for m, e in zip(mg, ex, strict=True)]
    return {"mg": mg, "exercise": ex}, y


@pytest.mark.parametrize("model", ["poisson", "logistic"])
def test_a_continuous_intake_matches_statsmodels(model: str) -> None:
    """Magnesium in mg (hundreds) as a covariate: the fit must start where exp() is finite."""
    columns, y = _continuous(3, 300)
    ours = regression.fit(columns, y, model)
    x = sm.add_constant(np.column_stack(list(columns.values())))
    family = sm.families.Poisson() if model == "poisson" else sm.families.Binomial()
    ref = sm.GLM(np.array(y), x, family=family).fit(
        tol=1e-14, cov_type="HC0" if model == "poisson" else "nonrobust"
    )
    for term, coef, se in zip(ours.terms, ref.params, ref.bse, strict=True):
        assert term.coef == pytest.approx(coef, rel=1e-6, abs=1e-9)
        assert term.se == pytest.approx(se, rel=1e-6)


def test_a_long_journal_converges_and_matches_statsmodels() -> None:
    """Ten years of days: the stopping rule is relative to the size of the likelihood."""
    rng = random.Random(11)
    n = 3650
    low = [float(rng.random() < 0.4) for _ in range(n)]
    y = [int(rng.random() < (0.3 if lo else 0.15)) for lo in low]
    ours = regression.fit({"low": low}, y)
    ref = sm.GLM(np.array(y), sm.add_constant(np.array(low)), family=sm.families.Poisson()).fit(
        tol=1e-14, cov_type="HC0"
    )
    assert ours.terms[1].coef == pytest.approx(ref.params[1], rel=1e-9)
    assert ours.terms[1].se == pytest.approx(ref.bse[1], rel=1e-9)


@pytest.mark.parametrize("y", [[0] * 6, [1] * 6, []])
def test_an_outcome_that_never_or_always_happens_is_refused(y: list[int]) -> None:
    with pytest.raises(NotEstimable, match=r"^the outcome never or always happens$"):
        regression.fit({"low": [1.0, 0.0, 1.0, 0.0, 1.0, 0.0][: len(y)]}, y)


@pytest.mark.parametrize("model", ["poisson", "logistic"])
def test_separation_in_the_first_column_is_named(model: str) -> None:
    # The outcome only ever on unexposed days: the exposure's coefficient runs to -inf.
    columns = {"low": [1.0, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0], "ex": [1, 0, 1, 0, 1, 0, 1]}
    y = [0, 0, 0, 1, 0, 1, 1]
    with pytest.raises(
        NotEstimable, match=r"^separation: some column predicts the outcome perfectly$"
    ):
        regression.fit(columns, y, model)


def test_a_constant_column_is_named() -> None:
    with pytest.raises(NotEstimable, match=r"^a column is constant or collinear with others$"):
        regression.fit({"x": [1.0] * 6}, [0, 1, 0, 1, 0, 0])


def test_solve_inverse_needs_pivoting_and_matches_numpy() -> None:
    # The last row has no entry in the first column: it cannot be the first pivot.
    m = [[2.0, 1.0, 0.0], [1.0, 2.0, 0.0], [0.0, 0.0, 3.0]]
    assert np.allclose(regression.solve_inverse(m), np.linalg.inv(np.array(m)), atol=1e-12)
    m = [[0.0, 1.0, 0.0], [1.0, 0.0, 0.0], [0.0, 0.0, 1.0]]  # a zero on the diagonal
    assert np.allclose(regression.solve_inverse(m), np.linalg.inv(np.array(m)), atol=1e-12)


def test_solve_inverse_judges_collinearity_relative_to_the_matrix_size() -> None:
    tiny = [[1e-13, 2e-14], [2e-14, 1e-13]]  # well conditioned, only small
    assert np.allclose(regression.solve_inverse(tiny), np.linalg.inv(np.array(tiny)), rtol=1e-9)
    big = [[1e6, 1e6], [1e6, 1e6 + 1e-7]]  # 1e-7 next to 1e6 is rounding, not information
    with pytest.raises(NotEstimable):
        regression.solve_inverse(big)


def test_crossprod_skips_zero_weights_without_stopping() -> None:
    x = [[1.0, 0.0, 2.0], [1.0, 1.0, 0.0], [1.0, 1.0, 3.0], [1.0, 0.5, 1.0]]
    w = [1.0, 0.0, 2.0, 0.5]
    expected = np.array(x).T @ np.diag(w) @ np.array(x)
    assert np.allclose(regression._crossprod(x, w), expected, atol=1e-12)


@pytest.mark.parametrize("model", ["poisson", "logistic"])
def test_no_difference_at_all_is_fitted_from_the_start(model: str) -> None:
    """3 of 10 exposed days and 6 of 20 unexposed: both 30%, so the starting point (the
    overall rate, no effect) is already the estimate: one step that moves nothing and one
    that confirms it."""
    fit = regression.fit(*_binary(3, 7, 6, 14), model=model)
    assert fit.terms[1].coef == pytest.approx(0.0, abs=1e-15)
    assert fit.terms[1].ratio == pytest.approx(1.0, abs=1e-15)
    odds = 0.3 / 0.7 if model == "logistic" else 0.3
    assert fit.terms[0].ratio == pytest.approx(odds, rel=TOL)
    assert fit.iterations == 2


def test_the_inverse_of_no_columns_is_empty() -> None:
    assert regression.solve_inverse([]) == []


def _short_journal(seed: int) -> tuple[dict[str, list[float]], list[int]]:
    rng = random.Random(seed)
    n = rng.choice([20, 60, 200, 1000, 3650])
    k = rng.randint(1, 3)
    columns = {
        f"c{j}": [
            float(rng.random() < rng.uniform(0.1, 0.6)) if j or seed % 3 else rng.uniform(100, 450)
            for _ in range(n)
        ]
        for j in range(k)
    }
    return columns, [int(rng.random() < rng.uniform(0.05, 0.5)) for _ in range(n)]


@pytest.mark.parametrize(("seed", "model"), [(2, "logistic"), (18, "poisson"), (22, "poisson")])
def test_the_fit_runs_to_statsmodels_precision_not_just_near_it(seed: int, model: str) -> None:
    """20 to 60 days, where a stop one step early still looks right to 1e-7."""
    columns, y = _short_journal(seed)
    ours = regression.fit(columns, y, model)
    x = sm.add_constant(np.column_stack(list(columns.values())), has_constant="add")
    family = sm.families.Poisson() if model == "poisson" else sm.families.Binomial()
    ref = sm.GLM(np.array(y), x, family=family).fit(
        tol=1e-15, cov_type="HC0" if model == "poisson" else "nonrobust"
    )
    for term, coef, se in zip(ours.terms, ref.params, ref.bse, strict=True):
        assert term.coef == pytest.approx(coef, rel=1e-11, abs=1e-12)
        assert term.se == pytest.approx(se, rel=1e-11)
