"""How many days a question needs: the defaults stated in the docs, and the cases with
nothing to size."""

from __future__ import annotations

import math

import pytest

from journal.core.stats.power import days_needed, power, power_at_rate


def test_the_defaults_are_a_doubling_at_5_percent_with_80_percent_power() -> None:
    assert days_needed(0.3, 0.4) == days_needed(0.3, 0.4, 2.0, 0.05, 0.8)
    assert days_needed(0.3, 0.4) != days_needed(0.3, 0.4, 3.0)


NOTHING_TO_SIZE = [
    (0.0, 0.4, 2.0),  # no symptom days
    (1.0, 0.4, 0.5),  # a symptom every day
    (0.3, 0.0, 2.0),  # no low days
    (0.3, 1.0, 2.0),  # only low days
    (0.3, 0.4, 0.0),
    (0.3, 0.4, -2.0),
    (0.3, 0.4, 1.0),  # no difference to find
    (0.75, 0.625, 3.0),  # every low day would have a symptom: rr x p0 is exactly 1
    (0.9, 0.5, 3.0),  # more than every low day
]


@pytest.mark.parametrize(("rate", "share", "rr"), NOTHING_TO_SIZE)
def test_nothing_to_size_gives_no_number(rate: float, share: float, rr: float) -> None:
    assert days_needed(rate, share, rr) is None


@pytest.mark.parametrize(("rate", "share", "rr"), NOTHING_TO_SIZE)
def test_nothing_to_size_gives_no_power(rate: float, share: float, rr: float) -> None:
    assert power_at_rate(100, rate, share, rr) is None


@pytest.mark.parametrize(
    ("rate", "share", "rr"),
    [(0.3, 0.4, 0.5), (0.2, 0.3, 4.0), (0.1, 0.5, 8.0), (0.05, 0.1, 1.5), (0.5, 0.5, 0.3)],
)
def test_the_days_needed_are_the_fewest_that_reach_the_power(
    rate: float, share: float, rr: float
) -> None:
    n = days_needed(rate, share, rr)
    assert n is not None
    p0 = rate / (1 + share * (rr - 1))  # the overall rate split as the ratio says
    assert power(n, p0, share, rr, 0.05) >= 0.8 > power(n - 1, p0, share, rr, 0.05)
    assert math.isclose(share * rr * p0 + (1 - share) * p0, rate)


def test_a_stricter_level_or_more_power_needs_more_days() -> None:
    base = days_needed(0.3, 0.4)
    assert base is not None
    assert (days_needed(0.3, 0.4, alpha=0.01) or 0) > base
    assert (days_needed(0.3, 0.4, target=0.9) or 0) > base


@pytest.mark.parametrize(
    ("rate", "share", "rr", "alpha"),
    [(0.3, 0.4, 2.0, 0.05), (0.2, 0.35, 2.0, 0.04), (0.1, 0.5, 8.0, 0.05), (0.5, 0.5, 0.3, 0.01)],
)
def test_the_power_at_a_rate_is_what_the_days_needed_promise(
    rate: float, share: float, rr: float, alpha: float
) -> None:
    # The same split of the overall rate: at the days needed the power just reaches 80%.
    n = days_needed(rate, share, rr, alpha)
    assert n is not None
    at_n, before = (
        power_at_rate(n, rate, share, rr, alpha),
        power_at_rate(n - 1, rate, share, rr, alpha),
    )
    assert at_n is not None and before is not None
    assert at_n >= 0.8 > before
    assert at_n == power(n, rate / (1 + share * (rr - 1)), share, rr, alpha)


def test_the_power_at_a_rate_defaults_to_a_doubling_at_5_percent() -> None:
    assert power_at_rate(200, 0.2, 0.35) == power_at_rate(200, 0.2, 0.35, 2.0, 0.05)
    assert power_at_rate(200, 0.2, 0.35) != power_at_rate(200, 0.2, 0.35, 3.0)
    assert power_at_rate(200, 0.2, 0.35) != power_at_rate(200, 0.2, 0.35, 2.0, 0.01)
