"""Mantel-Haenszel pooled ratios: the figures, their intervals and p, which strata count.

Checked against statsmodels' StratifiedTable (odds ratio, its interval and standard
error), the Greenland-Robins variance written out by hand (risk ratio), and scipy's
normal distribution for the Wald p.
"""

from __future__ import annotations

import math
import random

import numpy as np
import pytest
from scipy.stats import norm
from statsmodels.stats.contingency_tables import StratifiedTable

from journal.core.stats import mantel_haenszel as mh
from journal.core.stats.contingency import Table2x2

TOL = 1e-9


def _reference(tables: list[Table2x2]) -> StratifiedTable:
    return StratifiedTable([np.array([[t.a, t.b], [t.c, t.d]], dtype=float) for t in tables])


def _wald(log_ratio: float, se: float) -> float:
    return float(2 * norm.sf(abs(log_ratio) / se))


def _greenland_robins(tables: list[Table2x2]) -> tuple[float, float]:
    """RR_MH and the standard error of its log, term by term as in Greenland & Robins (1985)."""
    top = bottom = var_num = 0.0
    for t in tables:
        n1, n0 = t.a + t.b, t.c + t.d
        n, m1 = n1 + n0, t.a + t.c
        top += t.a * n0 / n
        bottom += t.c * n1 / n
        var_num += (n1 * n0 * m1 - t.a * t.c * n) / n**2
    return top / bottom, math.sqrt(var_num / (top * bottom))


def _random_tables(seed: int) -> list[Table2x2]:
    rng = random.Random(seed)
    return [Table2x2(*(rng.randint(0, 25) + 1 for _ in range(4))) for _ in range(rng.randint(2, 5))]


def test_odds_ratio_by_hand() -> None:
    # Stratum 1 (n 6): R = 2*2/6 = 4/6, S = 1*1/6 = 1/6. Stratum 2 (n 6): R = 3*1/6, S = 1*1/6.
    # OR_MH = (4/6 + 3/6) / (1/6 + 1/6) = 7/2.
    odds = mh.odds_ratio([Table2x2(2, 1, 1, 2), Table2x2(3, 1, 1, 1)])
    assert odds is not None
    assert odds.ratio == pytest.approx(3.5, rel=TOL)
    assert odds.strata == 2


def test_risk_ratio_by_hand() -> None:
    # Stratum 1: a n0 / n = 2*3/6 = 1, c n1 / n = 1*3/6 = 1/2.
    # Stratum 2: a n0 / n = 3*2/6 = 1, c n1 / n = 1*4/6 = 2/3.  RR_MH = 2 / (7/6) = 12/7.
    risk = mh.risk_ratio([Table2x2(2, 1, 1, 2), Table2x2(3, 1, 1, 1)])
    assert risk is not None
    assert risk.ratio == pytest.approx(12 / 7, rel=TOL)
    # var numerator: (3*3*3 - 2*1*6)/36 + (4*2*4 - 3*1*6)/36 = 15/36 + 14/36 = 29/36;
    # var = (29/36) / (2 * 7/6) = 29/84.
    assert risk.se == pytest.approx(math.sqrt(29 / 84), rel=TOL)


@pytest.mark.parametrize("seed", range(8))
def test_odds_ratio_se_interval_and_p_match_statsmodels(seed: int) -> None:
    tables = _random_tables(seed)
    ref = _reference(tables)
    odds = mh.odds_ratio(tables)
    assert odds is not None
    assert odds.ratio == pytest.approx(ref.oddsratio_pooled, rel=TOL)
    assert odds.se == pytest.approx(ref.logodds_pooled_se, rel=TOL)
    assert (odds.low, odds.high) == pytest.approx(ref.oddsratio_pooled_confint(), rel=TOL)
    assert odds.p == pytest.approx(_wald(ref.logodds_pooled, ref.logodds_pooled_se), rel=TOL)
    assert odds.strata == len(tables)


@pytest.mark.parametrize("seed", range(8))
def test_risk_ratio_se_interval_and_p(seed: int) -> None:
    tables = _random_tables(seed)
    ratio, se = _greenland_robins(tables)
    risk = mh.risk_ratio(tables)
    assert risk is not None
    assert risk.ratio == pytest.approx(_reference(tables).riskratio_pooled, rel=TOL)
    assert risk.ratio == pytest.approx(ratio, rel=TOL)
    assert risk.se == pytest.approx(se, rel=TOL)
    z = norm.ppf(0.975)
    assert risk.low == pytest.approx(ratio * math.exp(-z * se), rel=TOL)
    assert risk.high == pytest.approx(ratio * math.exp(z * se), rel=TOL)
    assert risk.p == pytest.approx(_wald(math.log(ratio), se), rel=TOL)
    assert risk.strata == len(tables)


def test_a_strong_association_has_an_interval_above_one_and_a_small_p() -> None:
    # 20 of 25 exposed days with the symptom against 5 of 25, in each of two strata.
    tables = [Table2x2(20, 5, 5, 20), Table2x2(20, 5, 5, 20)]
    for pooled in (mh.risk_ratio(tables), mh.odds_ratio(tables)):
        assert pooled is not None
        assert 1 < pooled.low < pooled.ratio < pooled.high
        assert pooled.p < 0.001


def test_strata_missing_a_group_are_left_out_and_not_counted() -> None:
    informative = [Table2x2(4, 6, 2, 8), Table2x2(3, 2, 1, 4)]
    empty_rows = [
        Table2x2(0, 0, 3, 4),  # no exposed day
        Table2x2(5, 2, 0, 0),  # no unexposed day
        Table2x2(0, 0, 0, 0),  # no day at all
        Table2x2(1, 0, 0, 0),  # a single day
    ]
    ref = _reference(informative)
    for tables in (empty_rows + informative, informative + empty_rows):
        odds, risk = mh.odds_ratio(tables), mh.risk_ratio(tables)
        assert odds is not None and risk is not None
        assert (odds.strata, risk.strata) == (2, 2)
        assert odds.ratio == pytest.approx(ref.oddsratio_pooled, rel=TOL)
        assert odds.se == pytest.approx(ref.logodds_pooled_se, rel=TOL)
        assert risk.ratio == pytest.approx(ref.riskratio_pooled, rel=TOL)
        assert risk.se == pytest.approx(_greenland_robins(informative)[1], rel=TOL)


def test_a_stratum_of_two_days_one_each_way_counts() -> None:
    # One exposed day with the symptom, one unexposed day without: n = 2, both groups present.
    pair = Table2x2(1, 0, 0, 1)
    other = Table2x2(2, 3, 4, 1)
    odds = mh.odds_ratio([pair, other])
    risk = mh.risk_ratio([pair, other])
    assert odds is not None and risk is not None
    assert (odds.strata, risk.strata) == (2, 2)
    # OR: R = 1*1/2 + 2*1/10 = 0.7, S = 0 + 3*4/10 = 1.2.
    assert odds.ratio == pytest.approx(0.7 / 1.2, rel=TOL)
    # RR: top = 1*1/2 + 2*5/10 = 1.5, bottom = 0 + 4*5/10 = 2.
    assert risk.ratio == pytest.approx(0.75, rel=TOL)


def test_no_ratio_when_one_side_never_had_the_symptom() -> None:
    no_exposed_cases = [Table2x2(0, 5, 3, 4), Table2x2(0, 2, 1, 1)]
    no_unexposed_cases = [Table2x2(2, 5, 0, 4), Table2x2(1, 2, 0, 1)]
    assert mh.risk_ratio(no_exposed_cases) is None  # top is 0, bottom is not
    assert mh.risk_ratio(no_unexposed_cases) is None  # bottom is 0, top is not
    assert mh.odds_ratio(no_exposed_cases) is None  # a d is 0 everywhere, b c is not
    assert mh.odds_ratio(no_unexposed_cases) is None  # b c is 0 everywhere, a d is not
    all_cases = [Table2x2(3, 0, 2, 0)]  # every day a symptom day: b and d are 0
    assert mh.odds_ratio(all_cases) is None
    assert mh.risk_ratio([]) is None
    assert mh.odds_ratio([]) is None


def test_wald_p_matches_the_normal_distribution_and_is_symmetric() -> None:
    for log_ratio, se in ((0.5, 0.3), (1.2, 0.4), (0.01, 2.0)):
        expected = _wald(log_ratio, se)
        assert mh.wald_p(log_ratio, se) == pytest.approx(expected, rel=TOL)
        assert mh.wald_p(-log_ratio, se) == pytest.approx(expected, rel=TOL)
    assert mh.wald_p(0.0, 0.5) == 1.0  # no difference at all


def test_wald_p_without_a_usable_standard_error_is_one() -> None:
    for se in (0.0, -0.5, math.inf, math.nan):
        assert mh.wald_p(0.7, se) == 1.0
    # A small but positive standard error is a real, tiny p, not "no evidence".
    assert mh.wald_p(0.7, 0.5) == pytest.approx(_wald(0.7, 0.5), rel=TOL)
    assert mh.wald_p(0.7, 0.5) < 0.2
