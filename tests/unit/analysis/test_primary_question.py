"""The primary question on journals whose counts can be checked by hand.

The days compared, the symptom rate, the two lags' tables and ratios, the shift test's
p (its oracle: the test run on series built here, day by day), the reason given when
there is nothing to compare, and the days a doubling would need.
"""

from __future__ import annotations

import math
import random
from dataclasses import replace
from datetime import date, timedelta

import numpy as np
import pytest
import statsmodels.api as sm
from statsmodels.stats.contingency_tables import StratifiedTable

from journal.core.analysis.associations import analyse
from journal.core.analysis.daily import ALL, DayRow
from journal.core.analysis.primary import (
    FOUND,
    MIN_TEST_DAYS,
    NOT_ENOUGH,
    NOT_FOUND,
    PRIMARY_ALPHA,
    Primary,
    time_strata,
)
from journal.core.stats import mantel_haenszel as mh
from journal.core.stats.contingency import Table2x2
from journal.core.stats.permutation import Exposure, bits, shift_test
from journal.core.stats.power import days_needed

START = date(2026, 3, 1)
TARGET = 310.0


def day(n: int, mg: float, cramp: bool = False, **factors: float | None) -> DayRow:
    symptoms = {"cramp": (1, 3)} if cramp else {}
    return DayRow(START + timedelta(days=n), mg, 0.0, 1, 0, symptoms, dict(factors))


def scattered(n: int, seed: int, on_low: float = 0.6, on_other: float = 0.1) -> list[DayRow]:
    """Low days (100 mg) at random, 40% of days; cramps at the given rates."""
    rng = random.Random(seed)
    rows = []
    for k in range(n):
        low = rng.random() < 0.4
        rows.append(day(k, 100.0 if low else 400.0, rng.random() < (on_low if low else on_other)))
    return rows


def answer(rows: list[DayRow], group: str = ALL) -> Primary:
    a = analyse(rows, TARGET, primary_group=group)
    assert a.primary is not None
    return a.primary


def test_without_a_low_day_there_is_nothing_to_compare() -> None:
    pr = answer([day(n, 400.0, cramp=n % 5 == 0) for n in range(20)])
    assert pr.status == NOT_ENOUGH and pr.reason == "fewer than 3 low-magnesium days"
    assert (pr.days, pr.rate, pr.low_share) == (20, 4 / 20, 0.0)
    assert pr.p is None and pr.lags == [] and pr.shown is None


def test_with_only_low_days_there_is_nothing_to_compare() -> None:
    pr = answer([day(n, 100.0, cramp=n % 4 == 0) for n in range(20)])
    assert pr.status == NOT_ENOUGH and pr.reason == "fewer than 3 days that were not low"
    assert (pr.days, pr.rate, pr.low_share) == (20, 5 / 20, 1.0)


def test_days_whose_class_is_unknown_give_no_rate() -> None:
    """Every day had a food without a magnesium figure and a known part below the
    limit: none can be called low or not, so none is compared."""
    rows = [
        DayRow(START + timedelta(days=n), 100.0, 0.0, 2, 1, {"cramp": (1, 2)}) for n in range(20)
    ]
    pr = answer(rows)
    assert pr.status == NOT_ENOUGH and pr.reason == "fewer than 3 low-magnesium days"
    assert (pr.days, pr.rate, pr.low_share) == (0, 0.0, 0.0)


@pytest.mark.parametrize(("other", "asked"), [(2, False), (3, True)])
def test_three_days_of_each_kind_are_needed_to_ask(other: int, asked: bool) -> None:
    """Against one or two other days a rate is noise (one gave "0.95 times, Found")."""
    rows = [day(n, 400.0 if n < other else 100.0, cramp=n % 3 == 0) for n in range(30)]
    pr = answer(rows)
    assert (pr.reason != "fewer than 3 days that were not low") is asked


def test_the_shift_test_needs_nineteen_logged_days() -> None:
    """At 4%, the observed alignment must beat 24 others: 18 days give 5 far shifts and
    18 reversed ones (23), 19 days give 6 + 19 = 25."""
    plan = [(n % 3 == 0, n % 3 == 0 and n % 2 == 0) for n in range(19)]
    rows = [day(n, 100.0 if low else 400.0, cramp) for n, (low, cramp) in enumerate(plan)]
    outcome, exposures = _exposures(rows[:18])
    assert math.isinf(shift_test(bits(outcome), 18, exposures, PRIMARY_ALPHA).critical)
    assert MIN_TEST_DAYS == 19
    # The journal waits for them rather than promise an answer at 14 it cannot give.
    short = analyse(rows[:18], TARGET)
    assert not short.enough_data and short.more_days_needed == 1
    assert short.primary is not None and short.primary.status == NOT_ENOUGH
    full = answer(rows)
    assert full.status in (FOUND, NOT_FOUND) and full.rearrangements == 25


def _exposures(rows: list[DayRow]) -> tuple[list[int], list[Exposure]]:
    low = [r.total_mg < TARGET for r in rows]
    same = Exposure(bits(low), bits([not x for x in low]))
    # The day after: day 0 has no day before it and is in neither set.
    before = [False, *low[:-1]]
    after = Exposure(bits(before), bits([n > 0 and not low[n - 1] for n in range(len(rows))]))
    return [1 if r.symptoms else 0 for r in rows], [same, after]


def test_tables_ratios_and_p_are_those_of_the_days() -> None:
    rows = scattered(60, 1)
    pr = answer(rows)
    # Counted by hand from the 60 days: 21 low, 17 of them with a cramp; 4 of the 39
    # others. The day after: 59 days with a day before, 21 after a low one.
    assert (pr.days, pr.rate, pr.low_share) == (60, 21 / 60, 21 / 60)
    same, after = pr.lags
    assert (same.lag, same.table) == (0, Table2x2(17, 4, 4, 35))
    assert (after.lag, after.table) == (1, Table2x2(6, 15, 15, 23))
    # The ratio compares days within each 30-day half (Mantel-Haenszel, checked against
    # statsmodels in tests/unit/stats); the crude one is the table's.
    halves = [((1 << 30) - 1) << k for k in (0, 30)]
    assert time_strata(60) == halves
    for effect, lag in ((same, 0), (after, 1)):
        series = [r.total_mg < TARGET for r in rows]
        low = series if lag == 0 else [False, *series[:-1]]
        had = [lag == 0 or n > 0 for n in range(60)]
        cramp = [bool(r.symptoms) for r in rows]
        tables = [
            Table2x2(
                sum(1 for n in part if low[n] and cramp[n]),
                sum(1 for n in part if low[n] and not cramp[n]),
                sum(1 for n in part if had[n] and not low[n] and cramp[n]),
                sum(1 for n in part if had[n] and not low[n] and not cramp[n]),
            )
            for part in (range(30), range(30, 60))
        ]
        assert effect.ratio == pytest.approx(mh.risk_ratio(tables).ratio)  # type: ignore[union-attr]
    outcome, exposures = _exposures(rows)
    test = shift_test(bits([o == 1 for o in outcome]), 60, exposures, 0.04, strata=halves)
    assert (pr.p, pr.rearrangements) == (test.p, 47 + 60)
    assert [e.z for e in pr.lags] == test.z
    lower = [test.interval(k) for k in (0, 1)]
    assert [e.low for e in pr.lags] == [b[0] for b in lower if b]
    assert same.high is None and after.high is None  # one-sided: a lower bound only
    assert pr.status == FOUND and pr.shown is same
    assert pr.level == 0.96


def test_the_lag_shown_is_the_one_with_the_larger_z() -> None:
    """Cramps the day after a low day, not on it: the day after is shown."""
    rows = scattered(60, 1)
    moved = [
        day(n, r.total_mg, bool(rows[n - 1].symptoms) if n else False) for n, r in enumerate(rows)
    ]
    pr = answer(moved)
    assert pr.lags[1].z > pr.lags[0].z
    assert pr.shown is pr.lags[1]


def test_a_ratio_with_an_empty_cell_adds_a_half_to_each() -> None:
    # Cramps on 6 of 8 low days, never on the other 24: (6.5/9) / (0.5/25) = 36.1.
    rows = [day(n, 100.0 if n % 4 == 0 else 400.0, n % 4 == 0 and n % 16 != 4) for n in range(32)]
    pr = answer(rows)
    assert pr.lags[0].table == Table2x2(6, 2, 0, 24)
    assert pr.lags[0].ratio == pytest.approx((6.5 / 9) / (0.5 / 25))


def test_not_found_sizes_the_journal_for_a_doubling() -> None:
    """Power 80% for a ratio of 2, at 4% two-sided per lag (the one-sided 4% shared by
    two lags), at this journal's symptom rate and share of low days."""
    rows = scattered(60, 2, on_low=0.2, on_other=0.2)
    pr = answer(rows)
    assert pr.status == NOT_FOUND
    expected = days_needed(pr.rate, pr.low_share, 2.0, 0.04, 0.8)
    assert expected is not None and pr.days_needed == expected
    assert pr.more_days == max(0, expected - 60)
    assert pr.rate == sum(1 for r in rows if r.symptoms) / 60
    assert pr.low_share == sum(1 for r in rows if r.total_mg < TARGET) / 60


def test_found_needs_no_more_days() -> None:
    pr = answer(scattered(60, 1))
    assert pr.status == FOUND and pr.days_needed is None and pr.more_days is None


def test_my_symptom_is_the_one_compared() -> None:
    rows = scattered(60, 1)
    # Twitches on 10 other days, all adequate: any symptom is diluted, cramps are not.
    for n in range(60):
        if not rows[n].symptoms and rows[n].total_mg > TARGET and n % 3 == 0:
            rows[n] = DayRow(rows[n].date, 400.0, 0.0, 1, 0, {"twitch": (1, 2)})
    mine, anything = answer(rows, "cramp"), answer(rows)
    assert mine.group == "cramp" and anything.group == ALL
    assert mine.lags[0].table == Table2x2(17, 4, 4, 35)
    assert anything.lags[0].table.c > 4
    assert mine.rate == 21 / 60


def test_a_day_without_food_breaks_the_day_after() -> None:
    rows = scattered(40, 3)
    rows[10] = DayRow(rows[10].date)  # nothing logged: neither day 10 nor day 11's "after"
    pr = answer(rows)
    assert pr.days == 39
    assert pr.lags[1].table.total == 37  # 40 days, less day 0, day 10 and day 11
    assert math.isclose(pr.rate, sum(1 for r in rows if r.symptoms and r.foods) / 39)


# Factors on chosen days of `scattered(60, 1)` (all 60 days compared, lag 0 shown).
# alcohol: exactly 5 days (1 with a cramp); diarrhea: 6 days, none with a cramp; other:
# 5 days, all with a cramp; exercise: all but 5 days (one of those with a cramp);
# standing: 4 days and poor sleep: all but 4 (too few days with or without to adjust for).
FACTOR_DAYS = {
    "alcohol": {5, 6, 7, 8, 11},
    "diarrhea": {1, 2, 3, 5, 7, 11},
    "other": {9, 10, 12, 13, 15},
    "exercise": set(range(60)) - {1, 2, 3, 5, 6},
    "standing": {20, 22, 23, 24},
    "poor_sleep": set(range(60)) - {1, 2, 3, 5},
}


def with_factors(rows: list[DayRow], days: dict[str, set[int]]) -> list[DayRow]:
    return [
        replace(r, factors={k: None for k, d in days.items() if n in d}) for n, r in enumerate(rows)
    ]


def _stratum(rows: list[DayRow], keep: set[int]) -> Table2x2:
    low = [n for n in keep if rows[n].total_mg < TARGET]
    other = [n for n in keep if rows[n].total_mg >= TARGET]
    a = sum(1 for n in low if rows[n].symptoms)
    c = sum(1 for n in other if rows[n].symptoms)
    return Table2x2(a, len(low) - a, c, len(other) - c)


def _poisson(rows: list[DayRow], factors: list[str]) -> tuple[float, float]:
    """statsmodels' modified Poisson: low magnesium's coefficient and se, with a level for
    the second of the main answer's two stretches (days 30-59 of 60) and Newey-West errors
    (3 lags at 60 days), as the answer compares days and allows for streaks."""
    assert len(rows) == 60 and len(time_strata(60)) == 2
    x = [
        [1.0 if r.total_mg < TARGET else 0.0, 1.0 if n >= 30 else 0.0]
        + [1.0 if f in r.factors else 0.0 for f in factors]
        for n, r in enumerate(rows)
    ]
    y = [1 if r.symptoms else 0 for r in rows]
    fit = sm.GLM(np.array(y), sm.add_constant(np.array(x)), family=sm.families.Poisson()).fit(
        cov_type="HAC", cov_kwds={"maxlags": 3}
    )
    return float(fit.params[1]), float(fit.bse[1])


def test_found_is_stratified_by_each_factor_with_five_days_with_and_without() -> None:
    rows = with_factors(scattered(60, 1), FACTOR_DAYS)
    pr = answer(rows)
    assert pr.status == FOUND
    assert [(s.factor, s.days) for s in pr.strata] == [
        ("alcohol", 5),
        ("diarrhea", 6),
        ("exercise", 55),
        ("other", 5),
    ]
    everyone = set(range(60))
    halves = [set(range(30)), set(range(30, 60))]  # the answer's two stretches
    for s in pr.strata:
        days = FACTOR_DAYS[s.factor]
        assert s.within == _stratum(rows, days)
        assert s.without == _stratum(rows, everyone - days)
        # pooled within the factor's days and the others, in each stretch
        strata = [
            _stratum(rows, side & half) for half in halves for side in (days, everyone - days)
        ]
        ref = StratifiedTable(
            [[[t.a, t.b], [t.c, t.d]] for t in strata if t.exposed and t.unexposed]
        )
        assert s.pooled is not None
        assert s.pooled.ratio == pytest.approx(ref.riskratio_pooled, rel=1e-9)
        crude = StratifiedTable([[[t.a, t.b], [t.c, t.d]] for t in (s.within, s.without)])
        assert s.pooled.ratio != pytest.approx(crude.riskratio_pooled, rel=1e-3)


def test_the_model_allows_for_factors_whose_days_differ_in_symptoms() -> None:
    """Diarrhea days never had a cramp and 'other' days always did: neither has a finite
    coefficient, so the model holds alcohol and exercise, as statsmodels fits it."""
    rows = with_factors(scattered(60, 1), FACTOR_DAYS)
    pr = answer(rows)
    assert pr.adjusted_for == ["alcohol", "exercise"]
    coef, se = _poisson(rows, ["alcohol", "exercise"])
    adj = pr.adjusted
    assert adj is not None and adj.name == "low magnesium"
    assert (adj.coef, adj.se) == (pytest.approx(coef, rel=1e-6), pytest.approx(se, rel=1e-6))
    assert adj.ratio == pytest.approx(math.exp(coef), rel=1e-6)
    assert adj.low == pytest.approx(math.exp(coef - 1.959963984540054 * se), rel=1e-6)


def test_a_factor_that_cannot_be_fitted_is_dropped_from_the_model() -> None:
    """Every cramp came on an exercise day: exercise has no finite coefficient beside
    alcohol, so the model drops it (the last added) and allows for alcohol alone."""
    days = {**FACTOR_DAYS, "exercise": set(range(60)) - {1, 2, 3, 5, 7}}
    rows = with_factors(scattered(60, 1), days)
    pr = answer(rows)
    assert pr.adjusted_for == ["alcohol"]
    coef, _ = _poisson(rows, ["alcohol"])
    assert pr.adjusted is not None and pr.adjusted.coef == pytest.approx(coef, rel=1e-6)


def test_cramps_only_on_low_days_leave_nothing_to_fit_and_stay_found() -> None:
    rows = [
        day(n, r.total_mg, r.total_mg < TARGET and bool(r.symptoms))
        for n, r in enumerate(scattered(60, 1))
    ]
    pr = answer(rows)
    assert pr.lags[0].table == Table2x2(17, 4, 0, 39)
    assert pr.status == FOUND
    assert pr.adjusted is None and pr.adjusted_for == []


def test_a_lag_without_any_symptom_day_is_not_the_one_shown() -> None:
    """Every cramp comes the day after a day without food, so the day-after table holds
    none (no ratio, z 0); the same-day table, fewer cramps on low days (z below 0), is
    the one that has something to say."""
    gaps = {5, 12, 19, 26, 33}
    rows = []
    for n in range(40):
        low = n % 3 == 0 and n - 1 not in gaps
        rows.append(
            DayRow(day(n, 0.0).date)
            if n in gaps
            else day(n, 100.0 if low else 400.0, n - 1 in gaps)
        )
    pr = answer(rows)
    same, after = pr.lags
    assert after.table == Table2x2(0, 8, 0, 21) and after.ratio is None and after.z == 0.0
    assert same.table == Table2x2(0, 10, 5, 20) and same.z < 0
    assert pr.shown is same


def test_three_low_days_against_two_others_names_the_others_as_too_few() -> None:
    """The rest of the 30 days hold a food of unknown magnesium: neither low nor not."""
    rows = [day(n, 100.0 if n < 3 else 400.0, cramp=n % 2 == 0) for n in range(5)]
    rows += [
        DayRow(START + timedelta(days=n), 100.0, 0.0, 2, 1, {"cramp": (1, 2)} if n % 3 else {})
        for n in range(5, 30)
    ]
    pr = answer(rows)
    assert pr.status == NOT_ENOUGH and pr.reason == "fewer than 3 days that were not low"


def test_a_stretch_without_symptoms_is_left_out_of_the_model_not_its_factors() -> None:
    """No cramp in the first 4 weeks: that stretch says nothing about a ratio within it,
    and its level in the model would run off to infinity (separation), which used to
    cost the model every factor. The model is the second stretch's days alone."""
    # standing: its days in the second stretch all had a cramp (no finite coefficient
    # there), those in the first none: judged on the days that stay, it stays out
    factors = {"alcohol": {5, 8, 11, 33, 35, 38, 41, 45, 52}, "standing": {2, 4, 30, 32, 44}}
    rows = with_factors(scattered(60, 1), factors)
    rows = [day(n, r.total_mg, False, **r.factors) if n < 30 else r for n, r in enumerate(rows)]
    pr = answer(rows)
    assert pr.status == FOUND and pr.adjusted_for == ["alcohol"]
    later = rows[30:]
    x = [
        [1.0 if r.total_mg < TARGET else 0.0, 1.0 if "alcohol" in r.factors else 0.0] for r in later
    ]
    y = [1 if r.symptoms else 0 for r in later]
    ref = sm.GLM(np.array(y), sm.add_constant(np.array(x)), family=sm.families.Poisson()).fit(
        cov_type="HAC", cov_kwds={"maxlags": 3}
    )
    assert pr.adjusted is not None
    assert pr.adjusted.coef == pytest.approx(ref.params[1], rel=1e-6)
    assert pr.adjusted.se == pytest.approx(ref.bse[1], rel=1e-6)
