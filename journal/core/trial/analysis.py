"""The trial's analysis: the outcome per period, the paired differences, and the model.

Only the later part of each period counts (the first is washout; AHRQ 2014). Each
complete pair gives two periods, each with its count (symptoms of the planned kind on
the analysed days) and its number of analysed days known (logged on, besides the
dose, or marked complete: a day with nothing logged is left out, not read as a day
without symptoms); the model (`counts.py`) is

    log E[count] = log(days / 7) + a + b * magnesium + c * (period number - mean)

a quasi-Poisson log-linear model: exp(b) is the rate ratio on magnesium, and the
spread is judged between periods, phi = max(1, Pearson X^2 / (n - p)), so a bad week
(cramps come in spells) widens the answer instead of passing for an effect. A
severity-weighted outcome is a sum, not a count: quasi-likelihood needs only that the
variance is proportional to the mean (McCullagh and Nelder 1989, ch. 9), so the same
model applies, phi taking up the extra spread. The period term takes out steady
change over the trial (in the crossover trials of magnesium for cramps people
improved over time whatever the order: Frusso 1999, Roffe 2002), so it is not
credited to magnesium. Priors: flat on a and c; on b, N(0, 2.5^2), weakly
informative (the scale Gelman et al. 2008 propose for the coefficient of a two-valued
input, there with a Cauchy's tails): it keeps the answer finite when one side had no
symptoms at all, where a flat prior's runs off to infinity. b's posterior is taken
as Student's t with n - p degrees of freedom around the penalised fit, its scale
from the inverse of X'WX / phi plus the prior's precision; the reduction a week is
exp(a) (1 - exp(b)), with exp(a) (the rate off magnesium mid-trial) at its fitted
value, so P(reduction >= benefit) = P(b <= log(1 - benefit / exp(a))), 0 when the
rate is no more than the benefit. No symptom at all in any period: no reduction.

Why this model (bench/bench_trial.py --runs 1000; 4 pairs of 3-week periods, about 4
cramps a week falling 28% over the trial): a supplement that does nothing is found to
"help" in 1.6% of trials with Poisson cramps and 4.2% when cramps come in spells
(4.2% in 2000 others: --seed 11), a true drop of 2 a week in 39.7% and 33.4%. The
linear model of weekly rates used before (`linear.py`) had 3.1% and 6.0% (7.4%)
false "helps", above the issue's 5% goal in spells, for 41.9% and 31.8% found. The
prior's SD was set by the same bench: every SD from 2 to flat kept false "helps" at
or below 4.6%; a wider one finds a little more (SD 5: 41.4%, flat: 41.7%) but gives
answers of little sense when a side has no symptoms.

From the posterior: the probability that magnesium lowers the outcome by at least
the stated benefit (1 a week by default, the Cochrane 2020 benchmark) and a 90%
interval. Stopping rule: after at least 2 complete pairs, stop when that
probability is above 0.9 or below 0.1; otherwise at the planned last pair.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from journal.core.entries.day import Day
from journal.core.stats.student_t import t_cdf, t_quantile
from journal.core.trial import counts
from journal.core.trial.plan import MIN_PAIRS_TO_STOP, STOP_ABOVE, STOP_BELOW, Plan
from journal.core.trial.schedule import Period, run_in_end
from journal.core.trial.trial import Trial

INTERVAL = 0.90
PRIOR_SD = 2.5  # on the log rate ratio: see the module docstring


def daily_values(
    plan: Plan, days: Iterable[Day], dose_ids: Collection[str] = ()
) -> dict[date, float]:
    """The outcome on each day it is known: symptoms of the planned kind, counted or
    summed by severity (a symptom without a severity counts 1).

    A day is known when something besides the trial's own dose (`dose_ids`) was logged
    on it, or it was marked complete. A dose alone says nothing of the day's symptoms,
    and counting it would make dosing periods look recorded and the others not."""
    out: dict[date, float] = {}
    for day in days:
        others = [s for s in day.supplements if s.id not in dose_ids]
        if not (day.complete or day.foods or others or day.symptoms or day.factors):
            continue
        hits = [s for s in day.symptoms if s.kind == plan.outcome]
        if plan.weight == "severity":
            out[day.date] = float(sum(s.severity or 1 for s in hits))
        else:
            out[day.date] = float(len(hits))
    return out


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def total(values: Mapping[date, float], first: date, last: date) -> float:
    """The outcome summed over the known days of `first`..`last` inclusive."""
    return sum(values.get(d, 0.0) for d in _days(first, last))


def known_days(values: Mapping[date, float], first: date, last: date) -> int:
    """How many days of `first`..`last` inclusive have a known outcome."""
    return sum(1 for d in _days(first, last) if d in values)


def per_week(values: Mapping[date, float], first: date, last: date) -> float | None:
    """The outcome a week over the known days of `first`..`last` (None: none known). A
    day with nothing logged is left out, not taken for a day without symptoms."""
    known = known_days(values, first, last)
    return None if known == 0 else total(values, first, last) * 7 / known


@dataclass(frozen=True, slots=True)
class PeriodOutcome:
    period: Period
    per_week: float | None  # None until the period is over, or when it was not recorded
    magnesium: bool  # internal: never shown while the trial is sealed
    recorded: bool = True  # over, with something logged on at least half its analysed days


@dataclass(frozen=True, slots=True)
class Estimate:
    reduction: float  # a week; positive: lower on magnesium
    low: float
    high: float  # the 90% interval of the reduction
    p_benefit: float  # P(reduction >= the stated benefit)
    df: int
    pairs: int
    # the fitted rate a week off magnesium (mid-trial); at or below the benefit sought,
    # P(benefit) is 0 by arithmetic, not by evidence (NaN: not known, the linear model)
    rate: float = math.nan


@dataclass(frozen=True, slots=True)
class Result:
    run_in_rate: float | None  # None until the run-in is over
    outcomes: list[PeriodOutcome]
    differences: list[float]  # per complete pair: no-magnesium minus magnesium
    estimate: Estimate | None
    verdict: str  # "waiting", "continue", "helps", "short", "unclear"
    diarrhea: dict[str, int] = field(default_factory=dict)  # days logged, by bottle

    @property
    def stop(self) -> bool:
        return self.verdict in ("helps", "short", "unclear")


def estimate(
    rows: Sequence[tuple[float, float, bool, int]],
    benefit: float,
    period_term: bool = True,
    prior_sd: float | None = PRIOR_SD,
    interval: bool = True,
) -> Estimate | None:
    """The posterior for the reduction a week from (count, analysed days, on magnesium,
    period number) rows, by the count model; without `interval`, its bounds are NaN
    (plan-time power, power.py, needs only the reduction and P(benefit))."""
    need = 4 if period_term else 3
    if len(rows) < need or len({m for _, _, m, _ in rows}) < 2:
        return None
    df, pairs = len(rows) - need + 1, len(rows) // 2
    if not any(c for c, *_ in rows):  # no symptoms at all: nothing to lower
        return Estimate(0.0, 0.0, 0.0, 0.0, df, pairs, 0.0)
    try:
        found = counts.fit(rows, period_term, prior_sd)
        rate, b = math.exp(found.coef[0]), found.coef[1]
        se = max(math.sqrt(found.cov[1][1]), 1e-9)
        # the reduction a week, rate * (1 - exp(b)), falls as b rises
        limit = 1 - benefit / rate
        p = 0.0 if limit <= 0 else t_cdf((math.log(limit) - b) / se, found.df)
        low = high = math.nan
        if interval:
            z = t_quantile(0.5 + INTERVAL / 2, found.df)
            low, high = rate * (1 - math.exp(b + z * se)), rate * (1 - math.exp(b - z * se))
        return Estimate(rate * (1 - math.exp(b)), low, high, p, found.df, pairs, rate)
    except (ValueError, OverflowError, ZeroDivisionError):
        return None


def verdict(est: Estimate | None, pairs_done: int, planned: int, ended: str = "") -> str:
    """`ended`: why no more pairs will come ("stopped", "unrecorded"), if so."""
    if est is not None and pairs_done >= MIN_PAIRS_TO_STOP:
        if est.p_benefit > STOP_ABOVE:
            return "helps"
        if est.p_benefit < STOP_BELOW:
            return "short"
    if pairs_done >= planned:
        return "unclear"
    if ended:
        return ended
    return "continue" if pairs_done else "waiting"


def recorded_period(p: Period, values: Mapping[date, float]) -> bool:
    """Whether at least half the period's analysed days have a known outcome."""
    return 2 * known_days(values, p.analysed_from, p.end) >= p.analysed_days


def diarrhea_days(trial: Trial, days: Iterable[Day]) -> dict[str, int]:
    """Days in each bottle's periods with diarrhea logged as a factor."""
    out: dict[str, int] = {}
    for day in days:
        here = trial.day(day.date)
        if here and here.period and any(f.kind == "diarrhea" for f in day.factors):
            out[here.period.bottle] = out.get(here.period.bottle, 0) + 1
    return out


def _row(values: Mapping[date, float], o: PeriodOutcome) -> tuple[float, float, bool, int]:
    """(count, known analysed days, on magnesium, period number): what the count model
    needs; the days known are its exposure, so a day not logged weighs nothing."""
    p = o.period
    known = float(known_days(values, p.analysed_from, p.end))
    return total(values, p.analysed_from, p.end), known, o.magnesium, p.number


def analyse(
    trial: Trial, values: Mapping[date, float], today: date, diarrhea: dict[str, int] | None = None
) -> Result:
    """Everything the trial shows, from the outcome per day, counting days before `today`."""
    if trial.start is None:
        return Result(None, [], [], None, "waiting")
    last = today - timedelta(days=1)
    if trial.stopped is not None:
        last = min(last, trial.stopped)
    plan = trial.plan
    run_in_rate = None
    end = run_in_end(plan, trial.start)
    if plan.run_in_days and end <= last:
        run_in_rate = per_week(values, trial.start, end)
    outcomes = []
    for p in trial.periods:
        recorded = p.end > last or recorded_period(p, values)
        over = p.end <= last and recorded
        rate = per_week(values, p.analysed_from, p.end) if over else None
        outcomes.append(PeriodOutcome(p, rate, trial.on_magnesium(p), recorded))
    pairs: dict[int, list[PeriodOutcome]] = {}
    for o in outcomes:
        pairs.setdefault(o.period.pair, []).append(o)
    complete = [ps for ps in pairs.values() if all(o.per_week is not None for o in ps)]
    rows = [_row(values, o) for ps in complete for o in ps]
    differences = [
        sum((o.per_week or 0.0) * (-1 if o.magnesium else 1) for o in ps) for ps in complete
    ]
    est = estimate(rows, plan.benefit)
    ended = ""
    if trial.stopped is not None:
        ended = "stopped"
    elif trial.periods and all(o.period.end <= last for o in outcomes):
        ended = "unrecorded"  # every period over, yet pairs short: some were not recorded
    done = verdict(est, len(complete), plan.pairs, ended)
    return Result(run_in_rate, outcomes, differences, est, done, diarrhea or {})
