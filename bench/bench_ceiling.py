"""Bench: the most any test could find on bench_findings' journals (a Neyman-Pearson ceiling).

    PYTHONPATH=. python bench/bench_ceiling.py [--journals 20000] [--lengths 90 180]

Needs numpy (installed with the test extras). For each simulated journal
(journal/core/demo/simulated.py) it computes the exact probability of what was
logged (which days were low, which had symptoms; gap days unseen) under no
pattern and under RR 2 at lag 0 and at lag 1, by the forward algorithm over the
simulation's hidden states (flare spell or not, low day or not). By the
Neyman-Pearson lemma, the likelihood ratio of "a pattern at lag 0 or at lag 1,
half each" (as bench_findings plants them) against "no pattern", cut at its
(1 - alpha) quantile over journals without one, is the most powerful level-alpha
test of the one against the other: it is told every parameter of the simulation.

One thing no real test knows is the person's own symptom rate, and a pattern
raises it (RR 2 on a third of days: a third more symptom days), so the cut is
taken among journals without a pattern that have the same number of symptom
days (or the nearest numbers, at least MIN_SAME of them): the ceiling for tests
whose level holds whatever a person's symptom rate. Printed per length and
level: that ceiling for either lag and for a lag known in advance, beside the
main test (its headline says "found") and the same shift test told the lag
(bench_findings' "lag known"), on the same planted journals, each rate with its
Monte-Carlo standard error; and the ceiling test's own level, on fresh journals
without a pattern (a little over alpha: the cut is an estimate, so the ceiling
printed is if anything a little high).
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_findings import lag_known
from journal.core.analysis.associations import analyse
from journal.core.analysis.daily import DayRow
from journal.core.analysis.primary import FOUND, PRIMARY_ALPHA
from journal.core.demo.simulated import LIMIT_MG, P_CALM, P_LOW, START_FLARE, Plan, journal

ALPHAS = (PRIMARY_ALPHA, 0.05)  # the main test's level, and the issue's
PLANTED_RR = 2.0
CAP = 0.95  # simulated.journal caps a day's symptom chance here
MIN_SAME = 400  # null journals a cut is taken from


def observed(journals: list[list[DayRow]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(logged, low, symptom day) per journal and day: what the analysis sees."""
    shape = (len(journals), len(journals[0]))
    logged, low, sick = np.zeros(shape, bool), np.zeros(shape, bool), np.zeros(shape, bool)
    for j, rows in enumerate(journals):
        for n, row in enumerate(rows):
            logged[j, n] = row.logged
            low[j, n] = row.logged and row.total_mg < LIMIT_MG
            sick[j, n] = row.logged and bool(row.symptoms)
    return logged, low, sick


def log_likelihood(
    logged: np.ndarray, low: np.ndarray, sick: np.ndarray, plan: Plan, rr: float, lag: int
) -> np.ndarray:
    """log P(what was logged) per journal, were symptoms `rr` times as likely on a low day
    (lag 0) or the day after one (lag 1), the rest as `plan` makes journals."""
    stay_adequate = 1 - P_LOW * (1 - plan.stay_low) / (1 - P_LOW)
    to_flare = np.array([[1 - START_FLARE, START_FLARE], [1 - plan.stay_flare, plan.stay_flare]])
    to_low = np.array([[stay_adequate, 1 - stay_adequate], [1 - plan.stay_low, plan.stay_low]])
    # chance[f, e]: a symptom day's chance in flare state f, exposed (e = 1) or not
    chance = np.minimum(np.outer([P_CALM, plan.flare], [1.0, rr]), CAP)
    journals, days = logged.shape
    # P(state, what was logged so far) / the running scale, [journal, flare, low]; first
    # the day before the first: no flare, low with its long-run chance.
    forward = np.zeros((journals, 2, 2))
    forward[:, 0, 0], forward[:, 0, 1] = 1 - P_LOW, P_LOW
    total = np.zeros(journals)
    for n in range(days):
        seen, ill = logged[:, n, None, None], sick[:, n, None, None]
        emit = np.where(seen, np.where(ill, chance, 1 - chance), 1.0)  # [journal, flare, exposed]
        if lag == 0:  # exposed: today's low state
            step = np.einsum("jab,ac,bd->jcd", forward, to_flare, to_low) * emit
        else:  # exposed: yesterday's
            step = np.einsum("jab,ac,bd,jcb->jcd", forward, to_flare, to_low, emit)
        # A logged day's low state is seen: only the paths through it count.
        seen_low = np.stack([~low[:, n], low[:, n]], axis=1)  # [journal, low]
        step *= np.where(logged[:, n, None], seen_low, 1.0)[:, None, :]
        scale = step.sum(axis=(1, 2))
        total += np.log(scale)
        forward = step / scale[:, None, None]
    return total


class Journals:
    """Journals of one kind: each one's log likelihood ratios against no pattern (either
    lag, half each; lag 0; lag 1), its number of symptom days, and its rows."""

    def __init__(self, days: int, seeds: range, plan: Plan) -> None:
        self.rows = [journal(days, seed, plan) for seed in seeds]
        seen = observed(self.rows)
        null = log_likelihood(*seen, plan, 1.0, 0)
        self.lag0 = log_likelihood(*seen, plan, PLANTED_RR, 0) - null
        self.lag1 = log_likelihood(*seen, plan, PLANTED_RR, 1) - null
        self.either = np.logaddexp(self.lag0, self.lag1) - math.log(2)
        self.sick_days = seen[2].sum(axis=1)


def beyond(
    ratio: np.ndarray, sick: np.ndarray, null: np.ndarray, null_sick: np.ndarray, level: float
) -> np.ndarray:
    """Whether each ratio is above the (1 - level) quantile of the null journals' ratios
    among those with the same number of symptom days (widened until MIN_SAME)."""
    cuts: dict[int, float] = {}
    need = min(MIN_SAME, null.size)  # a small run (--journals) takes them all
    for k in np.unique(sick):
        width = 0
        while (same := np.abs(null_sick - k) <= width).sum() < need:
            width += 1
        cuts[int(k)] = float(np.quantile(null[same], 1 - level))
    return ratio > np.array([cuts[int(k)] for k in sick])


def found(rows: list[DayRow]) -> bool:
    """The main test's headline on this journal, as the dashboard shows it."""
    primary = analyse(rows, LIMIT_MG).primary
    return primary is not None and primary.status == FOUND


def share(hits: np.ndarray) -> str:
    r = float(hits.mean())
    return f"{r:5.1%} ± {math.sqrt(r * (1 - r) / hits.size):.1%}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--journals", type=int, default=20_000, help="null journals a length")
    parser.add_argument("--planted", type=int, default=4_000, help="planted journals a length")
    parser.add_argument("--lengths", type=int, nargs="+", default=[90, 180])
    args = parser.parse_args()
    half = args.planted // 2
    print(f"RR {PLANTED_RR:g} planted at lag 0 in {half} journals and at lag 1 in {half};")
    print(f"{args.journals} journals without a pattern set the cuts, 4000 more check their level.")
    head = ("days", "level", "ceiling: either lag", "lag known", "main test", "lag known")
    print(
        f"{head[0]:>4} {head[1]:>5}  {head[2]:>19}  {head[3]:>12}  {head[4]:>12}  {head[5]:>12}"
        "  ceiling's level"
    )
    for days in args.lengths:
        null = Journals(days, range(10**7, 10**7 + args.journals), Plan())
        fresh = Journals(days, range(4 * 10**7, 4 * 10**7 + 4000), Plan())
        at0 = Journals(days, range(2 * 10**7, 2 * 10**7 + half), Plan(PLANTED_RR, 0))
        at1 = Journals(days, range(3 * 10**7, 3 * 10**7 + half), Plan(PLANTED_RR, 1))
        either = np.concatenate([at0.either, at1.either])
        sick = np.concatenate([at0.sick_days, at1.sick_days])
        ours = np.array([found(rows) for rows in at0.rows + at1.rows])
        told = np.array(
            [lag_known(rows, 0, PRIMARY_ALPHA) for rows in at0.rows]
            + [lag_known(rows, 1, PRIMARY_ALPHA) for rows in at1.rows]
        )
        for level in ALPHAS:
            ceiling = beyond(either, sick, null.either, null.sick_days, level)
            known = np.concatenate(
                [
                    beyond(at0.lag0, at0.sick_days, null.lag0, null.sick_days, level),
                    beyond(at1.lag1, at1.sick_days, null.lag1, null.sick_days, level),
                ]
            )
            held = beyond(fresh.either, fresh.sick_days, null.either, null.sick_days, level)
            main_test = share(ours) if level == PRIMARY_ALPHA else ""
            lag_told = share(told) if level == PRIMARY_ALPHA else ""
            print(
                f"{days:>4} {level:>5.0%}  {share(ceiling):>19}  {share(known):>12}"
                f"  {main_test:>12}  {lag_told:>12}  {share(held)}"
            )


if __name__ == "__main__":
    main()
