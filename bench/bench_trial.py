"""Bench: simulated N-of-1 trials, judged by how often the analysis concludes "helps".

    PYTHONPATH=. python bench/bench_trial.py [--runs 400] [--pairs 4] [--period-days 21]

Each simulated person has about 4 cramps a week at the start (Poisson days) and a
planted period effect: cramps fall steadily by 28% over the trial whatever the
order, as the placebo groups did in the magnesium trials (FACTS.md). Magnesium
lowers them by 0, 1 or 2 a week. Each trial runs the app's own analysis
(`journal.core.trial.analysis`) with its stopping rule: a look after each pair
from the 2nd; "helps" when P(at least 1 fewer a week) > 0.9. Goal: "helps" at
most 5% of the time when the effect is 0, at least 80% for 2 a week over 4 pairs.
The same trials are analysed again with the period term removed, to show why it
is there; --flat uses a flat prior on the effect instead of the sceptical one,
--fixed-order puts magnesium second in every pair (a schedule not randomised),
--period-days and --pairs change the design. Prints one line per (effect, model).
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from journal.core.trial.analysis import PRIOR_G, estimate, per_week, verdict
from journal.core.trial.plan import Plan
from journal.core.trial.schedule import Period
from journal.core.trial.trial import Trial

START = date(2026, 1, 5)
BASELINE = 4.0  # cramps a week
DECLINE = 0.28  # over the whole trial, whatever the order


def poisson(rng: random.Random, lam: float) -> int:
    limit, k, p = math.exp(-lam), 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


def on_magnesium(trial: Trial, p: Period, fixed: bool) -> bool:
    """The randomised allocation, or magnesium always second (an order not randomised)."""
    return p.number % 2 == 0 if fixed else trial.on_magnesium(p)


def simulate(
    rng: random.Random, trial: Trial, effect: float, decline: float, fixed: bool
) -> dict[date, float]:
    total = trial.plan.total_days
    values: dict[date, float] = {}
    for p in trial.periods:
        on = on_magnesium(trial, p, fixed)
        for n in range(trial.plan.period_days):
            day = p.start + timedelta(days=n)
            t = (day - START).days / total
            rate = max(0.0, BASELINE * (1 - decline * t) - (effect if on else 0.0))
            values[day] = float(poisson(rng, rate / 7))
    return values


def late(trial: Trial) -> bool:
    """Whether magnesium came second in at least 3 of 4 pairs (the order ran against it)."""
    second = [p for p in trial.periods if p.number % 2 == 0]
    return sum(trial.on_magnesium(p) for p in second) >= 3


def run_trial(
    rng: random.Random,
    plan: Plan,
    effect: float,
    period_term: bool,
    decline: float,
    fixed: bool,
    prior_g: float | None = PRIOR_G,
) -> str:
    trial = Trial(plan).started(START)
    values = simulate(rng, trial, effect, decline, fixed)
    rows: list[tuple[float, bool, int]] = []
    for pair in range(1, plan.pairs + 1):
        for p in trial.periods:
            if p.pair == pair:
                rows.append(
                    (
                        per_week(values, p.analysed_from, p.end),
                        on_magnesium(trial, p, fixed),
                        p.number,
                    )
                )
        est = estimate(rows, plan.benefit, period_term=period_term, prior_g=prior_g)
        v = verdict(est, pair, plan.pairs)
        if v in ("helps", "short", "unclear"):
            return v
    return "unclear"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=400)
    parser.add_argument("--pairs", type=int, default=4)
    parser.add_argument("--period-days", type=int, default=21)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--decline", type=float, default=DECLINE, help="fall over the trial")
    parser.add_argument(
        "--flat", action="store_true", help="flat prior on the effect instead of the sceptical one"
    )
    parser.add_argument(
        "--fixed-order", action="store_true", help="magnesium always second: not randomised"
    )
    args = parser.parse_args()
    print(
        f"{args.runs} trials per line: baseline {BASELINE:g}/week, {args.decline:.0%} steady fall, "
        f"{args.pairs} pairs of {args.period_days}-day periods (first half washout), "
        + ("magnesium always second" if args.fixed_order else "order randomised in each pair")
    )
    for effect in (0.0, 1.0, 2.0):
        for period_term in (True, False):
            rng = random.Random(args.seed)  # the same simulated people for both models
            counts = {"helps": 0, "short": 0, "unclear": 0}
            late_helps = late_n = 0
            for i in range(args.runs):
                plan = Plan(
                    "glycinate",
                    300,
                    seed=i,
                    pairs=args.pairs,
                    period_days=args.period_days,
                    created=START,
                )
                found = run_trial(
                    rng,
                    plan,
                    effect,
                    period_term,
                    args.decline,
                    args.fixed_order,
                    None if args.flat else PRIOR_G,
                )
                counts[found] += 1
                if late(Trial(plan).started(START)):
                    late_n += 1
                    late_helps += found == "helps"
            model = "with period term   " if period_term else "without period term"
            share = {k: v / args.runs for k, v in counts.items()}
            print(
                f"effect {effect:g}/week, {model}: helps {share['helps']:.1%}, "
                f"too small {share['short']:.1%}, unclear {share['unclear']:.1%}; "
                f"helps when magnesium came late in 3+ pairs {late_helps / max(late_n, 1):.1%} "
                f"(of {late_n})"
            )


if __name__ == "__main__":
    main()
