"""Plan-time power (`core/trial/power.py`) against the bench's simulated days, and its words."""

from __future__ import annotations

import importlib.util
import math
import random
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from journal.core.trial import power
from journal.core.trial.analysis import estimate
from journal.core.trial.plan import Plan
from journal.core.trial.trial import Trial


def plan(**kw: object) -> Plan:
    args: dict[str, object] = {"form": "glycinate", "dose_mg": 300, "seed": 7}
    args.update(kw)
    return Plan(**args, created=date(2026, 1, 1))  # type: ignore[arg-type]


def _bench() -> ModuleType:
    path = Path(__file__).resolve().parents[3] / "bench" / "bench_trial.py"
    spec = importlib.util.spec_from_file_location("bench_trial", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_trial"] = module
    spec.loader.exec_module(module)
    return module


def _bench_share(design: Plan, effect: float, runs: int) -> float:
    """The bench's own simulation: every day a Poisson draw, the app's analysis and rule."""
    bench = _bench()
    rng = random.Random(5)
    helps = 0
    for i in range(runs):
        p = Plan(
            "glycinate",
            300,
            seed=i,
            pairs=design.pairs,
            period_days=design.period_days,
            washout_days=design.washout_days,
            created=bench.START,
        )
        sim = bench.Sim(rng, Trial(p).started(bench.START), effect, bench.DECLINE, False, 0.0)
        found = bench.sequential(p, lambda k, s=sim: estimate(s.count_rows(k), 1.0))
        helps += found == "helps"
    return helps / runs


@pytest.mark.parametrize(
    ("design", "effect"),
    [
        (plan(pairs=4), 2.0),
        (plan(pairs=4), 0.0),
        (plan(pairs=4, period_days=42, washout_days=7), 2.0),
    ],
)
def test_chance_agrees_with_the_bench_within_monte_carlo_error(design: Plan, effect: float) -> None:
    runs = 600
    bench = _bench_share(design, effect, runs)
    mine = power.chance(design, 4.0, effect, runs=2000)
    se = math.sqrt(max(bench * (1 - bench), 0.02) * (1 / runs + 1 / 2000))
    assert abs(mine - bench) < 3.5 * se, (mine, bench)


def test_chance_is_deterministic_and_grows_with_the_drop_and_the_design() -> None:
    p = plan()
    assert power.chance(p, 4.0, 2.0, runs=300, seed=1) == power.chance(
        p, 4.0, 2.0, runs=300, seed=1
    )
    none, two = power.chance(p, 4.0, 0.0), power.chance(p, 4.0, 2.0)
    assert none <= 0.05 < two
    longer = plan(pairs=4, period_days=84, washout_days=14)
    assert power.chance(longer, 4.0, 2.0) > two + 0.3


def test_a_poisson_draw_has_the_right_mean_and_variance_past_the_split() -> None:
    rng = random.Random(3)
    draws = [power._draw(rng, 45.0) for _ in range(4000)]
    mean = sum(draws) / len(draws)
    var = sum((d - mean) ** 2 for d in draws) / (len(draws) - 1)
    assert mean == pytest.approx(45.0, abs=4 * math.sqrt(45 / 4000))
    assert var == pytest.approx(45.0, rel=0.1)


def test_alternatives_keep_the_limits_of_a_plan_and_come_shortest_first() -> None:
    found = power.alternatives(plan())
    assert [(p.pairs, p.period_days, p.washout) for p in found] == [
        (4, 21, 10),
        (4, 28, 14),
        (4, 42, 14),
        (4, 56, 14),
        (4, 84, 14),
    ]
    assert power.alternatives(plan(pairs=4, period_days=84)) == []
    assert power._words(found[2]) == "4 pairs of 6-week periods, the last 4 weeks of each analysed"


def test_the_power_line_names_the_rate_the_chance_and_a_design_that_reaches_8_in_10() -> None:
    p = plan()
    line = power.power_line(p, 4.1)
    assert line is not None
    mine = power.chance(p, 4.1, 2.0)
    other = power.better_design(p, 4.1, 2.0)
    assert other is not None and other.chance >= power.GOAL
    assert line == (
        "At your run-in rate of 4.1 cramps a week, this plan finds a real drop of 2 a week in "
        f"about {round(mine * 10)} of 10 trials; {other.words} "
        f"({other.plan.total_days // 7} weeks in all): about {round(other.chance * 10)} of 10. "
        "Fewer if your symptoms come in spells."
    )
    assert mine < power.GOAL
    # a rate that leaves no room for the drop, or an outcome that is not a count: nothing
    assert power.power_line(p, 2.0) is None
    assert power.power_line(plan(weight="severity"), 6.0) is None
    # the longest design on offer already: says so rather than invent one
    longest = power.power_line(plan(pairs=4, period_days=84, washout_days=14), 9.0)
    assert longest is not None and "no longer design on offer" in longest


def test_expected_counts_fall_28_percent_over_the_trial_and_a_drop_stops_at_zero() -> None:
    # 7 a week is 1 a day at the start, falling by 0.28 of it over the trial's 36 days;
    # each 6-day period is analysed from its 4th day (days 3-5, counted from 0)
    p = plan(run_in_days=0, period_days=6, washout_days=3)
    got = power._expected(p, 7.0, 6.0)
    assert len(got) == 6
    first = 3 - 0.28 * (3 + 4 + 5) / 36
    assert got[0] == pytest.approx((first, first - 3 * 6 / 7), rel=1e-12)
    # the last period's days 33-35 run at 7 x (1 - 0.28 x 33/36) = 5.2 a week or less:
    # a drop of 6 a week leaves none, never fewer than none
    last = 3 - 0.28 * (33 + 34 + 35) / 36
    assert got[5] == pytest.approx((last, 0.0), rel=1e-12)
    # after a 14-day run-in, 21-day periods analysed from their 11th day: period 2 is
    # analysed on days 45-55 of 140
    second = power._expected(plan(), 7.0, 0.0)[1]
    assert second == pytest.approx((11 - 0.28 * sum(range(45, 56)) / 140,) * 2, rel=1e-12)


def test_a_design_in_words_in_weeks_where_it_is_whole_weeks() -> None:
    assert power._words(plan()) == "3 pairs of 3-week periods, the last 11 days of each analysed"
    assert power._words(plan(period_days=10)) == (
        "3 pairs of 10-day periods, the last 5 days of each analysed"
    )
    assert power._words(plan(pairs=4, period_days=20, washout_days=6)) == (
        "4 pairs of 20-day periods, the last 2 weeks of each analysed"
    )
    assert power._words(plan(period_days=84, washout_days=14)) == (
        "3 pairs of 12-week periods, the last 10 weeks of each analysed"
    )


def test_tenths_round_to_the_nearest() -> None:
    assert [power.tenths(s) for s in (0.0, 0.04, 0.06, 0.34, 0.36, 0.94, 1.0)] == [
        "about 0 of 10",
        "about 0 of 10",
        "about 1 of 10",
        "about 3 of 10",
        "about 4 of 10",
        "about 9 of 10",
        "about 10 of 10",
    ]


def test_a_poisson_draw_of_a_large_mean_and_of_none() -> None:
    rng = random.Random(4)
    assert [power._draw(rng, 0.0) for _ in range(5)] == [0] * 5
    draws = [power._draw(rng, 400.0) for _ in range(3000)]
    mean = sum(draws) / len(draws)
    var = sum((d - mean) ** 2 for d in draws) / (len(draws) - 1)
    assert all(isinstance(d, int) and d >= 0 for d in draws)
    assert mean == pytest.approx(400.0, abs=4 * math.sqrt(400 / 3000))
    assert var == pytest.approx(400.0, rel=0.1)
    small = [power._draw(rng, 0.5) for _ in range(4000)]
    assert sum(small) / len(small) == pytest.approx(0.5, abs=4 * math.sqrt(0.5 / 4000))


SPELLS = " Fewer if your symptoms come in spells."
SIX_WEEKS = {"pairs": 4, "period_days": 42, "washout_days": 14}


def test_a_plan_that_reaches_8_in_10_is_told_so_and_nothing_else_offered() -> None:
    p = plan(pairs=4, period_days=84, washout_days=14)
    mine = power.chance(p, 4.1, 2.0)
    assert mine >= power.GOAL
    assert power.power_line(p, 4.1) == (
        f"At your run-in rate of 4.1 cramps a week, this plan finds a real drop of 2 a week in "
        f"{power.tenths(mine)} trials.{SPELLS}"
    )
    assert power.power_line(p, 4.1, "rate") == (
        f"At your rate of 4.1 cramps a week, this plan finds a real drop of 2 a week in "
        f"{power.tenths(mine)} trials.{SPELLS}"
    )


def test_the_design_offered_is_the_shortest_that_reaches_8_in_10() -> None:
    p = plan(**SIX_WEEKS)  # on offer: 8-week and 12-week periods
    eight, twelve = (power.chance(replace(p, period_days=d), 3.0, 2.0) for d in (56, 84))
    assert power.GOAL <= eight < twelve
    found = power.better_design(p, 3.0, 2.0)
    assert found is not None and found.plan.period_days == 56 and found.chance == eight
    assert found.words == "4 pairs of 8-week periods, the last 6 weeks of each analysed"
    # at 4.1 a week the 8-week design comes close (about 8 of 10) but falls short
    eight, twelve = (power.chance(replace(p, period_days=d), 4.1, 2.0) for d in (56, 84))
    assert eight < power.GOAL <= twelve
    found = power.better_design(p, 4.1, 2.0)
    assert found is not None and found.plan.period_days == 84


def test_when_no_design_reaches_8_in_10_the_best_is_offered_with_even() -> None:
    p = plan(**SIX_WEEKS)
    mine = power.chance(p, 10.0, 2.0)
    eight, twelve = (power.chance(replace(p, period_days=d), 10.0, 2.0) for d in (56, 84))
    assert mine < eight < twelve < 0.75
    assert power.power_line(p, 10.0) == (
        "At your run-in rate of 10.0 cramps a week, this plan finds a real drop of 2 a week in "
        f"{power.tenths(mine)} trials; even 4 pairs of 12-week periods, the last 10 weeks of "
        f"each analysed (98 weeks in all): {power.tenths(twelve)}.{SPELLS}"
    )


def test_a_design_that_rounds_to_8_in_10_is_not_said_with_even() -> None:
    p = plan(pairs=4, period_days=56, washout_days=14)  # on offer: 12-week periods only
    mine, twelve = power.chance(p, 6.0, 2.0), power.chance(replace(p, period_days=84), 6.0, 2.0)
    assert mine < 0.75 <= twelve < power.GOAL
    assert power.power_line(p, 6.0) == (
        "At your run-in rate of 6.0 cramps a week, this plan finds a real drop of 2 a week in "
        f"{power.tenths(mine)} trials; 4 pairs of 12-week periods, the last 10 weeks of each "
        f"analysed (98 weeks in all): about 8 of 10.{SPELLS}"
    )
    # at 7 a week it rounds to 7 of 10: "even"
    mine, twelve = power.chance(p, 7.0, 2.0), power.chance(replace(p, period_days=84), 7.0, 2.0)
    assert 0.65 <= twelve < 0.75
    assert power.power_line(p, 7.0) == (
        "At your run-in rate of 7.0 cramps a week, this plan finds a real drop of 2 a week in "
        f"{power.tenths(mine)} trials; even 4 pairs of 12-week periods, the last 10 weeks of "
        f"each analysed (98 weeks in all): about 7 of 10.{SPELLS}"
    )


def test_the_drop_looked_for_is_twice_the_benefit() -> None:
    # a benefit of 2 a week: a drop of 4 is looked for, and a rate of 4 leaves no room for it
    assert power.power_line(plan(benefit=2), 4.0) is None
    p = plan(pairs=4, period_days=84, washout_days=14, benefit=2)
    line = power.power_line(p, 9.0)
    assert line is not None and "this plan finds a real drop of 4 a week in about " in line


def test_the_chance_told_is_that_of_the_rate_as_shown() -> None:
    p = plan(pairs=4, period_days=84, washout_days=14)
    # 7.04 a week shows as 7.0, and the chance is that of 7.0 (seeded: about 7 of 10,
    # where 7.04 itself would give about 6)
    shown, typed = power.chance(p, 7.0, 2.0), power.chance(p, 7.04, 2.0)
    assert power.tenths(shown) != power.tenths(typed)  # else this test could not fail
    line = power.power_line(p, 7.04)
    assert line is not None and line == power.power_line(p, 7.0)
    assert f"in {power.tenths(power.chance(p, 7.0, 2.0))} trials" in line
    assert "At your run-in rate of 7.0 cramps a week" in line
