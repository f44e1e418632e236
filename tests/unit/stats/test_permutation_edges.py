"""Edges of the streak-keeping rearrangement test: the log risk ratio of each alignment
by hand, and the interval read off a result."""

from __future__ import annotations

import math

import pytest

from journal.core.stats.permutation import (
    GREATER,
    TWO_SIDED,
    ShiftResult,
    log_risk_ratio,
    rearrangements,
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
