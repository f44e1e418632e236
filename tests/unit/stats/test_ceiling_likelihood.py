"""The ceiling bench's likelihood (bench/bench_ceiling.py): the README's claim that no
test could find much more rests on it, so it is checked against the definition."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from bench.bench_ceiling import beyond, log_likelihood, observed
from journal.core.demo.simulated import P_CALM, P_LOW, START_FLARE, Plan, journal


def by_every_path(
    logged: list[bool], low: list[bool], sick: list[bool], plan: Plan, rr: float, lag: int
) -> float:
    """log P(what was logged), summed over every hidden path (flare and low, each day,
    and the low state of the day before the first), as simulated.journal draws them."""
    adequate = 1 - P_LOW * (1 - plan.stay_low) / (1 - P_LOW)

    def p_flare(before: int, now: int) -> float:
        p = plan.stay_flare if before else START_FLARE
        return p if now else 1 - p

    def p_low(before: int, now: int) -> float:
        p = plan.stay_low if before else 1 - adequate
        return p if now else 1 - p

    days, total = len(logged), 0.0
    for flares in itertools.product((0, 1), repeat=days):
        for lows in itertools.product((0, 1), repeat=days + 1):  # lows[0]: the day before
            p = P_LOW if lows[0] else 1 - P_LOW
            for n in range(days):
                p *= p_flare(flares[n - 1] if n else 0, flares[n]) * p_low(lows[n], lows[n + 1])
                if logged[n]:
                    p *= lows[n + 1] == low[n]
                    exposed = lows[n + 1] if lag == 0 else lows[n]
                    chance = min((plan.flare if flares[n] else P_CALM) * rr**exposed, 0.95)
                    p *= chance if sick[n] else 1 - chance
            total += p
    return math.log(total)


@pytest.mark.parametrize(
    ("rr", "lag", "flare"), [(1.0, 0, 0.3), (2.0, 0, 0.3), (2.0, 1, 0.3), (4.0, 1, 0.5)]
)
def test_the_forward_likelihood_is_the_sum_over_every_hidden_path(
    rr: float, lag: int, flare: float
) -> None:
    plan, rng = Plan(flare=flare), np.random.default_rng(7)
    for _ in range(4):
        logged = rng.random(4) < 0.75  # a gap day: neither its low state nor symptoms seen
        low, sick = logged & (rng.random(4) < 0.4), logged & (rng.random(4) < 0.4)
        fast = log_likelihood(logged[None], low[None], sick[None], plan, rr, lag)[0]
        assert fast == pytest.approx(by_every_path(logged, low, sick, plan, rr, lag), abs=1e-12)


def test_over_every_possible_log_the_probabilities_sum_to_one() -> None:
    logs = list(itertools.product((False, True), repeat=3))
    for rr, lag in ((1.0, 0), (2.0, 1)):
        low = np.array([a for a in logs for _ in logs])
        sick = np.array([b for _ in logs for b in logs])
        logged = np.ones_like(low)
        probabilities = np.exp(log_likelihood(logged, low, sick, Plan(), rr, lag))
        assert probabilities.sum() == pytest.approx(1.0, abs=1e-12)


def test_what_is_seen_is_what_the_analysis_sees() -> None:
    rows = journal(60, 5, Plan(gaps=0.3))
    logged, low, sick = observed([rows])
    assert list(logged[0]) == [r.logged for r in rows] and not logged[0].all()
    assert list(low[0]) == [r.logged and r.total_mg < 310 for r in rows]
    assert list(sick[0]) == [bool(r.symptoms) for r in rows] and sick[0].any()


def test_a_cut_is_taken_among_journals_with_as_many_symptom_days() -> None:
    # Null journals with 3 symptom days have ratios 0..999, with 9 days 1000..1999.
    null = np.concatenate([np.arange(1000.0), np.arange(1000.0, 2000.0)])
    null_sick = np.repeat([3, 9], 1000)
    hits = beyond(np.array([960.0, 940.0, 1960.0]), np.array([3, 3, 9]), null, null_sick, 0.05)
    assert list(hits) == [True, False, True]
    # 1500 is far above the 3-day cut (about 949) but below the 9-day one (about 1949).
    assert not beyond(np.array([1500.0]), np.array([9]), null, null_sick, 0.05)[0]
