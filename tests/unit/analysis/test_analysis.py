"""The dashboard's analysis on crafted journals with known answers, checked against scipy."""

from __future__ import annotations

import math
import random
from datetime import date, timedelta

from scipy import stats as sp

from journal.core.analysis.associations import LOW, analyse
from journal.core.analysis.daily import ALL, read_period
from journal.core.analysis.dashboard import build, coverage_line
from journal.core.analysis.exploratory import family
from journal.core.analysis.findings import findings
from journal.core.analysis.primary import NOT_FOUND
from journal.core.entries.day import Day
from journal.core.entries.models import SupplementEntry
from tests.helpers import factor, food, symptom

START = date(2026, 9, 1)
TARGET = 310.0


def journal_days(plan: list[tuple[float | None, int | None]], step: int = 1) -> list[Day]:
    """One day per (food mg or None for an unknown food, cramp severity or None) from START,
    every `step` days."""
    days = []
    for offset, (mg, cramp) in enumerate(plan):
        day = Day(START + timedelta(days=offset * step))
        day.add(food(day.date, "Oat bran", mg))
        if cramp is not None:
            day.add(symptom(day.date, "cramp", severity=cramp))
        days.append(day)
    return days


def rows_of(days: list[Day]) -> list:
    return read_period(days, days[0].date, days[-1].date).rows


def planted() -> list[Day]:
    # 14 low days with cramps on 9; 30 adequate days with cramps on 3: the example.
    low = [(100.0, 3)] * 9 + [(100.0, None)] * 5
    high = [(400.0, 2)] * 3 + [(400.0, None)] * 27
    return journal_days(low + high)


def lag0(analysis, group: str = "cramp"):
    return next(
        c for c in analysis.comparisons if c.group == group and c.exposure == LOW and not c.lag
    )


def test_two_by_two_and_statistics_on_a_known_journal() -> None:
    a = analyse(rows_of(planted()), TARGET)
    c = lag0(a)
    assert (c.table.a, c.table.b, c.table.c, c.table.d) == (9, 5, 3, 27)
    # The p shown is the Wald test the 95% interval inverts (scipy's Katz interval).
    ref = sp.contingency.relative_risk(9, 14, 3, 30)
    low, high = ref.confidence_interval()
    se = math.log(high / low) / (2 * sp.norm.ppf(0.975))
    assert abs(c.p - 2 * sp.norm.sf(math.log(ref.relative_risk) / se)) < 1e-9
    assert c.risk is not None and round(c.risk.ratio, 2) == 6.43
    assert a.logged == 44 and a.symptom_days == 12


def test_correlations_match_scipy_on_the_same_days() -> None:
    days = planted()
    # Vary the intake so ranks are not all ties.
    for k, day in enumerate(days):
        day.supplements.append(SupplementEntry(day.date, day.foods[0].time, "citrate", 1.0 + k))
    a = analyse(rows_of(days), TARGET)
    intake = [d.total_mg for d in days]
    flags = [1.0 if d.symptoms else 0.0 for d in days]
    severity = [float(d.symptoms[0].severity or 0) if d.symptoms else 0.0 for d in days]
    r = next(x for x in a.correlations if x.group == "cramp" and x.lag == 0)
    pb = sp.pointbiserialr(flags, intake)
    rho = sp.spearmanr(intake, severity)
    assert (
        abs(r.point_biserial - pb.statistic) < 1e-9 and abs(r.point_biserial_p - pb.pvalue) < 1e-9
    )
    assert abs(r.spearman - rho.statistic) < 1e-9 and abs(r.spearman_p - rho.pvalue) < 1e-9
    # Lag 1: the previous day's intake against today's symptom, over days with a logged yesterday.
    r1 = next(x for x in a.correlations if x.group == "cramp" and x.lag == 1)
    pb1 = sp.pointbiserialr(flags[1:], intake[:-1])
    assert r1.n == len(days) - 1 and abs(r1.point_biserial - pb1.statistic) < 1e-9


def test_lag_uses_the_mean_of_the_previous_days() -> None:
    # Cramps come the day after a low day, never on the low day itself.
    plan: list[tuple[float | None, int | None]] = []
    for _ in range(10):
        plan += [(100.0, None), (400.0, 4), (400.0, None)]
    a = analyse(rows_of(journal_days(plan)), TARGET)
    same_day = lag0(a)
    after = next(
        c for c in a.comparisons if c.group == "cramp" and c.exposure == LOW and c.lag == 1
    )
    assert same_day.table.a == 0
    assert (after.table.a, after.table.b, after.table.c, after.table.d) == (10, 0, 0, 19)
    two = next(c for c in a.comparisons if c.group == "cramp" and c.exposure == LOW and c.lag == 2)
    # Mean of the two days before: (100+400)/2 = 250 < 310 on every cramp day but the
    # first, which has only one day before it and is left out.
    assert two.table.a == 9 and two.table.total == 28


def test_unlogged_days_are_left_out_and_counted() -> None:
    days = planted()
    gap_day = Day(days[-1].date + timedelta(days=2))
    gap_day.add(symptom(gap_day.date, "cramp", severity=5))  # a cramp but no food logged
    a = analyse(read_period([*days, gap_day], days[0].date, gap_day.date).rows, TARGET)
    assert a.days == 46 and a.logged == 44 and a.unlogged == 2
    assert lag0(a).table.total == 44


def test_unknown_magnesium_days_left_out_only_when_they_could_change_class() -> None:
    days = planted()
    for mg in (None, 400.0):  # unknown only: could be low or not; known 400 + unknown: adequate
        day = Day(days[-1].date + timedelta(days=1))
        day.add(food(day.date, "Mystery stew", None))
        if mg is not None:
            day.add(food(day.date, "Almonds", mg, at="09:00"))
        day.add(symptom(day.date, "cramp", severity=2))
        days.append(day)
    a = analyse(rows_of(days), TARGET)
    assert a.unclassified == 1
    assert lag0(a).table.c == 4  # the adequate one counts; the unknown one does not
    r = next(x for x in a.correlations if x.group == "cramp" and x.lag == 0)
    assert r.n == 44  # neither inexact day enters the numeric statistics


def test_factor_compared_the_same_way() -> None:
    days = journal_days([(400.0, None)] * 20)
    for day in days[:6]:
        day.add(factor(day.date, "exercise", 60))
        day.add(symptom(day.date, "cramp", severity=3))
    a = analyse(rows_of(days), TARGET)
    c = next(c for c in a.comparisons if c.exposure == "exercise" and c.group == "cramp")
    assert (c.table.a, c.table.b, c.table.c, c.table.d) == (6, 0, 0, 14)
    # No low-magnesium day at all: the main question cannot be asked, and the factor is
    # an exploratory test (q beside p), not a finding, until it can.
    assert findings(a)[0] == (
        "Not enough data: symptoms cannot yet be compared between low-magnesium days and "
        "other days (fewer than 3 low-magnesium days)."
    )
    assert family(a).q_of(c) is not None


def scattered(days: int, seed: int, low_rate: float, other_rate: float) -> list[Day]:
    """Low days at random (no streaks), cramps at the given rate on low and other days."""
    rng = random.Random(seed)
    plan: list[tuple[float | None, int | None]] = []
    for _ in range(days):
        low = rng.random() < 0.4
        cramp = rng.random() < (low_rate if low else other_rate)
        plan.append((100.0 if low else 400.0, 3 if cramp else None))
    return journal_days(plan)


def test_planted_association_is_found_in_words() -> None:
    text = findings(analyse(rows_of(scattered(90, 1, 0.6, 0.1)), TARGET))
    assert text[0] == (
        "Found: Symptoms were logged on 27 of 41 low-magnesium days (66%) and on 5 of 49 other "
        "days (10%), 6.9 times as often comparing days within the same 4 weeks (one-sided "
        "p 0.006; 96% lower bound 3.1). This is an association in your own records, not "
        "proof that magnesium causes it."
    )
    assert text[-1].startswith("Besides the main question, ")
    assert not any("caused by" in line or "because of" in line for line in text)


def test_the_stretches_are_named_by_the_calendar_they_span() -> None:
    """Logged every other day, the same 90 days span half a year: the ratio compares days
    within 3 stretches of 30 logged days, each some 8 weeks long, not "4 weeks"."""
    plan = [(d.foods[0].mg, 3 if d.symptoms else None) for d in scattered(90, 1, 0.6, 0.1)]
    pr = analyse(rows_of(journal_days(plan, step=2)), TARGET).primary
    assert (pr.stretch_days, pr.stretch_span) == (30, 59)
    text = findings(analyse(rows_of(journal_days(plan, step=2)), TARGET))
    assert "6.9 times as often comparing days within the same 8 weeks (" in text[0]


def test_one_streak_weighs_far_less_than_day_level_tests_say() -> None:
    """All 14 low days in one run, and the cramps with them: a day-level test calls that
    6.4 times as often at p 0.001; moved against each other, the two runs line up as
    well or better in 3 of the 75 other alignments (ties counted as better), so the
    shift test's p is fifty times larger and there is no finding."""
    a = analyse(rows_of(planted()), TARGET)
    assert lag0(a).p < 0.0015
    pr = a.primary
    assert pr is not None and pr.p is not None and pr.shown is not None
    assert pr.rearrangements == 75 and pr.p == 4 / 76
    assert pr.status == NOT_FOUND
    text = findings(a)
    assert text[0].startswith("Not found: Symptoms were logged on 9 of 14 days after a low")
    assert "(one-sided p 0.053, a test that keeps the streaks in your days)" in text[0]


def test_no_association_says_not_found_and_the_days_needed() -> None:
    plan = ([(100.0, 2)] + [(100.0, None)] * 3 + [(400.0, 2)] + [(400.0, None)] * 3) * 5
    text = findings(analyse(rows_of(journal_days(plan)), TARGET))
    assert text[0].startswith("Not found: Symptoms were logged on")
    assert "more logged days are needed" in text[1]


def test_short_journal_says_how_many_more_days() -> None:
    text = findings(analyse(rows_of(journal_days([(100.0, 2)] * 2 + [(400.0, None)] * 8)), TARGET))
    assert text == [
        "Not enough data yet for findings: 10 logged days and 2 symptom days so far; "
        "the journal needs 9 more logged days (days with food entries) and "
        "1 more day with a symptom."
    ]


def test_threshold_moves_the_low_day_limit() -> None:
    days = journal_days([(250.0, 3)] * 10 + [(400.0, None)] * 10)
    assert lag0(analyse(rows_of(days), TARGET, 1.0)).table.a == 10
    assert lag0(analyse(rows_of(days), TARGET, 0.75)).table.a == 0  # 250 >= 232.5


def test_dashboard_summary_for_today() -> None:
    days = planted()
    today = days[-1].date
    dash = build(days, today, 30, TARGET)
    assert dash.analysis.days == 30
    assert dash.sources[0][0] == "Oat bran"
    assert dash.average_7 == 400.0
    assert dash.gap_mg == 0 and dash.suggestions == []
    assert dash.analysis.group_days[ALL] == dash.analysis.symptom_days


def test_symptoms_without_severity_are_left_out_of_spearman_only() -> None:
    plan: list[tuple[float | None, int | None]] = [
        (100.0 + 10 * k, (k % 5) + 1 if k % 3 == 0 else None) for k in range(30)
    ]
    days = journal_days(plan)
    days[5].add(symptom(days[5].date, "cramp"))  # a cramp with no severity given
    a = analyse(rows_of(days), TARGET)
    r = next(x for x in a.correlations if x.group == "cramp" and x.lag == 0)
    keep = [d for d in days if d is not days[5]]
    intake = [d.total_mg for d in keep]
    severity = [float(d.symptoms[0].severity or 0) if d.symptoms else 0.0 for d in keep]
    expected = sp.spearmanr(intake, severity)
    assert r.spearman_n == 29 and r.n == 30
    assert abs(r.spearman - expected.statistic) < 1e-9
    assert abs(r.spearman_p - expected.pvalue) < 1e-9


def test_complete_only_uses_marked_days_and_counts_the_rest() -> None:
    days = planted()
    for day in days[:9] + days[14:35]:  # 9 low cramp days and 21 adequate ones marked
        day.complete = True
    rows = rows_of(days)
    a = analyse(rows, TARGET, complete_only=True)
    assert (a.logged, a.complete_days, a.incomplete) == (30, 30, 14)
    assert lag0(a).table == lag0(analyse(rows_of(days[:9] + days[14:35]), TARGET)).table
    assert coverage_line(a) == (
        "30 of 44 days used: complete days with food; left out: 14 with food but not marked "
        "complete."
    )
    assert build(days, days[-1].date, None, TARGET).analysis.complete_only
    unmarked = [*planted()]
    assert not build(unmarked, unmarked[-1].date, None, TARGET).analysis.complete_only


def test_a_partial_day_is_left_out_only_when_its_unknown_share_could_change_its_class() -> None:
    days = planted()
    plan = [(300.0, 3), (310.0, 3), (0.0, 3)]  # known part: just below, at, far below the limit
    for offset, (known, cramp) in enumerate(plan, start=1):
        day = Day(days[-1].date + timedelta(days=offset))
        day.add(food(day.date, "Almonds", known))
        day.add(food(day.date, "Mystery stew", None, at="12:00"))
        day.add(symptom(day.date, "cramp", severity=cramp))
        days.append(day)
    a = analyse(rows_of(days), TARGET)
    assert a.unclassified == 2  # 300 + ? and 0 + ? could be above or below 310
    assert lag0(a).table.c == 4  # 310 + ? is adequate whatever the stew held
    assert "2 left out of the tables because foods without a magnesium figure" in coverage_line(a)


def test_spearman_with_some_severities_missing_matches_scipy_at_every_lag() -> None:
    # Intakes repeat (ties) and every fourth cramp has no severity: each lag ranks a subset.
    plan: list[tuple[float | None, int | None]] = [
        (100.0 + 25 * (k % 13), (k % 5) + 1 if k % 3 == 0 else None) for k in range(120)
    ]
    days = journal_days(plan)
    for day in days[::12]:
        day.symptoms.clear()
        day.add(symptom(day.date, "cramp"))
    a = analyse(rows_of(days), TARGET)
    totals = [d.total_mg for d in days]
    for lag in (0, 1, 2):
        r = next(x for x in a.correlations if x.group == "cramp" and x.lag == lag)
        intake, severity = [], []
        for k in range(lag, len(days)):
            worst = days[k].symptoms[0].severity if days[k].symptoms else 0
            if worst is not None:
                intake.append(sum(totals[k - lag : k]) / lag if lag else totals[k])
                severity.append(float(worst))
        expected = sp.spearmanr(intake, severity)
        assert r.spearman_n == len(intake) < r.n
        assert r.spearman is not None and abs(r.spearman - expected.statistic) < 1e-9
        assert r.spearman_p is not None and abs(r.spearman_p - expected.pvalue) < 1e-9
