"""Plan-time power (`core/trial/power.py`) against the bench's simulated days, and its words."""

from __future__ import annotations

import importlib.util
import math
import random
import sys
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
