"""The linear model the trial used before (`core/trial/linear.py`, the bench's "before")
against numpy and scipy."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from scipy import stats

from journal.core.trial.linear import PRIOR_G, estimate
from journal.core.trial.plan import Plan
from journal.core.trial.trial import Trial

START = date(2026, 1, 5)


def _posterior(x: np.ndarray, y: np.ndarray, g: float | None) -> stats.rv_continuous:
    """Reference: the effect's posterior by least squares in numpy and Student's t in scipy.

    A N(0, sigma^2 g) prior on the effect is the same as one more observation, 0, on a
    row that is 1/sqrt(g) in the effect's column (flat priors otherwise)."""
    if g is not None:
        x = np.vstack([x, [0.0, 1 / np.sqrt(g)] + [0.0] * (x.shape[1] - 2)])
        y = np.append(y, 0.0)
    coef, rss, *_ = np.linalg.lstsq(x, y, rcond=None)
    df = len(y) - x.shape[1]
    se = np.sqrt(rss[0] / df * np.linalg.inv(x.T @ x)[1, 1])
    return stats.t(df=df, loc=-coef[1], scale=se)  # the reduction is minus the effect


@pytest.mark.parametrize("g", [PRIOR_G, None])
def test_the_linear_model_matches_numpy_and_scipy(g: float | None) -> None:
    t = Trial(Plan("glycinate", 300, seed=7, pairs=4, created=START)).started(START)
    rates = {1: 5.0, 2: 2.5, 3: 4.0, 4: 2.0, 5: 1.5, 6: 3.9, 7: 1.0, 8: 2.8}
    y = np.array([rates[p.number] for p in t.periods])
    mg = np.array([1.0 if t.on_magnesium(p) else 0.0 for p in t.periods])
    x = np.column_stack([np.ones(8), mg, np.arange(1, 9)])
    rows = [(rates[p.number], t.on_magnesium(p), p.number) for p in t.periods]
    est = estimate(rows, 1.0, prior_g=g)
    assert est is not None and est.pairs == 4
    posterior = _posterior(x, y, g)
    assert est.df == (6 if g else 5)
    assert est.reduction == pytest.approx(posterior.mean(), abs=1e-9)
    assert est.p_benefit == pytest.approx(posterior.sf(1.0), abs=1e-7)
    assert (est.low, est.high) == pytest.approx(posterior.interval(0.9), abs=1e-7)


def test_without_the_period_term_it_is_the_two_sample_t_posterior() -> None:
    rows = [(4.0, False, 1), (2.0, True, 2), (3.5, True, 3), (5.0, False, 4), (1.0, True, 5)]
    est = estimate(rows, 1.0, period_term=False, prior_g=None)
    assert est is not None
    on = [2.0, 3.5, 1.0]
    off = [4.0, 5.0]
    res = stats.ttest_ind(off, on)  # pooled variance, df = n - 2
    diff = np.mean(off) - np.mean(on)
    assert est.reduction == pytest.approx(diff)
    assert est.df == 3
    se = diff / res.statistic
    assert est.p_benefit == pytest.approx(stats.t(3, loc=diff, scale=se).sf(1.0), abs=1e-7)


def test_the_sceptical_prior_pulls_towards_no_effect() -> None:
    rows = [(4.0, False, 1), (2.0, True, 2), (3.5, True, 3), (5.0, False, 4)]
    flat = estimate(rows, 1.0, prior_g=None)
    sceptical = estimate(rows, 1.0)
    assert flat is not None and sceptical is not None
    assert 0 < sceptical.reduction < flat.reduction


def test_too_few_weeks_or_one_arm_only_gives_no_answer() -> None:
    """Three weekly rates fit a, b and no period term (one degree of freedom left once
    the prior on b counts as a row); with the period term they need a fourth. Every
    week on magnesium (or every week off) says nothing about magnesium at all."""
    three = [(4.0, False, 1), (2.0, True, 2), (3.5, True, 3)]
    assert estimate(three, 1.0, period_term=False) is not None
    assert estimate(three, 1.0, period_term=True) is None
    assert estimate([*three, (5.0, False, 4)], 1.0, period_term=True) is not None
    one_arm = [(4.0, True, 1), (2.0, True, 2), (3.5, True, 3), (5.0, True, 4)]
    assert estimate(one_arm, 1.0) is None


def test_an_odd_week_out_counts_no_half_pair() -> None:
    rows = [(4.0, False, 1), (2.0, True, 2), (3.5, True, 3), (5.0, False, 4), (1.0, True, 5)]
    est = estimate(rows, 1.0)
    assert est is not None and est.pairs == 2 and isinstance(est.pairs, int)
