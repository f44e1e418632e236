"""Edges of the statistics a person would notice: a q-value exactly at the level, a series
that never varies."""

from __future__ import annotations

from scipy import stats as sp

from journal.core.stats.fdr import bh_q, survivors
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
