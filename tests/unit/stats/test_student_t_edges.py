"""Student's t and least squares at their edges, against scipy and numpy, and their refusals."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats as sp

from journal.core.stats.student_t import ols, t_cdf, t_quantile


@pytest.mark.parametrize("df", [1, 3, 30])
@pytest.mark.parametrize("t", [-math.inf, -4.0, -1.0, 0.0, 0.5, 1.0, 4.0, math.inf])
def test_the_t_cdf_matches_scipy_including_zero_and_both_infinities(t: float, df: int) -> None:
    assert abs(t_cdf(t, df) - sp.t.cdf(t, df)) < 1e-12


@pytest.mark.parametrize("df", [1, 3, 30])
@pytest.mark.parametrize("p", [0.001, 0.025, 0.3, 0.5, 0.7, 0.975, 0.999])
def test_the_t_quantile_matches_scipy_below_and_above_the_middle(p: float, df: int) -> None:
    # Bisection to 1e-10 in t, on a CDF good to ~1e-9 near the middle: 1e-7 in all.
    assert abs(t_quantile(p, df) - sp.t.ppf(p, df)) < 1e-7


@pytest.mark.parametrize("p", [0.0, 1.0, -0.1, 1.5])
def test_a_quantile_outside_0_and_1_is_refused_in_words(p: float) -> None:
    with pytest.raises(ValueError) as refused:
        t_quantile(p, 5)
    assert str(refused.value) == "p must be between 0 and 1"


def test_least_squares_matches_numpy_and_reports_the_residuals() -> None:
    rows = [[1.0, float(x)] for x in range(8)]
    y = [2.0, 2.9, 4.2, 4.8, 6.1, 7.2, 7.9, 9.1]
    fit = ols(rows, y)
    coef, residuals, *_ = np.linalg.lstsq(np.array(rows), np.array(y), rcond=None)
    assert np.allclose(fit.coef, coef, atol=1e-10)
    assert fit.df == 6
    assert fit.rss == pytest.approx(float(residuals[0]), abs=1e-10)


def test_a_perfect_fit_has_no_residual_and_no_spread() -> None:
    fit = ols([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]], [1.0, 3.0, 5.0])
    assert fit.rss == pytest.approx(0.0, abs=1e-12) and fit.rss >= 0.0
    assert all(se == pytest.approx(0.0, abs=1e-6) for se in fit.se)


def test_as_many_coefficients_as_observations_is_refused_in_words() -> None:
    with pytest.raises(ValueError) as refused:
        ols([[1.0, 0.0], [1.0, 1.0]], [1.0, 2.0])
    assert str(refused.value) == "more observations than coefficients are needed"


def test_a_column_that_repeats_another_is_refused_in_words() -> None:
    with pytest.raises(ValueError) as refused:
        ols([[1.0, 2.0], [1.0, 2.0], [1.0, 2.0]], [1.0, 2.0, 3.0])
    assert str(refused.value) == "the design is singular"


def test_rows_and_outcomes_of_different_lengths_are_refused_not_cut() -> None:
    with pytest.raises(ValueError):
        ols([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0], [1.0, 3.0]], [1.0, 2.0, 3.0])
