"""How often a trial of a given design finds a real benefit, at the person's own rate.

Plan-time power, told to the person before they spend months on a trial: "this plan
finds a real drop of 2 a week in about 4 of 10 trials". It is a seeded simulation of
the app's own analysis (`analysis.estimate` and the stopping rule, as in
bench/bench_trial.py, where the same figure comes from simulated days): the person's
symptoms are Poisson at their rate, falling 28% over the trial whatever the order (as
the placebo groups' cramps did in the magnesium trials: Frusso 1999, Roffe 2002),
magnesium lowers them by `drop` a week. The count over a period's analysed days is
one Poisson draw (a sum of Poisson days is Poisson), so a design of 400 simulated
trials takes about a tenth of a second (the count model's fits are the slow part).
If cramps come in spells the real chance is lower (the bench: 40% falls to 33% at
the default design), which the words say.

The drop is twice the benefit worth having (2 fewer cramps a week by default: the
issue's goal of 80% at 2 a week; the benefit itself, 1 a week, is the Cochrane 2020
benchmark). The designs offered instead keep the analysis and the stopping rule and
change only what the person can choose: a 4th pair (AHRQ 2014: repeat pairs), and
longer periods with the washout at 2 weeks, as Roffe 2002 analysed the last 4 of 6
weeks.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, replace
from functools import lru_cache

from journal.core.trial.analysis import estimate, verdict
from journal.core.trial.plan import MAX_PAIRS, MIN_PAIRS_TO_STOP, Plan

DECLINE = 0.28  # the steady fall over the trial, as in bench/bench_trial.py
GOAL = 0.8
RUNS = 400  # Monte-Carlo error of a chance near 0.5: 2.5 points; the words round to tenths
SEED = 18
LONGER = (28, 42, 56, 84)  # period days of the designs offered instead
LONG_WASHOUT = 14  # Roffe 2002: 6-week arms, the last 4 weeks analysed


def _draw(rng: random.Random, lam: float) -> int:
    """A Poisson draw: Knuth's method up to a mean of 64 (in parts of at most 32, so
    exp() stays exact), the normal approximation above (skew below 1/8; a rate of
    twitches can reach thousands a period, and this must stay fast)."""
    if lam > 64:
        return max(0, round(rng.gauss(lam, math.sqrt(lam))))
    total = 0
    while lam > 0:
        part = min(lam, 32.0)
        lam -= part
        limit, p = math.exp(-part), rng.random()
        while p > limit:
            total += 1
            p *= rng.random()
    return total


def _expected(plan: Plan, rate: float, drop: float) -> list[tuple[float, float]]:
    """Each period's expected count over its analysed days, off and on magnesium."""
    out = []
    for k in range(2 * plan.pairs):
        first = plan.run_in_days + k * plan.period_days + plan.washout
        days = [first + i for i in range(plan.period_days - plan.washout)]
        base = [rate * (1 - DECLINE * d / plan.total_days) for d in days]
        out.append((sum(base) / 7, sum(max(0.0, b - drop) for b in base) / 7))
    return out


@lru_cache(maxsize=256)
def chance(plan: Plan, rate: float, drop: float, runs: int = RUNS, seed: int = SEED) -> float:
    """The share of simulated trials of `plan` that conclude "helps" when magnesium
    truly lowers a rate of `rate` a week by `drop` a week."""
    rng = random.Random(seed)
    expected = _expected(plan, rate, drop)
    analysed = float(plan.period_days - plan.washout)
    helps = 0
    for _ in range(runs):
        rows: list[tuple[float, float, bool, int]] = []
        for pair in range(plan.pairs):
            first_on = rng.random() < 0.5
            for k, on in ((2 * pair, first_on), (2 * pair + 1, not first_on)):
                rows.append((float(_draw(rng, expected[k][1 if on else 0])), analysed, on, k + 1))
            # before the first look the verdict needs no fit (the fit is the slow part)
            look = pair + 1 >= min(MIN_PAIRS_TO_STOP, plan.pairs)
            est = estimate(rows, plan.benefit, interval=False) if look else None
            found = verdict(est, pair + 1, plan.pairs)
            if found in ("helps", "short", "unclear"):
                helps += found == "helps"
                break
    return helps / runs


@dataclass(frozen=True, slots=True)
class Design:
    plan: Plan
    chance: float
    words: str  # "4 pairs of 6-week periods, the last 4 weeks of each analysed"


def _words(plan: Plan) -> str:
    weeks = plan.period_days / 7
    size = f"{weeks:g}-week" if weeks == int(weeks) else f"{plan.period_days}-day"
    analysed = plan.period_days - plan.washout
    kept = f"{analysed // 7:g} weeks" if analysed % 7 == 0 else f"{analysed} days"
    return f"{plan.pairs} pairs of {size} periods, the last {kept} of each analysed"


def alternatives(plan: Plan) -> list[Plan]:
    """Designs to offer instead, shortest first: a 4th pair, then longer periods."""
    out = []
    if plan.pairs < MAX_PAIRS:
        out.append(replace(plan, pairs=MAX_PAIRS))
    for days in LONGER:
        if days > plan.period_days:
            washout = max(plan.washout, LONG_WASHOUT)
            out.append(replace(plan, pairs=MAX_PAIRS, period_days=days, washout_days=washout))
    return out


def better_design(plan: Plan, rate: float, drop: float) -> Design | None:
    """The shortest design that reaches the goal, else the one that comes closest; None
    when no longer design is on offer."""
    found = [Design(p, chance(p, rate, drop), _words(p)) for p in alternatives(plan)]
    if not found:
        return None
    return next((d for d in found if d.chance >= GOAL), max(found, key=lambda d: d.chance))


def tenths(share: float) -> str:
    return f"about {round(share * 10)} of 10"


def power_line(plan: Plan, rate: float, what: str = "run-in rate") -> str | None:
    """'At your run-in rate of 4.1 cramps a week, this plan finds a real drop of 2 a week
    in about 4 of 10 trials; 4 pairs of 6-week periods, ...: about 6 of 10.' None when
    the outcome is not a count or the rate leaves no room for the drop."""
    drop = 2 * plan.benefit
    if plan.weight != "count" or rate <= drop:
        return None
    rate = round(rate, 1)  # as shown; and fewer distinct cache keys
    mine = chance(plan, rate, drop)
    line = (
        f"At your {what} of {rate:.1f} {plan.outcome_words}, this plan finds a real drop of "
        f"{drop:g} a week in {tenths(mine)} trials"
    )
    spells = " Fewer if your symptoms come in spells."
    if mine >= GOAL:
        return line + "." + spells
    other = better_design(plan, rate, drop)
    if other is None or other.chance <= mine:
        return line + "; no longer design on offer does better." + spells
    lead = "" if round(other.chance * 10) >= GOAL * 10 else "even "
    return (
        f"{line}; {lead}{other.words} ({other.plan.total_days // 7} weeks in all): "
        f"{tenths(other.chance)}.{spells}"
    )


def power_words(plan: Plan, rate: float, what: str = "expected rate") -> str:
    """`power_line`, or why there is none at `rate`: the shell's plan and the app's form
    say the same (the form said nothing where a trial was unlikely to answer)."""
    line = power_line(plan, rate, what)
    if line is not None:
        return line
    if plan.weight != "count":
        return "How often this plan finds a benefit is worked out for counts only."
    return (
        f"At {rate:g} {plan.outcome_words} a drop of {2 * plan.benefit:g} a week leaves "
        "too little to measure: a trial is unlikely to answer anything."
    )
