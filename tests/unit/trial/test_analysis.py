"""The trial's analysis (`core/trial/analysis.py`): the outcome per day and per period, what
counts by which day, the stopping rule at its boundaries.

The trial below (seed 7, 3 pairs of 21-day periods after a 14-day run-in from Mon 5 Jan
2026) has its periods in the order A B | A B | B A: the run-in is 5-18 Jan, period 1 runs
19 Jan - 8 Feb (analysed from 29 Jan: 11 days), period 2 9 Feb - 1 Mar. Without a
placebo bottle A is magnesium.
"""

from __future__ import annotations

import math
from datetime import date, time, timedelta

import pytest

from journal.core.entries.day import Day
from journal.core.entries.models import FactorEntry, SupplementEntry, SymptomEntry
from journal.core.trial import counts
from journal.core.trial.analysis import (
    PRIOR_SD,
    Estimate,
    Result,
    analyse,
    daily_values,
    diarrhea_days,
    estimate,
    known_days,
    per_week,
    total,
    verdict,
)
from journal.core.trial.plan import Plan
from journal.core.trial.trial import Trial
from journal.core.validate import ValidationError
from tests.unit.trial.example import COUNT_ROWS

START = date(2026, 1, 5)
RUN_IN_END = date(2026, 1, 18)
PERIOD_1, P1_ANALYSED, P1_END = date(2026, 1, 19), date(2026, 1, 29), date(2026, 2, 8)
PERIOD_2, P2_ANALYSED, P2_END = date(2026, 2, 9), date(2026, 2, 19), date(2026, 3, 1)
NOON = time(12, 0)


def plan(**kw: object) -> Plan:
    args: dict[str, object] = {"form": "glycinate", "dose_mg": 300, "seed": 7}
    args.update(kw)
    return Plan(**args, created=date(2026, 1, 1))  # type: ignore[arg-type]


def day(on: date, *symptoms: tuple[str, int | None], factors: tuple[str, ...] = ()) -> Day:
    d = Day(on)
    for kind, severity in symptoms:
        d.add(SymptomEntry(on, NOON, kind, severity))
    for kind in factors:
        d.add(FactorEntry(on, NOON, kind))
    return d


def test_the_outcome_of_a_day_is_its_count_or_its_severity_points() -> None:
    days = [
        day(START, ("cramp", 3), ("cramp", None), ("twitch", 2)),
        day(START + timedelta(days=1), factors=("exercise",)),  # logged, no symptom: 0
    ]
    assert daily_values(plan(), days) == {START: 2.0, START + timedelta(days=1): 0.0}
    # a severity-weighted outcome: 3 + 1 (no severity counts 1)
    assert daily_values(plan(weight="severity"), days)[START] == 4.0
    assert daily_values(plan(outcome="twitch"), days)[START] == 1.0


def test_a_day_is_known_by_what_was_logged_besides_the_trials_dose() -> None:
    """A helper's report: the dose entry made every magnesium day count as recorded and
    symptom-free, while the off periods' days without symptoms were 'not recorded'."""
    dose = SupplementEntry(START, NOON, "glycinate", 300.0, None, "trial, bottle A")
    other = SupplementEntry(START, NOON, "citrate", 100.0)
    only_dose, with_other, complete = Day(START), Day(START), Day(START, complete=True)
    only_dose.add(dose)
    with_other.add(dose)
    with_other.add(other)
    ids = {dose.id}
    assert daily_values(plan(), [only_dose], ids) == {}
    assert daily_values(plan(), [only_dose]) == {START: 0.0}  # not the trial's: a day logged
    assert daily_values(plan(), [with_other], ids) == {START: 0.0}
    assert daily_values(plan(), [complete], ids) == {START: 0.0}  # marked done: none felt
    assert daily_values(plan(), [Day(START)], ids) == {}
    later = day(START + timedelta(days=1), ("cramp", 2))
    assert daily_values(plan(), [only_dose, later], ids) == {later.date: 1.0}  # read on


def test_totals_and_rates_count_both_ends_and_only_the_days_known() -> None:
    values = {START: 1.0, START + timedelta(days=2): 2.0, START + timedelta(days=3): 4.0}
    assert total(values, START, START + timedelta(days=2)) == 3.0
    assert total(values, START + timedelta(days=2), START + timedelta(days=2)) == 2.0
    assert known_days(values, START, START + timedelta(days=3)) == 3
    assert known_days(values, START + timedelta(days=1), START + timedelta(days=1)) == 0
    assert per_week(values, START + timedelta(days=3), START + timedelta(days=3)) == 28.0
    # days 1-3: day 1 not known, so (2 + 4) * 7 / 2, not (2 + 4) * 7 / 3
    assert per_week(values, START + timedelta(days=1), START + timedelta(days=3)) == 21.0
    assert per_week(values, START + timedelta(days=1), START + timedelta(days=1)) is None


def test_the_stopping_rule_at_its_boundaries() -> None:
    def est(p: float) -> Estimate:
        return Estimate(1.0, 0.0, 2.0, p, 3, 2)

    assert verdict(None, 0, 3) == "waiting"
    assert verdict(est(0.99), 1, 3) == "continue"  # one pair is too few to stop on
    assert verdict(est(0.99), 2, 3) == "helps"
    assert verdict(est(0.01), 2, 3) == "short"
    assert verdict(est(0.9), 2, 3) == "continue"  # above 0.9, not at it
    assert verdict(est(0.9 + 1e-9), 2, 3) == "helps"
    assert verdict(est(0.1), 2, 3) == "continue"  # below 0.1, not at it
    assert verdict(est(0.1 - 1e-9), 2, 3) == "short"
    assert verdict(None, 2, 3) == "continue"  # no estimate: nothing to stop on
    assert verdict(est(0.5), 3, 3) == "unclear"
    assert verdict(None, 3, 3) == "unclear"
    assert verdict(est(0.95), 3, 3) == "helps"  # the rule is met at the last pair too
    assert verdict(est(0.05), 4, 3) == "short"
    verdicts = ("waiting", "continue", "helps", "short", "unclear")
    stops = {v: Result(None, [], [], None, v).stop for v in verdicts}
    assert stops == {
        "waiting": False,
        "continue": False,
        "helps": True,
        "short": True,
        "unclear": True,
    }


def test_no_symptom_at_all_still_counts_its_pairs_and_degrees_of_freedom() -> None:
    rows = [(0.0, 11.0, n % 2 == 0, n) for n in range(1, 7)]
    # 6 periods, 3 coefficients: 3 degrees of freedom, 3 pairs
    assert estimate(rows, 1.0) == Estimate(0.0, 0.0, 0.0, 0.0, 3, 3, 0.0)
    # without the period term 2 coefficients: 4
    assert estimate(rows, 1.0, period_term=False) == Estimate(0.0, 0.0, 0.0, 0.0, 4, 3, 0.0)


ROWS = COUNT_ROWS[:6]


def test_a_benefit_above_the_rate_off_magnesium_has_no_chance() -> None:
    est = estimate(ROWS, 1.0)
    assert est is not None and 0 < est.p_benefit < 1
    # off magnesium 9 + 12 + 3 = 24 in 33 days, about 5.1 a week: a drop of 6 is impossible
    big = estimate(ROWS, 6.0)
    assert big is not None and big.p_benefit == 0.0
    assert big.reduction == est.reduction and big.low == est.low


def test_plan_time_power_asks_no_interval_and_gets_the_same_answer() -> None:
    full, bare = estimate(ROWS, 1.0), estimate(ROWS, 1.0, interval=False)
    assert full is not None and bare is not None
    assert math.isnan(bare.low) and math.isnan(bare.high)
    assert (bare.reduction, bare.p_benefit, bare.df, bare.pairs) == (
        full.reduction,
        full.p_benefit,
        full.df,
        full.pairs,
    )
    assert full.low < full.reduction < full.high


def _spread(values: dict[date, float], first: date, days: int, per_day: float) -> None:
    for i in range(days):
        values[first + timedelta(days=i)] = per_day


def test_nothing_to_analyse_before_the_start() -> None:
    assert analyse(Trial(plan()), {START: 3.0}, PERIOD_2) == Result(None, [], [], None, "waiting")


def test_the_run_in_rate_shows_from_the_day_after_the_run_in() -> None:
    t = Trial(plan()).started(START)
    values = {START + timedelta(days=n): 0.0 for n in range(14)}  # logged every day
    values |= {START: 2.0, RUN_IN_END: 1.0, PERIOD_1: 9.0}  # 3 in 14 days: 1.5 a week
    assert analyse(t, values, RUN_IN_END).run_in_rate is None
    assert analyse(t, values, PERIOD_1).run_in_rate == pytest.approx(1.5)
    assert analyse(t, values, P2_END).run_in_rate == pytest.approx(1.5)
    none = Trial(plan(run_in_days=0)).started(START)
    assert analyse(none, values, P2_END).run_in_rate is None


def test_a_period_counts_from_the_day_after_it_ends_its_washout_left_out() -> None:
    t = Trial(plan()).started(START)
    values: dict[date, float] = {}
    _spread(values, PERIOD_1, 10, 5.0)  # the washout: not counted
    _spread(values, P1_ANALYSED, 11, 2.0)  # 22 in 11 days: 14 a week
    _spread(values, P2_ANALYSED, 11, 1.0)  # 7 a week
    result = analyse(t, values, P1_END)
    assert [o.per_week for o in result.outcomes] == [None] * 6
    assert result.differences == [] and result.estimate is None
    assert result.verdict == "waiting"
    result = analyse(t, values, PERIOD_2)
    assert result.outcomes[0].per_week == pytest.approx(14.0)
    assert result.outcomes[1].per_week is None
    assert [o.magnesium for o in result.outcomes] == [True, False, True, False, False, True]
    assert result.differences == [] and result.verdict == "waiting"
    result = analyse(t, values, P2_END + timedelta(days=1))
    # one pair: no supplement 7 a week minus magnesium 14 a week
    assert result.differences == pytest.approx([-7.0])
    assert result.estimate is None  # 2 periods are too few for the count model
    assert result.verdict == "continue"


def test_a_stopped_trial_counts_nothing_after_its_stop_day() -> None:
    values: dict[date, float] = {}
    _spread(values, P1_ANALYSED, 11, 2.0)
    _spread(values, P2_ANALYSED, 11, 1.0)
    later = date(2026, 6, 1)
    at_end = Trial(plan()).started(START).stopped_on(P1_END, "")
    outcomes = analyse(at_end, values, later).outcomes
    assert outcomes[0].per_week == pytest.approx(14.0) and outcomes[1].per_week is None
    before = Trial(plan()).started(START).stopped_on(P1_END - timedelta(days=1), "")
    assert analyse(before, values, later).outcomes[0].per_week is None


def test_diarrhea_is_counted_by_bottle_on_period_days_only() -> None:
    t = Trial(plan()).started(START)
    days = [
        day(RUN_IN_END, factors=("diarrhea",)),  # the run-in: no bottle
        day(PERIOD_1, factors=("diarrhea",)),
        day(P1_END, factors=("alcohol", "diarrhea")),
        day(PERIOD_2, factors=("alcohol",)),
        day(P2_END, factors=("diarrhea",)),
        day(date(2026, 6, 1), factors=("diarrhea",)),  # after the end
    ]
    assert diarrhea_days(t, days) == {"A": 2, "B": 1}
    assert analyse(t, {}, PERIOD_2, {"A": 2}).diarrhea == {"A": 2}
    assert analyse(t, {}, PERIOD_2).diarrhea == {}


def test_a_period_without_symptoms_counts_zero_in_its_pair() -> None:
    t = Trial(plan()).started(START)
    values: dict[date, float] = {}
    _spread(values, P1_ANALYSED, 11, 0.0)  # period 1 (magnesium): logged, no symptom
    _spread(values, P2_ANALYSED, 11, 1.0)
    result = analyse(t, values, P2_END + timedelta(days=1))
    assert result.outcomes[0].per_week == 0.0
    assert result.differences == pytest.approx([7.0])  # 7 a week without, 0 with


@pytest.mark.parametrize(("logged_days", "recorded"), [(5, False), (6, True)])
def test_a_period_with_nothing_logged_on_most_days_is_not_recorded(
    logged_days: int, recorded: bool
) -> None:
    """11 analysed days: 6 with anything logged (half, rounded up) make it a record; with
    5, the empty days are not known to have had no symptoms, and the pair is left out."""
    t = Trial(plan()).started(START)
    values: dict[date, float] = {}
    _spread(values, P1_ANALYSED, logged_days, 0.0)
    _spread(values, P2_ANALYSED, 11, 1.0)
    result = analyse(t, values, P2_END + timedelta(days=1))
    assert result.outcomes[0].recorded is recorded
    assert (result.outcomes[0].per_week is None) is not recorded
    assert len(result.differences) == (1 if recorded else 0)


def test_a_trial_with_nothing_logged_gives_no_answer() -> None:
    """Every period over, nothing logged: no estimate and no stopping rule, "unrecorded",
    from the day after the last period ends."""
    t = Trial(plan(run_in_days=0)).started(START)
    end = t.periods[-1].end
    result = analyse(t, {}, end + timedelta(days=1))
    assert result.estimate is None and result.differences == []
    assert result.verdict == "unrecorded" and not result.stop
    assert all(not o.recorded for o in result.outcomes)
    assert analyse(t, {}, end).verdict == "waiting"  # its last day not over: not yet


@pytest.mark.parametrize(("logged", "recorded"), [(5, True), (4, False)])
def test_exactly_half_the_analysed_days_logged_is_a_record(logged: int, recorded: bool) -> None:
    """Periods of 20 days: 10 analysed, 5 of them logged is half, enough."""
    t = Trial(plan(period_days=20)).started(START)
    p = t.periods[0]
    assert p.analysed_days == 10
    values = {p.analysed_from + timedelta(days=i): 0.0 for i in range(logged)}
    result = analyse(t, values, p.end + timedelta(days=1))  # its last day just over
    assert result.outcomes[0].recorded is recorded


def test_a_stopped_trial_says_stopped_not_goes_on() -> None:
    t = Trial(plan()).started(START)
    values: dict[date, float] = {}
    _spread(values, P1_ANALYSED, 11, 0.0)
    _spread(values, P2_ANALYSED, 11, 1.0)
    stopped = t.stopped_on(P2_END + timedelta(days=3), "moving house")
    result = analyse(stopped, values, P2_END + timedelta(days=30))
    assert result.verdict == "stopped" and len(result.differences) == 1
    with pytest.raises(ValidationError, match="the trial was stopped on"):
        stopped.amended("pairs", "4", P2_END + timedelta(days=30), "more")


def test_a_trial_cannot_start_before_its_plan_was_written() -> None:
    with pytest.raises(ValidationError, match=r"before the plan was written \(2026-01-01\)"):
        Trial(plan()).started(date(2025, 12, 31))
    assert Trial(plan()).started(date(2026, 1, 1)).start == date(2026, 1, 1)


def test_a_benefit_exactly_the_rate_off_magnesium_has_no_chance() -> None:
    """A drop of all of the symptoms is the most there is: P(a drop of more) is 0."""
    rate = math.exp(counts.fit(ROWS, prior_sd=PRIOR_SD).coef[0])
    est = estimate(ROWS, rate)
    assert est is not None and est.p_benefit == 0.0
    nearly = estimate(ROWS, rate * 0.999)
    assert nearly is not None and 0 < nearly.p_benefit < 0.01


def test_an_amended_dose_keeps_the_periods_before_it_at_their_dose() -> None:
    t = Trial(plan()).started(START)
    amended = t.amended("dose_mg", "200", PERIOD_2 + timedelta(days=3), "stomach upset")
    p1, p2 = amended.periods[0], amended.periods[1]
    mg_period = p1 if amended.on_magnesium(p1) else p2
    other = p2 if mg_period is p1 else p1
    assert amended.dose_on(PERIOD_1) == 300 and amended.dose_on(P2_END) == 200
    assert amended.dose_on(PERIOD_2 + timedelta(days=2)) == 300  # the day before it: 300
    assert amended.dose_on(PERIOD_2 + timedelta(days=3)) == 200  # from its date on
    before = "magnesium 300 mg" if mg_period is p1 else "magnesium 300 then 200 mg"
    assert amended.bottle_words(mg_period) == before
    assert amended.bottle_words(other) == "no supplement"
    assert amended.bottle_words(amended.periods[-1]) in ("magnesium 200 mg", "no supplement")


def test_a_period_logged_on_part_of_its_days_is_rated_over_those_days() -> None:
    """A helper's report: 12 cramps on 9 logged days of 11 showed 7.6 a week, not 9.3."""
    t = Trial(plan()).started(START)
    values: dict[date, float] = {}
    _spread(values, P1_ANALYSED, 11, 1.0)  # every day logged: 7 a week
    _spread(values, P2_ANALYSED, 6, 1.0)  # 6 of 11 days logged, a cramp on each: 7 a week
    result = analyse(t, values, P2_END + timedelta(days=1))
    assert [o.per_week for o in result.outcomes[:2]] == pytest.approx([7.0, 7.0])
    assert result.differences == pytest.approx([0.0])
