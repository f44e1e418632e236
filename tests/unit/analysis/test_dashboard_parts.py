"""The dashboard's pieces a person reads: the period and which days it uses, the
calendar's 16 weeks, the averages, today's gap, and the lines under the answer."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from journal.core.analysis.associations import Analysis, MeanIntake
from journal.core.analysis.daily import DayRow
from journal.core.analysis.dashboard import (
    ANY_FOOD,
    COMPLETE_ONLY,
    DEFAULT_DAYS,
    DEFAULT_PERIOD,
    PERIODS,
    basis_line,
    build,
    build_from_rows,
    coverage_line,
    default_basis,
    mean_lines,
    period_label,
    period_start,
    read_start,
    recent_foods,
)
from journal.core.entries.day import Day
from tests.helpers import food, symptom

TODAY = date(2026, 11, 25)  # the pinned clock's day (tests/conftest.py)


def days_of(
    intakes: dict[int, float], cramps: frozenset[int] | set[int] = frozenset()
) -> list[Day]:
    """A day per `days ago -> mg` (Oat bran), a cramp on the days in `cramps`."""
    out = []
    for ago, mg in sorted(intakes.items(), reverse=True):
        day = Day(TODAY - timedelta(days=ago))
        day.add(food(day.date, "Oat bran", mg))
        if ago in cramps:
            day.add(symptom(day.date))
        out.append(day)
    return out


def test_the_periods_offered_and_the_default_of_ninety_days() -> None:
    assert PERIODS == {"30 days": 30, "90 days": 90, "year": 365, "all": None}
    assert PERIODS[DEFAULT_PERIOD] == DEFAULT_DAYS == 90
    assert (ANY_FOOD, COMPLETE_ONLY) == ("any food", "complete only")


@pytest.mark.parametrize(("length", "label"), [(None, "all days"), (30, "last 30 days")])
def test_the_period_is_named(length: int | None, label: str) -> None:
    assert period_label(length) == label


def test_a_period_starts_length_minus_one_days_before_today() -> None:
    days = days_of({200: 300.0, 3: 300.0})
    assert period_start(TODAY, 30, days) == date(2026, 10, 27)
    assert period_start(TODAY, 1, days) == TODAY
    assert period_start(TODAY, None, days) == TODAY - timedelta(days=200)
    assert period_start(TODAY, None, []) == TODAY


@pytest.mark.parametrize(
    ("length", "back"), [(None, None), (7, 111), (30, 111), (112, 111), (113, 112), (365, 364)]
)
def test_the_store_is_read_far_enough_back_for_the_period_and_the_calendar(
    length: int | None, back: int | None
) -> None:
    """The calendar shows 16 weeks (112 days): a shorter period still reads that far."""
    expected = date.min if back is None else TODAY - timedelta(days=back)
    assert read_start(TODAY, length) == expected


def test_complete_days_become_the_basis_from_fourteen_marked_days() -> None:
    rows = [DayRow(TODAY - timedelta(days=n), 300.0, foods=1, complete=n < 14) for n in range(30)]
    assert default_basis(rows) == COMPLETE_ONLY
    rows[0].complete = False
    assert default_basis(rows) == ANY_FOOD


def test_recent_foods_reach_back_ninety_days() -> None:
    days = days_of({91: 10.0, 90: 20.0, 0: 30.0})
    assert [f.mg for f in recent_foods(days, TODAY)] == [20.0, 30.0]


def test_a_thirty_day_dashboard_keeps_sixteen_weeks_for_the_calendar() -> None:
    days = days_of({n: 200.0 + n for n in range(150)})
    dash = build(days, TODAY, 30, 310.0)
    assert len(dash.rows) == 30 and dash.rows[0].date == date(2026, 10, 27)
    assert len(dash.heat) == 112 and dash.heat[0].date == TODAY - timedelta(days=111)
    assert dash.heat[-1].date == TODAY and dash.today_row.date == TODAY
    assert dash.period == "last 30 days" and dash.analysis.days == 30
    year = build(days, TODAY, 365, 310.0)
    assert len(year.rows) == 365 and [r.date for r in year.heat] == [r.date for r in dash.heat]


def test_averages_leave_out_today_and_days_without_food() -> None:
    # Today (not over) 50 mg; the 7 finished days before it: 100, 200, -, 300, 400, 500,
    # 1000 (one empty): (100 + 200 + 300 + 400 + 500 + 1000) / 6.
    intakes = {0: 50.0, 1: 100.0, 2: 200.0, 4: 300.0, 5: 400.0, 6: 500.0, 7: 1000.0, 8: 700.0}
    intakes |= {30: 900.0, 31: 5000.0}  # 31 days ago: in neither average
    dash = build(days_of(intakes), TODAY, 30, 310.0)
    assert dash.average_7 == pytest.approx(2500 / 6)
    # The 30 finished days before today: those six, 700 and 900: 4100 / 8.
    assert dash.average_30 == pytest.approx(4100 / 8)
    empty = build(days_of({40: 300.0}), TODAY, 30, 310.0)
    assert empty.average_7 is None and empty.average_30 is None


def test_todays_gap_and_the_foods_that_close_it() -> None:
    dash = build(days_of({0: 250.0, 3: 300.0}), TODAY, 30, 310.0)
    assert dash.target == 310.0 and dash.gap_mg == 60.0
    assert dash.suggestions and all(c.mg >= 60.0 for c in dash.suggestions)
    assert dash.nearest == []
    met = build(days_of({0: 310.0}), TODAY, 30, 310.0)
    assert met.gap_mg == 0.0 and met.suggestions == [] and met.nearest == []


def test_a_gap_no_portion_closes_offers_the_richest_portions() -> None:
    dash = build(days_of({0: 0.0}), TODAY, 30, 5000.0)
    assert dash.gap_mg == 5000.0 and dash.suggestions == []
    assert len(dash.nearest) == 3
    assert [c.mg for c in dash.nearest] == sorted((c.mg for c in dash.nearest), reverse=True)


def test_the_foods_that_gave_the_most_are_listed() -> None:
    days = days_of({1: 100.0, 2: 100.0})
    days[0].add(food(days[0].date, "Almonds", 150.0, at="12:00"))
    dash = build(days, TODAY, 30, 310.0)
    assert dash.sources == [("Oat bran", 200.0), ("Almonds", 150.0)]


def test_all_days_start_at_the_first_day_with_entries() -> None:
    rows = {
        TODAY - timedelta(days=n): DayRow(TODAY - timedelta(days=n), 300.0, foods=1)
        for n in (3, 10)
    }
    dash = build_from_rows(rows, [], TODAY, None, 310.0)
    assert dash.period == "all days" and len(dash.rows) == 11
    assert dash.analysis.days == 11 and dash.analysis.logged == 2
    assert len(dash.heat) == 112  # the calendar still shows its 16 weeks
    assert dash.analysis.limit_mg == 310.0  # the threshold is 1 unless given
    assert dash.trial is None
    assert (
        build_from_rows(rows, [], TODAY, None, 310.0, trial="A trial runs").trial == "A trial runs"
    )


def test_a_running_trial_is_said_on_the_dashboard() -> None:
    dash = build(days_of({1: 300.0}), TODAY, 30, 310.0, trial="A trial runs")
    assert dash.trial == "A trial runs"


def test_all_days_of_an_empty_journal_is_today() -> None:
    dash = build_from_rows({}, [], TODAY, None, 310.0)
    assert [r.date for r in dash.rows] == [TODAY] and dash.analysis.days == 1
    assert build([], TODAY, None, 310.0).rows[0].date == TODAY


def test_the_threshold_basis_and_symptom_are_passed_to_the_analysis() -> None:
    days = days_of({n: 250.0 for n in range(1, 31)}, cramps={2, 5, 9})
    for day in days:
        day.complete = (TODAY - day.date).days <= 14  # 14 days in the period marked
    dash = build(days, TODAY, 30, 310.0, threshold=0.5, basis=ANY_FOOD, primary_group="cramp")
    a = dash.analysis
    assert a.limit_mg == 155.0 and not a.complete_only and a.primary_group == "cramp"
    assert build(days, TODAY, 30, 310.0).analysis.complete_only  # 14 marked: the default


def test_the_day_in_progress_is_counted_and_said() -> None:
    dash = build(days_of({0: 100.0, 1: 300.0}), TODAY, 30, 310.0)
    assert dash.analysis.in_progress == 1 and dash.analysis.logged == 1
    assert coverage_line(dash.analysis) == (
        "1 of 30 days logged; left out: 28 without food entries and today (not over yet)."
    )
    quiet = build(days_of({1: 300.0}), TODAY, 30, 310.0)
    assert quiet.analysis.in_progress == 0  # nothing logged today: nothing in progress


def test_findings_and_the_exploratory_family_are_of_the_same_analysis() -> None:
    dash = build(days_of({n: 300.0 for n in range(30)}), TODAY, 30, 310.0)
    assert dash.findings[0].startswith("Not enough data yet for findings: 29 logged days")
    # No symptom: only "any symptom" at lags 2 and 3 is tested (lags 0 and 1 are the
    # main question's; correlations without a symptom day have no p).
    ex = dash.exploratory
    assert ex.tests == 2
    assert all(any(c is x for x in dash.analysis.comparisons) for c, _ in ex.comparisons)
    assert [c.lag for c, _ in ex.comparisons] == [2, 3]


def mean(group: str, on: float | None, n: int, off: float | None, m: int) -> MeanIntake:
    return MeanIntake(group, on, n, off, m)


def test_mean_intake_lines_per_symptom_group() -> None:
    a = Analysis(TODAY, TODAY, 310.0, 1.0)
    a.means = [
        mean("all", 180.4, 9, 399.5, 35),
        mean("cramp", None, 0, 350.0, 44),
        mean("weakness", 200.0, 3, None, 0),
        mean("fatigue", 210.0, 4, 300.0, 40),
    ]
    assert mean_lines(a) == [
        "Symptoms: 180 mg on 9 symptom days, 400 mg on 35 other days",
        "Fatigue: 210 mg on 4 symptom days, 300 mg on 40 other days",
    ]


@pytest.mark.parametrize(
    ("complete_only", "marked", "line"),
    [
        (
            True,
            1,
            "Uses complete days only (1 day marked complete in the period); days not marked "
            "complete are left out.",
        ),
        (
            False,
            0,
            "Uses every day with any food logged (0 days marked complete in the period); a day "
            "logged in part reads as low: mark full days complete (! in the app, mg-journal done).",
        ),
        (
            False,
            2,
            "Uses every day with any food logged (2 days marked complete in the period); a day "
            "logged in part reads as low: mark full days complete (! in the app, mg-journal done).",
        ),
    ],
)
def test_the_basis_in_words(complete_only: bool, marked: int, line: str) -> None:
    a = Analysis(TODAY, TODAY, 310.0, 1.0, complete_only=complete_only, complete_days=marked)
    assert basis_line(a) == line


def analysis(**kw: object) -> Analysis:
    a = Analysis(TODAY, TODAY, 310.0, 1.0)
    for k, v in kw.items():
        setattr(a, k, v)
    return a


@pytest.mark.parametrize(
    ("kw", "line"),
    [
        ({"days": 30, "logged": 30}, "30 of 30 days logged."),
        ({"days": 30, "logged": 28}, "28 of 30 days logged; left out: 2 without food entries."),
        (
            {"days": 30, "logged": 20, "complete_only": True, "incomplete": 10},
            "20 of 30 days used: complete days with food; left out: 10 with food but not "
            "marked complete.",
        ),
        (
            {"days": 30, "logged": 19, "complete_only": True, "incomplete": 10},
            "19 of 30 days used: complete days with food; left out: 1 without food entries and "
            "10 with food but not marked complete.",
        ),
        (
            {"days": 30, "logged": 29, "in_progress": 1},
            "29 of 30 days logged; left out: today (not over yet).",
        ),
        (
            {"days": 30, "logged": 30, "unclassified": 1},
            "30 of 30 days logged; 1 left out of the tables because foods without a magnesium "
            "figure could change whether they were low.",
        ),
    ],
)
def test_coverage_in_words(kw: dict[str, object], line: str) -> None:
    assert coverage_line(analysis(**kw)) == line


def test_one_day_and_one_symptom_day_are_singular() -> None:
    from journal.core.analysis.dashboard import mean_lines, period_label

    assert period_label(1) == "today" and period_label(2) == "last 2 days"
    analysis = Analysis(TODAY, TODAY, 310.0, 1.0)
    analysis.means = [MeanIntake("all", 120.0, 1, 300.0, 1)]
    assert mean_lines(analysis) == ["Symptoms: 120 mg on 1 symptom day, 300 mg on 1 other day"]
    analysis.means = [MeanIntake("all", 120.0, 2, 300.0, 0)]
    assert mean_lines(analysis) == ["Symptoms: 120 mg on 2 symptom days, 300 mg on 0 other days"]
