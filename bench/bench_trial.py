"""Bench: simulated N-of-1 trials, judged by how often the analysis concludes "helps".

    PYTHONPATH=. python bench/bench_trial.py [--runs 400] [--pairs 4] [--period-days 21]

Each simulated person has about 4 cramps a week at the start (Poisson days) and a
planted period effect: cramps fall steadily by 28% over the trial whatever the
order, as the placebo groups did in the magnesium trials (FACTS.md). Magnesium
lowers them by 0, 1 or 2 a week. Each trial is analysed with the stopping rule (a
look after each pair from the 2nd; "helps" when P(at least 1 fewer a week) > 0.9)
by: the app's analysis (`core/trial/analysis.py`: the quasi-Poisson count model of
`counts.py` with its N(0, 2.5^2) prior on the log rate ratio) with and without its
period term, and with a flat prior; the linear model the app used before
(`core/trial/linear.py`); and an oracle that knows every day's true rate, the trend
and the variance.
"oracle 5%" is a one-sided 5% z-test of any reduction at the last pair on the
analysed days: about the most any 5%-level analysis of this design can find (the
most powerful test, up to the normal approximation and equal weights for the days).
"oracle rule" is the issue's stopping rule on the oracle's posterior (flat prior).
Goal: "helps" at most 5% of the time when the effect is 0, at least 80% for 2 a
week over 4 pairs.

Then the same with cramps in spells (a bad week: each week's rate times a gamma
draw of mean 1 and shape --spells, 2 by default, so a week's rate varies by 71%),
and a grid of designs (3, 4 and 6-week periods with the first half or one week as
washout; then 6, 8 and 12 weeks with 2 weeks, the designs `power.py` offers) to
show which reach 80%. --flat puts a flat prior on the app's effect, --prior-sd
another SD (the app's is 2.5); --fixed-order puts magnesium second in every pair (an
order not randomised); --no-grid skips the grid.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from statistics import NormalDist

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from journal.core.trial import linear
from journal.core.trial.analysis import PRIOR_SD, Estimate, estimate, verdict
from journal.core.trial.plan import Plan
from journal.core.trial.schedule import Period
from journal.core.trial.trial import Trial

START = date(2026, 1, 5)
BASELINE = 4.0  # cramps a week
DECLINE = 0.28  # over the whole trial, whatever the order
Z95 = NormalDist().inv_cdf(0.95)


def poisson(rng: random.Random, lam: float) -> int:
    limit, k, p = math.exp(-lam), 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


def on_magnesium(trial: Trial, p: Period, fixed: bool) -> bool:
    """The randomised allocation, or magnesium always second (an order not randomised)."""
    return p.number % 2 == 0 if fixed else trial.on_magnesium(p)


class Sim:
    """One simulated trial: each day's true rate with and without the effect, the counts."""

    def __init__(
        self,
        rng: random.Random,
        trial: Trial,
        effect: float,
        decline: float,
        fixed: bool,
        shape: float,
    ) -> None:
        self.trial, self.fixed, self.shape = trial, fixed, shape
        total = trial.plan.total_days
        self.null: dict[date, float] = {}  # expected count a day without the effect
        self.true: dict[date, float] = {}
        self.values: dict[date, float] = {}
        spell: dict[int, float] = {}
        for p in trial.periods:
            on = on_magnesium(trial, p, fixed)
            for n in range(trial.plan.period_days):
                day = p.start + timedelta(days=n)
                t = (day - START).days / total
                self.null[day] = BASELINE * (1 - decline * t) / 7
                rate = max(0.0, BASELINE * (1 - decline * t) - (effect if on else 0.0))
                self.true[day] = rate / 7
                if shape:
                    week = (day - START).days // 7
                    if week not in spell:
                        spell[week] = rng.gammavariate(shape, 1 / shape)
                    rate *= spell[week]
                self.values[day] = float(poisson(rng, rate / 7))

    def periods(self, pairs: int) -> list[Period]:
        return [p for p in self.trial.periods if p.pair <= pairs]

    def days(self, p: Period) -> list[date]:
        return [p.analysed_from + timedelta(days=i) for i in range(p.analysed_days)]

    def linear_rows(self, pairs: int) -> list[tuple[float, bool, int]]:
        return [
            (sum(self.values[d] for d in self.days(p)) * 7 / p.analysed_days, self.on(p), p.number)
            for p in self.periods(pairs)
        ]

    def count_rows(self, pairs: int) -> list[tuple[float, float, bool, int]]:
        return [
            (
                sum(self.values[d] for d in self.days(p)),
                float(p.analysed_days),
                self.on(p),
                p.number,
            )
            for p in self.periods(pairs)
        ]

    def on(self, p: Period) -> bool:
        return on_magnesium(self.trial, p, self.fixed)

    def oracle(self, pairs: int) -> tuple[float, float, float]:
        """The weekly reduction off minus on, less what it would be with no effect, and its
        variance with no effect and with the true one (Poisson days, gamma weeks)."""
        weights: dict[date, float] = {}
        ps = self.periods(pairs)
        for on in (True, False):
            days = [d for p in ps if self.on(p) == on for d in self.days(p)]
            for d in days:
                weights[d] = (-7 if on else 7) / len(days)
        shift = sum(w * (self.values[d] - self.null[d]) for d, w in weights.items())
        return shift, self.variance(weights, self.null), self.variance(weights, self.true)

    def variance(self, weights: dict[date, float], rate: dict[date, float]) -> float:
        var = sum(w * w * rate[d] for d, w in weights.items())
        if self.shape:
            weeks: dict[int, float] = {}
            for d, w in weights.items():
                week = (d - START).days // 7
                weeks[week] = weeks.get(week, 0.0) + w * rate[d]
            var += sum(s * s for s in weeks.values()) / self.shape
        return var


def sequential(plan: Plan, look: Callable[[int], Estimate | None]) -> str:
    """The app's stopping rule, looked at after each pair."""
    for pair in range(1, plan.pairs + 1):
        v = verdict(look(pair), pair, plan.pairs)
        if v in ("helps", "short", "unclear"):
            return v
    return "unclear"


def oracle_rule(sim: Sim, pairs: int, benefit: float) -> Estimate:
    shift, _, var = sim.oracle(pairs)
    sd = math.sqrt(var)
    return Estimate(shift, 0.0, 0.0, NormalDist().cdf((shift - benefit) / sd), 0, pairs)


ANALYSES = (
    "app",
    "app, no period",
    "app, flat prior",
    "before (linear)",
    "oracle rule",
    "oracle 5%",
)
IN_GRID = ("app", "before (linear)", "oracle rule", "oracle 5%")


def analyse(
    sim: Sim, plan: Plan, args: argparse.Namespace, names: tuple[str, ...]
) -> dict[str, str]:
    b, sd = plan.benefit, None if args.flat else args.prior_sd

    def oracle_test() -> str:
        shift, var0, _ = sim.oracle(plan.pairs)
        return "helps" if shift / math.sqrt(var0) > Z95 else "not"

    ways: dict[str, Callable[[], str]] = {
        "app": lambda: sequential(plan, lambda k: estimate(sim.count_rows(k), b, True, sd)),
        "app, no period": lambda: sequential(
            plan, lambda k: estimate(sim.count_rows(k), b, False, sd)
        ),
        "app, flat prior": lambda: sequential(
            plan, lambda k: estimate(sim.count_rows(k), b, prior_sd=None)
        ),
        "before (linear)": lambda: sequential(
            plan, lambda k: linear.estimate(sim.linear_rows(k), b)
        ),
        "oracle rule": lambda: sequential(plan, lambda k: oracle_rule(sim, k, b)),
        "oracle 5%": oracle_test,
    }
    return {name: ways[name]() for name in names}


def run(
    args: argparse.Namespace,
    effect: float,
    period_days: int,
    washout: int | None,
    shape: float,
    names: tuple[str, ...] = ANALYSES,
) -> dict[str, float]:
    """The share of trials that conclude "helps", by analysis."""
    rng = random.Random(args.seed)  # the same simulated people for every analysis
    helps = dict.fromkeys(names, 0)
    for i in range(args.runs):
        plan = Plan(
            "glycinate",
            300,
            seed=i,
            pairs=args.pairs,
            period_days=period_days,
            washout_days=washout,
            created=START,
        )
        sim = Sim(rng, Trial(plan).started(START), effect, args.decline, args.fixed_order, shape)
        for name, found in analyse(sim, plan, args, names).items():
            helps[name] += found == "helps"
    return {k: v / args.runs for k, v in helps.items()}


def table(args: argparse.Namespace, shape: float) -> None:
    days = "Poisson days" if not shape else f"spells (weekly gamma, shape {shape:g})"
    print(
        f'\n"helps" in {args.runs} trials: baseline {BASELINE:g}/week, {args.decline:.0%} '
        f"steady fall, {days}, {args.pairs} pairs of {args.period_days}-day periods "
        f"(washout {args.washout if args.washout is not None else args.period_days // 2} days), "
        + ("magnesium always second" if args.fixed_order else "order randomised in each pair")
    )
    print("effect/week  " + "  ".join(f"{a:>17}" for a in ANALYSES))
    for effect in (0.0, 1.0, 2.0):
        share = run(args, effect, args.period_days, args.washout, shape)
        print(f"{effect:>11g}  " + "  ".join(f"{share[a]:>17.1%}" for a in ANALYSES))


def grid(args: argparse.Namespace) -> None:
    print(f'\nDesigns, {args.pairs} pairs, Poisson days: "helps" at no effect / at 2 fewer a week')
    print("period    washout  " + "  ".join(f"{a:>17}" for a in IN_GRID))
    # 3, 4 and 6 weeks with half or one week of washout; then the designs power.py offers
    # instead, with a 2-week washout (Roffe 2002 analysed the last 4 of 6 weeks)
    designs = [(w, wash) for w in (3, 4, 6) for wash in (None, 7)] + [(6, 14), (8, 14), (12, 14)]
    for weeks, washout in designs:
        days = 7 * weeks
        null = run(args, 0.0, days, washout, 0.0, IN_GRID)
        two = run(args, 2.0, days, washout, 0.0, IN_GRID)
        wash = f"{days // 2 if washout is None else washout} days"
        cells = [f"{null[a]:>6.1%} / {two[a]:>6.1%}" for a in IN_GRID]
        print(f"{weeks:>2} weeks {wash:>8}  " + "  ".join(f"{c:>17}" for c in cells))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=400)
    parser.add_argument("--pairs", type=int, default=4)
    parser.add_argument("--period-days", type=int, default=21)
    parser.add_argument("--washout", type=int, help="days (default: half a period)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--decline", type=float, default=DECLINE, help="fall over the trial")
    parser.add_argument("--spells", type=float, default=2.0, help="gamma shape of a week's rate")
    parser.add_argument("--no-grid", action="store_true", help="skip the grid of designs")
    parser.add_argument(
        "--flat", action="store_true", help="flat prior on the effect instead of N(0, 2.5^2)"
    )
    parser.add_argument(
        "--prior-sd", type=float, default=PRIOR_SD, help="the prior's SD on the log rate ratio"
    )
    parser.add_argument(
        "--fixed-order", action="store_true", help="magnesium always second: not randomised"
    )
    args = parser.parse_args()
    table(args, 0.0)
    table(args, args.spells)
    if not args.no_grid:
        grid(args)


if __name__ == "__main__":
    main()
