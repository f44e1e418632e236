"""Poisson within strata: statsmodels' GLM with a dummy per stratum (HC0 and Newey-West),
the intercept model when there is one stratum, and strata that say nothing left out."""

from __future__ import annotations

import math
import random

import numpy as np
import pytest
import statsmodels.api as sm

from journal.core.stats import regression, within
from journal.core.stats.regression import NotEstimable


def _streaky(seed: int, n: int, strata: int) -> tuple[dict[str, list[float]], list[int], list[int]]:
    """Low days and symptom days in streaks (a two-state chain each), symptoms commoner in
    later strata, exercise at random; strata are equal runs of days."""
    rng = random.Random(seed)
    low, y, ex, lo, s = [], [], [], False, False
    stratum = [k * strata // n for k in range(n)]
    for k in range(n):
        lo = rng.random() < (0.7 if lo else 0.2)
        s = rng.random() < (0.5 if s else 0.08) * (1.5 if lo else 1.0) * (1 + 0.2 * stratum[k])
        low.append(float(lo))
        ex.append(float(rng.random() < 0.25))
        y.append(int(s))
    return {"low": low, "exercise": ex}, y, stratum


def _reference(columns: dict[str, list[float]], y: list[int], stratum: list[int], **fit_args):
    levels = sorted(set(stratum))[1:]
    x = np.column_stack([*columns.values(), *([float(s == v) for s in stratum] for v in levels)])
    model = sm.GLM(np.array(y), sm.add_constant(x), family=sm.families.Poisson())
    return model.fit(tol=1e-14, **fit_args)


@pytest.mark.parametrize(("seed", "n", "strata"), [(1, 90, 3), (7, 365, 12), (3, 1000, 12)])
def test_the_fit_is_statsmodels_with_a_dummy_per_stratum(seed: int, n: int, strata: int) -> None:
    columns, y, stratum = _streaky(seed, n, strata)
    assert all(any(yi for yi, s in zip(y, stratum, strict=True) if s == v) for v in range(strata))
    lags = within.newey_west_lags(n)
    ours = within.fit(columns, y, stratum, serial=("low",), lags=lags)
    hac = _reference(columns, y, stratum, cov_type="HAC", cov_kwds={"maxlags": lags})
    hc0 = _reference(columns, y, stratum, cov_type="HC0")
    low, exercise = ours.term("low"), ours.term("exercise")
    assert (low.coef, exercise.coef) == (
        pytest.approx(hac.params[1], rel=1e-9),
        pytest.approx(hac.params[2], rel=1e-9, abs=1e-12),
    )
    assert low.se == pytest.approx(hac.bse[1], rel=1e-9)
    assert low.p == pytest.approx(hac.pvalues[1], rel=1e-6)
    assert low.low == pytest.approx(math.exp(hac.conf_int()[1][0]), rel=1e-9)
    assert low.high == pytest.approx(math.exp(hac.conf_int()[1][1]), rel=1e-9)
    assert low.ratio == pytest.approx(math.exp(hac.params[1]), rel=1e-9)
    assert ours.model == "poisson" and 2 <= ours.iterations < regression.MAX_ITERATIONS
    assert exercise.se == pytest.approx(hc0.bse[2], rel=1e-9)  # not named: HC0
    assert low.se > hc0.bse[1]  # streaks in both series: independent days' error is too small


def test_one_stratum_is_the_intercept_model() -> None:
    columns, y, _ = _streaky(4, 200, 1)
    ours = within.fit(columns, y, [0] * 200)
    plain = regression.fit(columns, y)
    for name in columns:
        assert ours.term(name).coef == pytest.approx(plain.term(name).coef, rel=1e-9)
        assert ours.term(name).se == pytest.approx(plain.term(name).se, rel=1e-9)


def test_a_stratum_without_the_outcome_is_left_out() -> None:
    """Its level would be minus infinity; the others are fitted as if it were not there."""
    columns, y, stratum = _streaky(5, 300, 3)
    y = [0 if s == 1 else yi for yi, s in zip(y, stratum, strict=True)]
    ours = within.fit(columns, y, stratum, serial=("low",), lags=4)
    keep = [k for k, s in enumerate(stratum) if s != 1]
    ref = _reference(
        {name: [col[k] for k in keep] for name, col in columns.items()},
        [y[k] for k in keep],
        [stratum[k] for k in keep],
        cov_type="HAC",
        cov_kwds={"maxlags": 4},
    )
    assert ours.term("low").coef == pytest.approx(ref.params[1], rel=1e-9)
    assert ours.term("low").se == pytest.approx(ref.bse[1], rel=1e-9)


def test_no_outcome_anywhere_and_separation_are_refused() -> None:
    with pytest.raises(NotEstimable, match=r"^the outcome never happens$"):
        within.fit({"low": [1.0, 0.0, 1.0]}, [0, 0, 0], [0, 0, 1])
    # every outcome on a low day, in both strata: the low coefficient runs off
    low = [1.0, 0.0] * 10
    y = [1, 0] * 10
    with pytest.raises(
        NotEstimable, match=r"^separation: some column predicts the outcome perfectly$"
    ):
        within.fit({"low": low}, y, [k // 10 for k in range(20)])


def test_newey_west_lags_follow_their_rule() -> None:
    # floor(4 (n / 100) ^ (2/9)): 3 at 90 days, 5 at a year, 8 at ten years (11 at 10,000
    # rows, where the power 2/10 would give 10)
    ns = (0, 1, 90, 100, 365, 3650, 10_000)
    assert [within.newey_west_lags(n) for n in ns] == [0, 1, 3, 4, 5, 8, 11]


def test_no_lags_is_hc0_and_one_lag_adds_the_neighbours_product() -> None:
    columns, y, stratum = _streaky(6, 120, 2)
    hc0 = within.fit(columns, y, stratum)
    none = within.fit(columns, y, stratum, serial=("low",), lags=0)
    one = within.fit(columns, y, stratum, serial=("low",), lags=1)
    ref = _reference(columns, y, stratum, cov_type="HAC", cov_kwds={"maxlags": 1})
    assert none.term("low").se == pytest.approx(hc0.term("low").se, rel=1e-12)
    assert one.term("low").se == pytest.approx(ref.bse[1], rel=1e-9)
    assert one.term("low").se != pytest.approx(hc0.term("low").se, rel=1e-3)


def test_serial_without_lags_is_hc0() -> None:
    columns, y, stratum = _streaky(8, 150, 2)
    hc0 = within.fit(columns, y, stratum)
    assert within.fit(columns, y, stratum, serial=("low",)).term("low").se == pytest.approx(
        hc0.term("low").se, rel=1e-12
    )


def test_the_objective_is_minus_the_full_models_log_likelihood() -> None:
    """With each stratum's level at its best: -llf = sum_s Y_s log(sum_s e^eta) - sum y eta
    - sum_s (Y_s log Y_s - Y_s), statsmodels' llf of the model with a dummy per stratum."""
    columns, y, stratum = _streaky(9, 200, 3)
    fit = within.fit(columns, y, stratum)
    beta = [t.coef for t in fit.terms]
    keys = [(s, tuple(float(columns[c][k]) for c in columns)) for k, s in enumerate(stratum)]
    totals: dict[int, int] = {}
    for s, yi in zip(stratum, y, strict=True):
        totals[s] = totals.get(s, 0) + yi
    objective = within._objective(
        keys, [list(k[1]) for k in keys], [1.0] * len(y), [float(v) for v in y], beta, totals
    )
    constant = sum(t * math.log(t) - t for t in totals.values() if t)
    reference = _reference(columns, y, stratum)
    assert objective - constant == pytest.approx(-reference.llf, rel=1e-9)
    moved = [beta[0] + 0.1, *beta[1:]]  # the MLE is the minimum
    assert (
        within._objective(
            keys, [list(k[1]) for k in keys], [1.0] * len(y), [float(v) for v in y], moved, totals
        )
        > objective
    )


def test_newey_west_reaches_at_most_the_rows_there_are() -> None:
    """Three rows and five lags: the products one and two rows apart, weighted 1 - l/6."""
    v = [1.0, 2.0, -1.0]
    expected = (1 + 4 + 1) + 2 * (5 / 6) * (2 - 2) + 2 * (4 / 6) * (-1)
    assert within._newey_west(v, 5) == pytest.approx(expected, rel=1e-12)
    assert within._newey_west(v, 1) == pytest.approx(6 + 2 * 0.5 * 0.0, rel=1e-12)
    assert within._newey_west([0.5, -3.0], 0) == pytest.approx(9.25, rel=1e-12)


def test_a_fit_that_runs_out_of_steps_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    columns, y, stratum = _streaky(10, 120, 2)
    monkeypatch.setattr(within, "MAX_ITERATIONS", 1)
    with pytest.raises(NotEstimable, match=r"^the fit did not converge$"):
        within.fit(columns, y, stratum)
