"""A day's row, as the dashboard counts it: intake, symptoms, factors and the day in progress."""

from __future__ import annotations

from datetime import date, time, timedelta

from journal.core.analysis.daily import DayRow, period_of, read_period, row_for, settled, total_text
from journal.core.entries.day import Day
from journal.core.entries.models import FactorEntry, FoodEntry, SupplementEntry, SymptomEntry

DAY = date(2026, 11, 20)


def food(name: str, mg: float | None, on: date = DAY) -> FoodEntry:
    return FoodEntry(on, time(8), name, 28.0, mg, 160.0, "breakfast")


def day_of(*entries: object, on: date = DAY, complete: bool = False) -> Day:
    day = Day(on, complete=complete)
    for entry in entries:
        day.add(entry)  # type: ignore[arg-type]
    return day


def test_intake_adds_foods_and_supplements() -> None:
    day = day_of(food("Almonds", 76.0), food("Banana", 32.5))
    day.add(SupplementEntry(DAY, time(9), "citrate", 100.0))
    day.add(SupplementEntry(DAY, time(21), "glycinate", 50.0))
    row = row_for(day)
    assert (row.food_mg, row.supplement_mg, row.total_mg) == (108.5, 150.0, 258.5)
    assert (row.foods, row.unknown_foods, row.logged) == (2, 0, True)
    assert total_text(row) == "258 mg"  # 258.5 shown to the mg, as Python rounds half to even


def test_a_day_with_only_a_supplement_is_not_a_logged_food_day() -> None:
    row = row_for(day_of(SupplementEntry(DAY, time(9), "oxide", 250.0)))
    assert (row.total_mg, row.foods, row.logged) == (250.0, 0, False)


def test_one_food_is_a_logged_day() -> None:
    assert row_for(day_of(food("Oats", 55.0))).logged


def test_foods_without_a_figure_make_the_total_a_lower_bound_and_say_how_many() -> None:
    row = row_for(day_of(food("Almonds", 76.0), food("Soup", None), food("Stew", None)))
    assert (row.food_mg, row.foods, row.unknown_foods) == (76.0, 3, 2)
    assert total_text(row) == "at least 76 mg (2 of 3 foods without a magnesium figure)"
    one = row_for(day_of(food("Soup", None)))
    assert total_text(one) == "at least 0 mg (1 of 1 food without a magnesium figure)"


def test_each_food_name_adds_its_magnesium_to_the_days_and_the_callers_sources() -> None:
    sources = {"Almonds": 10.0}
    day = day_of(food("Almonds", 76.0), food("Almonds", 38.0), food("Oats", 55.0))
    day.add(food("Soup", None))
    row = row_for(day, sources)
    assert row.sources == {"Almonds": 114.0, "Oats": 55.0}
    assert sources == {"Almonds": 124.0, "Oats": 55.0}


def test_symptoms_count_each_and_keep_the_worst_severity() -> None:
    day = day_of(
        SymptomEntry(DAY, time(6), "cramp", severity=2),
        SymptomEntry(DAY, time(7), "cramp"),  # no severity: counted, worst unchanged
        SymptomEntry(DAY, time(8), "cramp", severity=4),
        SymptomEntry(DAY, time(9), "cramp", severity=3),
        SymptomEntry(DAY, time(10), "twitch"),
    )
    assert row_for(day).symptoms == {"cramp": (4, 4), "twitch": (1, None)}


def test_a_severity_after_unrated_symptoms_is_the_worst() -> None:
    day = day_of(
        SymptomEntry(DAY, time(6), "spasm"), SymptomEntry(DAY, time(7), "spasm", severity=1)
    )
    assert row_for(day).symptoms == {"spasm": (2, 1)}


def test_factor_amounts_add_up_and_an_amount_not_given_adds_nothing() -> None:
    day = day_of(
        FactorEntry(DAY, time(7), "exercise", 30.0),
        FactorEntry(DAY, time(18), "exercise", None),
        FactorEntry(DAY, time(19), "exercise", 15.0),
        FactorEntry(DAY, time(20), "alcohol", None),
        FactorEntry(DAY, time(21), "standing", None),
        FactorEntry(DAY, time(22), "standing", 2.0),
    )
    assert row_for(day).factors == {"exercise": 45.0, "alcohol": None, "standing": 2.0}


def test_a_marked_complete_day_says_so() -> None:
    assert row_for(day_of(food("Oats", 55.0), complete=True)).complete
    assert not row_for(day_of(food("Oats", 55.0))).complete


def test_share_of_the_target() -> None:
    row = DayRow(DAY, food_mg=155.0, supplement_mg=155.0)
    assert row.share(310.0) == 1.0
    assert row.share(0.0) == 0.0  # no target: no share, not a division by zero


def test_a_period_has_a_row_for_every_date_including_both_ends() -> None:
    days = [day_of(food("Oats", 55.0), on=DAY), day_of(food("Kale", 20.0), on=DAY + timedelta(3))]
    period = read_period(days, DAY, DAY + timedelta(3))
    assert [r.date for r in period.rows] == [DAY + timedelta(n) for n in range(4)]
    assert [r.total_mg for r in period.rows] == [55.0, 0.0, 0.0, 20.0]
    assert [r.logged for r in period.rows] == [True, False, False, True]
    assert period.sources == {"Oats": 55.0, "Kale": 20.0}


def test_a_periods_sources_sum_over_its_days_only() -> None:
    before = day_of(food("Oats", 99.0), on=DAY - timedelta(1))
    days = [before, day_of(food("Oats", 55.0)), day_of(food("Oats", 45.0), on=DAY + timedelta(1))]
    assert read_period(days, DAY, DAY + timedelta(1)).sources == {"Oats": 100.0}


def test_today_not_marked_complete_is_in_progress_and_blank_for_comparisons() -> None:
    yesterday, today = DAY - timedelta(1), DAY
    days = [day_of(food("Oats", 55.0), on=yesterday), day_of(food("Kale", 20.0), on=today)]
    rows = read_period(days, yesterday, today, today=today).rows
    assert [r.in_progress for r in rows] == [False, True]
    assert rows[1].total_mg == 20.0  # drawn "so far"
    compared = settled(rows)
    assert compared[0] is rows[0]
    assert (compared[1].date, compared[1].total_mg, compared[1].logged) == (today, 0.0, False)
    assert compared[1].in_progress


def test_today_marked_complete_is_an_ordinary_day() -> None:
    days = [day_of(food("Kale", 20.0), complete=True)]
    (row,) = read_period(days, DAY, DAY, today=DAY).rows
    assert not row.in_progress and row.total_mg == 20.0


def test_today_with_nothing_logged_is_in_progress() -> None:
    (row,) = read_period([], DAY, DAY, today=DAY).rows
    assert row.in_progress and row.date == DAY


def test_the_kept_summary_is_not_marked_in_progress_by_one_period() -> None:
    summary = row_for(day_of(food("Kale", 20.0)))
    period = period_of({DAY: summary}, DAY, DAY, today=DAY)
    assert period.rows[0].in_progress and not summary.in_progress
    assert period_of({DAY: summary}, DAY, DAY).rows[0] is summary


def test_a_days_figure_does_not_depend_on_the_order_its_entries_are_read() -> None:
    # Summed in this order, plain floats give 731.5 one way and 731.4999999999999 the
    # other, so an import (which writes entries in a new order) showed 732 then 731 mg.
    figures = [18.4, 326.2, 260.8, 126.1]
    rows = [
        row_for(day_of(*(food(f"Food {n}", mg) for n, mg in enumerate(order))))
        for order in (figures, figures[::-1])
    ]
    assert rows[0].food_mg == rows[1].food_mg == 731.5
    assert total_text(rows[0]) == total_text(rows[1]) == "732 mg"
    assert day_of(*(food("x", mg) for mg in figures[::-1])).food_mg == 731.5
    same = day_of(*(food("Almonds", mg) for mg in figures[::-1]))  # one name: one source
    sources: dict[str, float] = {}
    row_for(same, sources)
    assert sources == {"Almonds": 731.5}


def test_supplements_are_summed_in_any_order_alike() -> None:
    doses = [SupplementEntry(DAY, time(9), "citrate", mg) for mg in (18.4, 326.2, 260.8, 126.1)]
    assert row_for(day_of(*doses)).supplement_mg == row_for(day_of(*doses[::-1])).supplement_mg
    assert row_for(day_of(*doses[::-1])).supplement_mg == 731.5
