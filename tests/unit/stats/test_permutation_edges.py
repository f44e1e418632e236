"""Edges of the streak-keeping rearrangement test: the log risk ratio of each alignment
by hand, and the interval read off a result."""

from __future__ import annotations

import math
import random

import numpy as np
import pytest

from journal.core.stats.permutation import (
    GREATER,
    MIN_SHIFT,
    TWO_SIDED,
    Exposure,
    ShiftResult,
    bits,
    log_risk_ratio,
    rearrangements,
    shift_test,
)


def test_log_risk_ratio_by_hand() -> None:
    # 3 of 10 exposed days, 2 of 20 unexposed: (3/10) / (2/20) = 3.
    assert log_risk_ratio(3, 10, 2, 20) == pytest.approx(math.log(3))


def test_a_zero_or_full_cell_adds_a_half_to_each_cell() -> None:
    # No exposed symptom day: (0.5/11) / (2.5/21).
    assert log_risk_ratio(0, 10, 2, 20) == pytest.approx(math.log((0.5 / 11) / (2.5 / 21)))
    # Every exposed day a symptom day: (10.5/11) / (2.5/21).
    assert log_risk_ratio(10, 10, 2, 20) == pytest.approx(math.log((10.5 / 11) / (2.5 / 21)))


def test_no_ratio_without_days_on_one_side_or_without_symptoms() -> None:
    assert log_risk_ratio(3, 10, 0, 0) is None  # no unexposed day
    assert log_risk_ratio(0, 0, 2, 10) is None  # no exposed day
    assert log_risk_ratio(0, 0, 0, 0) is None
    assert log_risk_ratio(0, 10, 0, 20) is None  # no symptom day on either side


def _result(alternative: str, critical: float = 2.0) -> ShiftResult:
    return ShiftResult(
        log_rr=[math.log(2), None],
        spread=[0.2, 0.0],
        z=[math.log(2) / 0.2, 0.0],
        p=0.04,
        critical=critical,
        alpha=0.05,
        rearrangements=99,
        alternative=alternative,
    )


def test_two_sided_interval_has_two_finite_ends() -> None:
    # log RR = log 2, spread 0.2, critical 2: 2 x exp(-0.4) to 2 x exp(0.4).
    assert _result(TWO_SIDED).interval(0) == pytest.approx((2 * math.exp(-0.4), 2 * math.exp(0.4)))


def test_one_sided_interval_is_a_lower_bound_only() -> None:
    low, high = _result(GREATER).interval(0)  # type: ignore[misc]
    assert low == pytest.approx(2 * math.exp(-0.4))
    assert high == math.inf


def test_no_interval_without_a_ratio_or_a_reachable_level() -> None:
    assert _result(GREATER).interval(1) is None  # this exposure has no ratio
    assert _result(TWO_SIDED, critical=math.inf).interval(0) is None  # too few alignments


def test_a_p_exactly_at_the_level_rejects() -> None:
    at = ShiftResult([0.5], [0.2], [2.5], 0.05, 2.0, 0.05, 99)
    above = ShiftResult([0.5], [0.2], [2.5], 0.06, 2.0, 0.05, 99)
    assert at.rejects and not above.rejects


def test_a_journal_over_1999_alignments_takes_every_second_one_evenly() -> None:
    # 1100 days: far shifts 7..1093 (1087) and every shift of the reversed series (1100)
    # are 2187 alignments, over the 1999 the test uses: every 2nd (ceil(2187 / 1999) = 2).
    one_day = 1  # a symptom only on the first day
    found = rearrangements(one_day, 1100)
    assert len(found) == 1 + 544 + 550  # the series, shifts 7, 9, ..., 1093, reversed 1, 3, ...
    assert found[:4] == [one_day, 1 << 7, 1 << 9, 1 << 11]
    # The reversed series has its day last (day 1099); shifted by 1 it wraps to day 0.
    assert found[545] == 1
    assert found[546] == 1 << 2


def test_a_short_journal_uses_every_far_shift_once() -> None:
    found = rearrangements(1, 30)
    # Shifts 7..23 (17) and the reversed series shifted 0..29 (30), after the series itself.
    assert len(found) == 1 + 17 + 30
    assert found[1:18] == [1 << k for k in range(7, 24)]


def test_the_default_level_is_five_percent_and_a_bad_alternative_is_named() -> None:
    exposure = Exposure(bits([True, False] * 10), bits([False, True] * 10))
    assert shift_test(bits([True] * 3 + [False] * 17), 20, [exposure]).alpha == 0.05
    with pytest.raises(ValueError, match=r"^alternative must be 'greater' or 'two-sided'$"):
        shift_test(1, 20, [exposure], alternative="less")


def test_two_rearrangements_with_a_ratio_are_enough_for_a_spread() -> None:
    # 16 days; only day 0 (exposed) and day 1 (unexposed) classified; a symptom on day 0.
    # Shifts 7-9 move it to days 7-9 (unclassified); the reversed series has it on day 15
    # and, shifted by 1 and 2, on days 0 and 1: two alignments with a ratio.
    # Day 0: (1.5/2) / (0.5/2) = 3; day 1: the inverse. Their spread (sd) is log 3, z = 1.
    exposure = Exposure(exposed=1 << 0, unexposed=1 << 1)
    result = shift_test(1, 16, [exposure])
    assert result.log_rr[0] == pytest.approx(math.log(3))
    assert result.spread[0] == pytest.approx(math.log(3))
    assert result.z[0] == pytest.approx(1.0)


def test_no_observed_ratio_means_no_spread_and_no_z() -> None:
    # Days 0-9 classified; symptoms only on days 20-25: none on a classified day as observed,
    # though many rearrangements move some onto them.
    exposure = Exposure(
        bits([True] * 5 + [False] * 35), bits([False] * 5 + [True] * 5 + [False] * 30)
    )
    result = shift_test(bits([False] * 20 + [True] * 6 + [False] * 14), 40, [exposure])
    assert result.log_rr == [None]
    assert result.spread == [0.0]
    assert result.z == [0.0]
    assert result.interval(0) is None
    # Nothing to compare: every alignment scores z = 0, so none is above 0.
    assert result.critical <= 0


def _numpy_two_sided_critical(outcome: list[bool], exposed: list[bool], alpha: float) -> float:
    """The (alpha (1 + r))-th largest |z| over the rearrangements, enumerated with numpy."""
    n = len(outcome)
    y = np.array(outcome)
    shifts = [np.roll(y, k) for k in range(MIN_SHIFT, n - MIN_SHIFT + 1)]
    shifts += [np.roll(y[::-1], k) for k in range(n)]
    e, u = np.array(exposed), ~np.array(exposed)
    lr = []
    for s in [y, *shifts]:
        a, c, n1, n0 = (s & e).sum(), (s & u).sum(), e.sum(), u.sum()
        half = 0.5 if 0 in (a, c) or a == n1 or c == n0 else 0.0
        lr.append(np.log((a + half) / (n1 + 2 * half)) - np.log((c + half) / (n0 + 2 * half)))
    z = np.abs(np.array(lr)) / np.array(lr[1:]).std()
    k = int(np.floor(alpha * len(z) + 1e-12)) - 1
    return float(np.sort(z[1:])[::-1][k])


def test_a_two_sided_critical_value_below_one_is_not_floored() -> None:
    rng = random.Random(4)
    outcome = [rng.random() < 0.3 for _ in range(60)]
    exposed = [rng.random() < 0.5 for _ in range(60)]
    ex = Exposure(bits(exposed), bits([not v for v in exposed]))
    result = shift_test(bits(outcome), 60, [ex], alpha=0.9, alternative=TWO_SIDED)
    expected = _numpy_two_sided_critical(outcome, exposed, 0.9)
    assert expected < 1
    assert result.critical == pytest.approx(expected, rel=1e-9)
    # The result keeps its two-sidedness: its interval has two finite ends.
    assert result.alternative == TWO_SIDED
    interval = result.interval(0)
    assert interval is not None and math.isfinite(interval[1])


def test_at_exactly_five_percent_of_100_alignments_the_fifth_largest_is_critical() -> None:
    # 56 days: 43 far shifts and 56 reversed ones are 99 rearrangements, 100 alignments
    # with the observed; at 5% exactly 5 may reject: the 5th largest of the 99 is critical.
    assert 0.05 * 100 == 5.0
    rng = random.Random(1)
    outcome = [rng.random() < 0.3 for _ in range(56)]
    exposed = [rng.random() < 0.5 for _ in range(56)]
    ex = Exposure(bits(exposed), bits([not v for v in exposed]))
    result = shift_test(bits(outcome), 56, [ex], alpha=0.05, alternative=TWO_SIDED)
    assert result.rearrangements == 99
    assert result.critical == pytest.approx(
        _numpy_two_sided_critical(outcome, exposed, 0.05), rel=1e-9
    )
    # Not the 4th largest, which a level read as just under 5% would give.
    assert result.critical != pytest.approx(_numpy_two_sided_critical(outcome, exposed, 0.04))


def test_fifteen_days_are_too_few_to_ever_reach_five_percent() -> None:
    # 2 far shifts (7, 8) and 15 reversed ones: 17 rearrangements, 18 alignments; the
    # smallest p is 1/18 > 0.05, so no alignment is critical and no interval is drawn.
    exposed = [True, False] * 7 + [True]
    ex = Exposure(bits(exposed), bits([not v for v in exposed]))
    result = shift_test(bits([True, True, False] * 5), 15, [ex])
    assert result.rearrangements == 17
    assert result.critical == math.inf
    assert result.interval(0) is None
    assert result.p >= 1 / 18
    assert not result.rejects


def test_a_level_of_one_rejects_every_journal_and_draws_no_bound() -> None:
    exposed = [True, False] * 15
    ex = Exposure(bits(exposed), bits([not v for v in exposed]))
    result = shift_test(bits([True, True, False] * 10), 30, [ex], alpha=1.0)
    assert result.rejects
    assert result.critical == math.inf
