"""Edges of the statistics a person would notice: a q-value exactly at the level, a series
that never varies."""

from __future__ import annotations

import pytest
from scipy import stats as sp

from journal.core.stats import contingency as stats
from journal.core.stats.fdr import bh_q, survivors
from journal.core.stats.ranks import Ranked
from journal.core.stats.sparse import Centered, correlation, flag_correlation


def test_a_q_value_exactly_at_the_level_is_a_discovery() -> None:
    assert bh_q([0.025, 0.05]) == [0.05, 0.05]
    assert survivors([0.025, 0.05]) == [True, True]
    assert survivors([0.05]) == [True]
    assert survivors([0.0500001]) == [False]


def test_a_severity_the_same_every_day_has_no_correlation() -> None:
    # 68.05 on each of 394 days: its spread is rounding noise (2e-10), not a signal.
    intakes = Centered([float(200 + (day * 37) % 150) for day in range(394)])
    assert correlation(intakes, list(range(394)), [68.05] * 394) is None


def test_a_symptom_on_every_day_or_none_has_no_correlation() -> None:
    intakes = Centered([100.0, 200.0, 300.0, 400.0])
    assert flag_correlation(intakes, [0, 1, 2, 3]) is None
    assert flag_correlation(intakes, []) is None
    assert flag_correlation(Centered([5.0, 5.0, 5.0]), [0]) is None


def test_symptoms_on_exactly_the_high_days_correlate_perfectly_not_nearly() -> None:
    # Rounding alone would give 0.9999999999999996 here; the p-value of a short series
    # is steep enough near 1 for that to show, so a perfect pattern reads exactly 1.
    high = [1, 18, 20, 32, 34]
    intakes = Centered([166.7 if day in high else 156.0 for day in range(36)])
    assert flag_correlation(intakes, high) == 1.0
    assert correlation(intakes, high, [1.0] * 5) == 1.0
    low = [day for day in range(36) if day not in high]
    assert flag_correlation(intakes, low) == -1.0


def test_two_days_are_enough_for_a_correlation() -> None:
    assert flag_correlation(Centered([100.0, 200.0]), [1]) == 1.0
    assert correlation(Centered([100.0, 200.0]), [0], [3.0]) == -1.0
    assert flag_correlation(Centered([100.0]), [0]) is None


def test_a_single_symptom_day_still_correlates() -> None:
    r = flag_correlation(Centered([100.0, 200.0, 300.0, 400.0]), [0])
    expected = sp.pointbiserialr([1, 0, 0, 0], [100.0, 200.0, 300.0, 400.0]).statistic
    assert r is not None and abs(r - expected) < 1e-12


def test_a_spearman_correlation_with_tied_intakes_matches_scipy() -> None:
    intakes = [250.0, 300.0, 300.0, 120.0, 300.0, 410.0, 120.0, 500.0, 250.0, 90.0]
    severity_at = {1: 3.0, 3: 1.0, 6: 4.0, 9: 2.0}  # 0 on the other days
    severities = [severity_at.get(day, 0.0) for day in range(len(intakes))]
    y_ranks = sp.rankdata(severities)
    y_dev = [r - y_ranks.mean() for r in y_ranks]
    # The ranked intakes against the ranked severities, summed over the symptom days only
    # after shifting the severities' ranks so the symptom-free days' rank is 0.
    base = min(y_dev)
    at = sorted(severity_at)
    r = correlation(Ranked(intakes), at, [y_dev[day] - base for day in at])
    assert r is not None
    assert abs(r - sp.spearmanr(intakes, severities).statistic) < 1e-12


def test_no_days_at_all_have_no_correlation() -> None:
    assert correlation(Centered([]), [], []) is None


def test_exactly_proportional_intakes_correlate_perfectly_even_where_rounding_says_not() -> None:
    # One series exactly a tenth of the other; the plain sums give 0.9999999999999998.
    mg = [384.7, 237.3, 163.6, 53.8, 445.4]
    tenth = [v * 0.1 for v in mg]
    assert stats.pearson(mg, tenth) == 1.0
    assert stats.pearson(mg, [-v for v in tenth]) == -1.0
    assert sp.pearsonr(mg, tenth).statistic == pytest.approx(1.0)


def test_spearman_p_on_two_days_is_one_and_on_a_perfect_ranking_is_zero() -> None:
    # Two days always rank perfectly together: that says nothing (scipy gives no p at all).
    assert stats.spearman_p(1.0, 2) == 1.0
    assert stats.spearman_p(-1.0, 1) == 1.0
    ranks = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0]
    assert sp.spearmanr(ranks, ranks).pvalue == 0.0
    assert stats.spearman_p(1.0, 6) == 0.0
    assert stats.spearman_p(-1.0, 6) == 0.0


def test_pearson_p_is_one_for_no_correlation_and_for_too_few_days() -> None:
    # r = 0 is the centre of the null: p is 1, never a rounding above it (3 days: 2 I(0.5, 0.5)
    # comes to 1.0000000000000009 before the cap).
    for n in range(3, 30):
        assert stats.pearson_p(0.0, n) <= 1.0
    assert stats.pearson_p(0.0, 3) == 1.0
    assert stats.pearson_p(0.9, 2) == 1.0  # two days always lie on a line: no evidence
