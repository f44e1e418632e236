"""The standard-library statistics against scipy.stats, to 1e-9."""

from __future__ import annotations

import math
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats as sp
from scipy.stats.contingency import relative_risk as sp_relative_risk

from journal.core.stats import contingency as stats
from journal.core.stats import sparse

TOL = 1e-9

CRAFTED = [
    (8, 2, 1, 5),  # scipy's own example: p 0.034965034965034975
    (9, 5, 3, 27),  # the issue's example sentence
    (3, 3, 3, 3),  # the table at the mode: p 1
    (5, 0, 0, 5),
    (0, 10, 10, 0),
    (0, 5, 3, 7),
    (1, 1, 1, 1),
    (10, 10, 10, 11),
    (1500, 500, 1200, 450),  # ten years of days
    (0, 0, 4, 6),  # an empty row: p 1, no odds ratio
    (7, 12, 7, 12),  # symmetric margins: exactly tied tables on both sides
    (0, 1, 1, 0),  # two equally likely tables, this one and the mode: p 1
    (2, 3, 3, 2),  # tied with the mode (both 100 of 252): p 1
    (0, 6, 7, 4),  # a far table whose recurrence weight lands just below its own: counted once
]


def close(ours: float, theirs: float) -> bool:
    if math.isnan(theirs):
        return math.isnan(ours)
    if math.isinf(theirs):
        return ours == theirs
    return abs(ours - theirs) <= TOL * max(1.0, abs(theirs))


def check_fisher(a: int, b: int, c: int, d: int) -> None:
    t = stats.Table2x2(a, b, c, d)
    expected = sp.fisher_exact([[a, b], [c, d]])
    assert abs(stats.fisher_exact_p(t) - expected.pvalue) <= TOL, (a, b, c, d)
    assert close(stats.odds_ratio(t), float(expected.statistic)), (a, b, c, d)


@pytest.mark.parametrize("cells", CRAFTED)
def test_fisher_and_odds_ratio_match_scipy_on_crafted_tables(cells: tuple[int, ...]) -> None:
    check_fisher(*cells)


def test_fisher_known_value() -> None:
    assert stats.fisher_exact_p(stats.Table2x2(8, 2, 1, 5)) == pytest.approx(
        0.034965034965034975, abs=1e-15
    )
    assert stats.fisher_exact_p(stats.Table2x2(3, 3, 3, 3)) == 1.0


@settings(max_examples=400, deadline=None)
@given(st.lists(st.integers(0, 60), min_size=4, max_size=4))
def test_fisher_matches_scipy_on_random_tables(cells: list[int]) -> None:
    check_fisher(*cells)


def test_fisher_matches_scipy_on_large_and_symmetric_tables() -> None:
    rng = random.Random(6)
    for _ in range(300):
        a, b, c, d = (rng.randint(0, rng.choice([20, 400, 3000])) for _ in range(4))
        check_fisher(a, b, c, d)
        check_fisher(a, b, b, a)  # symmetric: ties across the mode


def test_relative_risk_matches_scipy_katz_interval() -> None:
    rng = random.Random(2)
    for _ in range(300):
        a, b, c, d = (rng.randint(1, 300) for _ in range(4))
        ours = stats.relative_risk(stats.Table2x2(a, b, c, d))
        theirs = sp_relative_risk(a, a + b, c, c + d)
        ci = theirs.confidence_interval(0.95)
        assert ours is not None and not ours.corrected
        assert close(ours.ratio, theirs.relative_risk)
        assert close(ours.low, ci.low) and close(ours.high, ci.high)


def test_relative_risk_with_a_zero_cell_adds_half_and_says_so() -> None:
    ours = stats.relative_risk(stats.Table2x2(5, 0, 2, 8))
    assert ours is not None and ours.corrected
    # scipy takes whole counts only: the Katz formula on the corrected counts by hand.
    ratio = (5.5 / 6) / (2.5 / 11)
    se = math.sqrt(1 / 5.5 - 1 / 6 + 1 / 2.5 - 1 / 11)
    z = sp.norm.ppf(0.975)
    assert close(ours.ratio, ratio)
    assert close(ours.low, ratio * math.exp(-z * se))
    assert close(ours.high, ratio * math.exp(z * se))


def test_relative_risk_undefined_without_days_or_symptoms() -> None:
    assert stats.relative_risk(stats.Table2x2(0, 0, 3, 4)) is None
    assert stats.relative_risk(stats.Table2x2(0, 5, 0, 4)) is None


def test_issue_example_sentence_figures() -> None:
    risk = stats.relative_risk(stats.Table2x2(9, 5, 3, 27))
    assert risk is not None
    # 9 of 14 against 3 of 30: 6.4 times (95% CI 2.05 to 20.1)
    assert round(risk.ratio, 2) == 6.43
    assert (round(risk.low, 2), round(risk.high, 1)) == (2.05, 20.1)


def series(rng: random.Random, n: int) -> tuple[list[float], list[float], list[float]]:
    intake = [rng.choice([rng.gauss(300, 90), 250.0]) for _ in range(n)]
    flags = [float(rng.random() < 0.3) for _ in range(n)]
    severity = [float(rng.randint(1, 5)) if f else 0.0 for f in flags]
    return intake, flags, severity


def exactly_collinear(r: float) -> bool:
    # |r| = 1 in exact arithmetic: the p-value is 0, but scipy's rounding can give
    # r = 1 - 2e-16 and p ~ 1e-8 for three points; compare r only.
    return abs(r) > 1 - 1e-12


@pytest.mark.parametrize("n", [3, 4, 5, 10, 30, 200, 3650])
def test_pearson_point_biserial_and_spearman_match_scipy(n: int) -> None:
    rng = random.Random(n)
    for _ in range(40 if n < 1000 else 3):
        intake, flags, severity = series(rng, n)
        if len(set(flags)) < 2 or len(set(intake)) < 2:
            continue
        r = stats.point_biserial([f == 1.0 for f in flags], intake)
        expected = sp.pointbiserialr(flags, intake)
        assert r is not None and close(r, expected.statistic)
        if not exactly_collinear(expected.statistic):
            assert abs(stats.pearson_p(r, n) - expected.pvalue) <= TOL
        rho = stats.spearman(intake, severity)
        expected = sp.spearmanr(intake, severity)
        assert rho is not None and close(rho, expected.statistic)
        if not exactly_collinear(expected.statistic):
            assert abs(stats.spearman_p(rho, n) - expected.pvalue) <= TOL


def test_sparse_correlation_equals_pearson() -> None:
    rng = random.Random(9)
    intake, _flags, severity = series(rng, 500)
    centred = sparse.Centered(intake)
    at = [i for i, v in enumerate(severity) if v]
    r = sparse.correlation(centred, at, [severity[i] for i in at])
    assert close(r or 0.0, sp.pearsonr(intake, severity)[0])


def test_sparse_flag_correlation_is_point_biserial() -> None:
    rng = random.Random(10)
    intake, flags, _severity = series(rng, 500)
    centred = sparse.Centered(intake)
    at = [i for i, f in enumerate(flags) if f]
    r = sparse.flag_correlation(centred, at)
    assert r == sparse.correlation(centred, at, [1.0] * len(at))
    assert close(r or 0.0, sp.pointbiserialr(flags, intake).statistic)
    assert sparse.flag_correlation(centred, []) is None
    assert sparse.flag_correlation(centred, list(range(500))) is None


def test_constant_series_have_no_correlation() -> None:
    assert stats.pearson([1.0, 1.0, 1.0], [1.0, 2.0, 3.0]) is None
    assert stats.spearman([1.0, 2.0], [5.0, 5.0]) is None


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([0.0, 1.0, 2.5, 2.5, 7.0, -3.0]), min_size=1, max_size=40))
def test_average_ranks_match_scipy_rankdata(values: list[float]) -> None:
    assert stats.average_ranks(values) == list(sp.rankdata(values))


def test_betainc_matches_scipy() -> None:
    from scipy.special import betainc

    for a, b, x in [(0.5, 0.5, 0.3), (10, 0.5, 0.9), (1824, 1824, 0.45), (3, 7, 0.01)]:
        assert abs(stats.betainc(a, b, x) - betainc(a, b, x)) <= 1e-12
    # The ends: no probability below 0 and all of it by 1 (a t statistic of +-infinity).
    for a, b in [(0.5, 0.5), (3, 7)]:
        assert stats.betainc(a, b, 0.0) == betainc(a, b, 0.0) == 0.0
        assert stats.betainc(a, b, 1.0) == betainc(a, b, 1.0) == 1.0
