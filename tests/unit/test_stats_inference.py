"""core/stats' inference against statsmodels and scipy: BH q, MH ratios, GLMs, power."""

from __future__ import annotations

import math
import random

import numpy as np
import pytest
import statsmodels.api as sm
from statsmodels.stats.contingency_tables import StratifiedTable
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.power import normal_power_het

from journal.core.stats import mantel_haenszel as mh
from journal.core.stats import regression
from journal.core.stats.contingency import Table2x2
from journal.core.stats.fdr import bh_q, survivors
from journal.core.stats.power import days_needed, power

TOL = 1e-9


@pytest.mark.parametrize("seed", range(6))
def test_bh_q_matches_statsmodels(seed: int) -> None:
    rng = random.Random(seed)
    ps = [rng.random() ** 3 for _ in range(rng.randint(1, 80))]
    ps += ps[:3]  # ties
    expected = multipletests(ps, alpha=0.05, method="fdr_bh")
    assert bh_q(ps) == pytest.approx(list(expected[1]), abs=TOL)
    assert survivors(ps) == list(expected[0])


def test_bh_is_stricter_than_raw_p() -> None:
    # 20 tests, one at p 0.01: raw p would call it; BH (q = 0.2) does not.
    ps = [0.01] + [0.5] * 19
    assert bh_q(ps)[0] == pytest.approx(0.2)
    assert survivors(ps) == [False] * 20


def _tables(rng: random.Random, k: int) -> list[Table2x2]:
    return [Table2x2(*(rng.randint(1, 30) for _ in range(4))) for _ in range(k)]


@pytest.mark.parametrize("seed", range(6))
def test_mantel_haenszel_matches_statsmodels(seed: int) -> None:
    rng = random.Random(seed)
    tables = _tables(rng, rng.randint(1, 6))
    ref = StratifiedTable([np.array([[t.a, t.b], [t.c, t.d]], dtype=float) for t in tables])
    odds = mh.odds_ratio(tables)
    assert odds is not None
    assert odds.ratio == pytest.approx(ref.oddsratio_pooled, rel=TOL)
    low, high = ref.oddsratio_pooled_confint()
    assert (odds.low, odds.high) == pytest.approx((low, high), rel=TOL)
    risk = mh.risk_ratio(tables)
    assert risk is not None
    assert risk.ratio == pytest.approx(ref.riskratio_pooled, rel=TOL)


def test_mh_risk_ratio_interval_is_greenland_robins() -> None:
    # Rothman's textbook layout, computed by the Greenland-Robins formula in numpy.
    tables = [Table2x2(8, 98, 5, 115), Table2x2(22, 76, 16, 69)]
    a = np.array([[t.a, t.b, t.c, t.d] for t in tables], dtype=float)
    n1, n0 = a[:, 0] + a[:, 1], a[:, 2] + a[:, 3]
    n, m1 = n1 + n0, a[:, 0] + a[:, 2]
    r, s = a[:, 0] * n0 / n, a[:, 2] * n1 / n
    var = ((n1 * n0 * m1 - a[:, 0] * a[:, 2] * n) / n**2).sum() / (r.sum() * s.sum())
    risk = mh.risk_ratio(tables)
    assert risk is not None
    assert risk.ratio == pytest.approx(r.sum() / s.sum(), rel=TOL)
    assert risk.se == pytest.approx(math.sqrt(var), rel=TOL)
    z = 1.959963984540054
    assert risk.low == pytest.approx(risk.ratio * math.exp(-z * math.sqrt(var)), rel=TOL)
    # Interval and p agree: the p is the Wald test on the same scale.
    assert (risk.p < 0.05) == (risk.low > 1 or risk.high < 1)


def _data(seed: int, n: int) -> tuple[dict[str, list[float]], list[int]]:
    rng = random.Random(seed)
    low = [float(rng.random() < 0.35) for _ in range(n)]
    exercise = [float(rng.random() < 0.3 + 0.3 * lo) for lo in low]
    alcohol = [float(rng.random() < 0.1) for _ in range(n)]
    y = [
        int(rng.random() < 0.1 * (1.8 if lo else 1) * (2 if ex else 1))
        for lo, ex in zip(low, exercise, strict=True)
    ]
    return {"low": low, "exercise": exercise, "alcohol": alcohol}, y


def _design(columns: dict[str, list[float]]) -> np.ndarray:
    return sm.add_constant(np.column_stack(list(columns.values())), has_constant="add")


@pytest.mark.parametrize("seed", range(4))
def test_poisson_with_robust_errors_matches_statsmodels(seed: int) -> None:
    columns, y = _data(seed, 300)
    ours = regression.fit(columns, y, "poisson")
    ref = sm.GLM(np.array(y), _design(columns), family=sm.families.Poisson()).fit(
        cov_type="HC0", tol=1e-14
    )
    for term, coef, se, p in zip(ours.terms, ref.params, ref.bse, ref.pvalues, strict=True):
        assert term.coef == pytest.approx(coef, abs=TOL)
        assert term.se == pytest.approx(se, abs=TOL)
        assert term.p == pytest.approx(p, abs=TOL)
    low, high = ref.conf_int()[1]
    assert (ours.terms[1].low, ours.terms[1].high) == pytest.approx(
        (math.exp(low), math.exp(high)), rel=TOL
    )


@pytest.mark.parametrize("seed", range(4))
def test_logistic_matches_statsmodels(seed: int) -> None:
    columns, y = _data(seed + 10, 250)
    ours = regression.fit(columns, y, "logistic")
    ref = sm.GLM(np.array(y), _design(columns), family=sm.families.Binomial()).fit(tol=1e-14)
    for term, coef, se in zip(ours.terms, ref.params, ref.bse, strict=True):
        assert term.coef == pytest.approx(coef, abs=TOL)
        assert term.se == pytest.approx(se, abs=TOL)


def test_separation_is_refused_not_misreported() -> None:
    columns = {"x": [1.0, 1.0, 0.0, 0.0, 0.0, 1.0]}
    with pytest.raises(regression.NotEstimable):
        regression.fit(columns, [0, 0, 1, 0, 1, 0], "logistic")
    with pytest.raises(regression.NotEstimable):
        regression.fit({"x": [1.0] * 6}, [0, 1, 0, 1, 0, 0])  # collinear with the intercept


def test_power_matches_statsmodels_and_days_needed_is_the_smallest() -> None:
    rate, share, rr, alpha = 0.15, 0.35, 2.0, 0.02
    p0 = rate / (1 + share * (rr - 1))
    p1 = rr * p0
    sd = math.sqrt((1 - p1) / (share * p1) + (1 - p0) / ((1 - share) * p0))
    for n in (50, 200, 431):
        ref = normal_power_het(math.log(rr), n, alpha, std_null=sd)
        assert power(n, p0, share, rr, alpha) == pytest.approx(ref, abs=TOL)
    n = days_needed(rate, share, rr, alpha, 0.8)
    assert n is not None
    assert power(n, p0, share, rr, alpha) >= 0.8 > power(n - 1, p0, share, rr, alpha)
    assert days_needed(0.0, share) is None
