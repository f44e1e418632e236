"""Bench: how often the findings are wrong, and how often they find a real pattern.

    PYTHONPATH=. python bench/bench_findings.py [--journals 300] [--workers 2]

Simulated journals (journal/core/demo/simulated.py: intake and symptoms in streaks,
five factors on random days) are analysed exactly as the dashboard does. Printed, with
the Monte-Carlo standard error of each rate (sqrt(r(1 - r)/N), N journals a cell):

  null: no pattern at all; the share of journals with any finding (the headline
        "found" or "explained", or any exploratory finding)            goal <= 5%
  RR 1.5 / 2 / 3: symptoms that much more common on (or after) low days;
        the share where the headline says "found"   goal RR 2: >= 40% at 90 d, >= 63% at 180 d
        oracle: one day-level test at the planted lag (Wald p < 0.05 with RR > 1, i.e.
        one-sided at 2.5%: a little more than the 2% share of the main test's one-sided
        4% each of its two lags gets), as if the lag were known and the days
        independent: about the ceiling
  lag known: the main test (same shift test, same level) on the planted lag's exposure
        alone, as if the lag had been fixed in advance: what asking about two lags costs
  extra: with RR 2 planted, the share with a false extra finding (a factor named,
        or the answer "explained" by a factor that does nothing)        goal <= 5%
  drifting: no pattern, but low days and symptom days both grow rarer over the journal
        (low days 60% -> 15%, symptoms 1.75 -> 0.25 times their rate): the share with
        any finding                                                     goal <= 5%
  confounded: exercise triples symptoms and makes low days likely, magnesium does
        nothing; the share "explained by exercise", and the share crediting magnesium
  days needed: among planted journals with an answer, the share found beside the
        mean chance the days-needed sentence's power formula gives each journal
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from journal.core.analysis.associations import LOW, MIN_SYMPTOM_DAYS, Analysis, analyse
from journal.core.analysis.daily import DayRow
from journal.core.analysis.exploratory import family
from journal.core.analysis.primary import (
    EXPLAINED,
    FOUND,
    NOT_ENOUGH,
    PRIMARY_ALPHA,
    PRIMARY_LAGS,
    time_strata,
)
from journal.core.demo.simulated import LIMIT_MG, Plan, journal
from journal.core.stats.contingency import fisher_exact_p
from journal.core.stats.permutation import GREATER, Exposure, bits, shift_test
from journal.core.stats.power import power_at_rate

LENGTHS = (30, 90, 180, 365)
RRS = (1.5, 2.0, 3.0)


def old_way(analysis: Analysis) -> tuple[bool, bool, bool]:
    """What the findings said before issue 17: every 2x2 at Fisher p < 0.05, uncorrected.

    (any finding, a low-magnesium finding with RR > 1, a factor finding)."""
    hits = [
        c
        for c in analysis.comparisons
        if c.risk is not None
        and analysis.group_days.get(c.group, 0) >= MIN_SYMPTOM_DAYS
        and fisher_exact_p(c.table) < 0.05
    ]
    low = any(c.exposure == LOW and c.risk is not None and c.risk.ratio > 1 for c in hits)
    return bool(hits), low, any(c.exposure != LOW for c in hits)


def lag_known(rows: list[DayRow], lag: int, alpha: float) -> bool:
    """The main test as if the lag had been known in advance: the same shift test at the
    same level, on the planted lag's exposure alone (the app must ask about both)."""
    logged = [i for i, r in enumerate(rows) if r.logged]
    where = {i: k for k, i in enumerate(logged)}
    low = {i for i in logged if rows[i].total_mg < LIMIT_MG}
    exposed, unexposed = 0, 0
    for i in logged:
        j = i - lag
        if j in where:  # the exposure day was logged
            if j in low:
                exposed |= 1 << where[i]
            else:
                unexposed |= 1 << where[i]
    outcome = bits([bool(rows[i].symptoms) for i in logged])
    exposure = [Exposure(exposed, unexposed)]
    strata = time_strata(len(logged))  # as the main test: days compared within stretches
    test = shift_test(outcome, len(logged), exposure, alpha, GREATER, strata)
    return test.rejects


def promised(analysis: Analysis, rr: float) -> float | None:
    """The chance of a finding that the days-needed sentence's formula gives this journal
    (its own days, symptom rate and share of low days, the planted ratio), at the level
    the answer sizes days with (journal/core/analysis/primary.py); None: no answer."""
    pr = analysis.primary
    if pr is None or pr.status == NOT_ENOUGH:
        return None
    return power_at_rate(pr.days, pr.rate, pr.low_share, rr, 2 * PRIMARY_ALPHA / len(PRIMARY_LAGS))


Result = tuple[str, bool, bool, tuple[bool, ...], float | None]


def one(job: tuple[int, int, Plan]) -> Result:
    """(headline status, any exploratory finding or exercise named, a false extra finding,
    the old way's verdicts, the formula's chance of a finding) for one journal."""
    days, seed, plan = job
    rows = journal(days, seed, plan)
    analysis = analyse(rows, LIMIT_MG)
    verdicts = old_way(analysis) if analysis.enough_data else (False, False, False)
    # The oracle: one day-level test at the planted lag, as if lag and streaks were known;
    # one-sided at 2.5% (two-sided p < 0.05 and RR > 1); the main test: 4% over two lags.
    oracle = analysis.enough_data and any(
        c.group == "all"
        and c.exposure == LOW
        and c.lag == plan.lag
        and c.p < 0.05
        and c.risk is not None
        and c.risk.ratio > 1
        for c in analysis.comparisons
    )
    known = analysis.enough_data and plan.rr != 1 and lag_known(rows, plan.lag, PRIMARY_ALPHA)
    old = (*verdicts, oracle, known)
    status = analysis.primary.status if analysis.primary else ""
    ex = family(analysis) if analysis.enough_data else None
    found = ex.findings if ex else []
    factor_named = any(c.exposure != LOW and not c.exposure.startswith("reverse") for c, _ in found)
    extra = factor_named or status == EXPLAINED
    if plan.confound:
        who = analysis.primary.explained_by if analysis.primary else None
        return status, who == "exercise", extra, old, None
    chance = promised(analysis, plan.rr) if plan.rr != 1 else None
    return status, bool(found), extra, old, chance


def rate(hits: int, n: int) -> str:
    r = hits / n
    return f"{r:6.1%} ± {math.sqrt(r * (1 - r) / n):.1%}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--journals", type=int, default=300, help="journals per cell")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    n = args.journals
    cells: list[tuple[str, int, Plan]] = [("null", d, Plan()) for d in LENGTHS]
    cells += [(f"RR {rr:g}", d, Plan(rr=rr, lag=d % 2)) for rr in RRS for d in LENGTHS]
    cells += [("confounded", d, Plan(confound=True)) for d in (90, 365)]
    cells += [("drifting", d, Plan(drift=True)) for d in (90, 180)]
    jobs = [
        (d, 1_000_003 * c + k, Plan(p.rr, k % 2, p.confound, drift=p.drift))
        for c, (_, d, p) in enumerate(cells)
        for k in range(n)
    ]
    started = time.perf_counter()
    with Pool(args.workers) as pool:
        results = pool.map(one, jobs, chunksize=25)
    took = time.perf_counter() - started
    print(
        f"{n} simulated journals per cell, {len(jobs)} in all, {took:.0f} s on {args.workers} "
        "workers; rates ± their Monte-Carlo standard error."
    )
    print("Planted patterns alternate between the same day (lag 0) and the day after (lag 1).")
    print("The main test is one-sided at 4% over both lags; the oracle one-sided at 2.5% at the")
    print("planted lag, day-level (as if the lag were known and the days independent).")
    print("Each cell also shows the old way (every 2x2 at Fisher p < 0.05, uncorrected).")
    head = ("scenario", "days", "found", "any / oracle", "false extra", "old: finding")
    print(
        f"{head[0]:11}{head[1]:>5}  {head[2]:>14}  {head[3]:>14}  {head[4]:>14}  {head[5]:>14}"
        f"  {'':16}{'lag known':>14}"
    )
    for c, (name, days, plan) in enumerate(cells):
        rs = results[c * n : (c + 1) * n]
        found = sum(1 for r in rs if r[0] == FOUND)
        anything = sum(1 for r in rs if r[0] in (FOUND, EXPLAINED) or r[1])
        extra = sum(1 for r in rs if r[2])
        lead = f"{name:11}{days:>5}  {rate(found, n)}"
        if plan.confound:
            named = sum(1 for r in rs if r[1])
            crude = sum(1 for r in rs if r[0] in (FOUND, EXPLAINED))
            print(f"{lead}  {'':14}  {'':14}  {rate(sum(r[3][1] for r in rs), n)}")
            print(
                f"{'':16}found and named exercise: {rate(named, n)} of journals, "
                f"{named} of the {crude} with a crude association"
            )
        elif name in ("null", "drifting"):
            print(f"{lead}  {rate(anything, n)}  {'':14}  {rate(sum(r[3][0] for r in rs), n)}")
        else:
            old = f"{rate(sum(r[3][1] for r in rs), n)} +{rate(sum(r[3][2] for r in rs), n)}"
            oracle = rate(sum(r[3][3] for r in rs), n)
            known = rate(sum(r[3][4] for r in rs), n)
            print(f"{lead}  {oracle}  {rate(extra, n)}  {old}  {known}")
    print(
        "old: finding = any finding (null), a low-magnesium finding (planted, + a factor "
        "finding beside it), or crediting magnesium (confounded)."
    )
    print()
    print("The days-needed sentence, checked: among planted journals with an answer, the share")
    print("found beside the mean chance its power formula gives them (own days, rate, low share).")
    for c, (name, days, plan) in enumerate(cells):
        answered = [r for r in results[c * n : (c + 1) * n] if r[4] is not None]
        if plan.rr == 1 or plan.confound or plan.drift or not answered:
            continue
        found = sum(1 for r in answered if r[0] == FOUND)
        chance = math.fsum(r[4] or 0.0 for r in answered) / len(answered)
        m = len(answered)
        print(
            f"  {name:7}{days:>5} d: {m:>5} answered, found {rate(found, m)}, formula {chance:6.1%}"
        )


if __name__ == "__main__":
    main()
