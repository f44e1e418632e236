"""Logging a food, logging it again, and copying a meal: what ends up in the entry."""

from __future__ import annotations

from datetime import date, time, timedelta

from journal.core.entries.day import Day
from journal.core.entries.models import FoodEntry
from journal.core.food.food_log import boosts, copy_meal, entry_for, meals_of, recent_foods
from journal.core.food.foods import Food, Portion

ALMONDS = Food("usda:12061", "Nuts, almonds", "Nuts", 268.0, 575.0, (Portion("1 oz", 28.35),))
UNKNOWN_KCAL = Food("usda:1", "Mystery", "Other", 50.0, None, ())
TODAY = date(2026, 11, 25)


def eaten(day: date, name: str, at: str, mg: float, meal: str = "breakfast", **kw: str) -> Day:
    entry = FoodEntry(day, time.fromisoformat(at), name, 28.0, mg, 160.0, meal, **kw)
    found = Day(day)
    found.add(entry)
    return found


def test_an_entry_keeps_what_was_chosen_with_figures_to_one_decimal() -> None:
    entry = entry_for(ALMONDS, 10.0, "10 g", TODAY, time(8, 15), "lunch")
    assert (entry.date, entry.time, entry.name, entry.meal) == (
        TODAY,
        time(8, 15),
        "Nuts, almonds",
        "lunch",
    )
    assert (entry.grams, entry.mg, entry.kcal) == (10.0, 26.8, 57.5)
    assert (entry.food_id, entry.portion) == ("usda:12061", "10 g")


def test_the_weight_is_kept_to_two_decimals() -> None:
    entry = entry_for(ALMONDS, 100 / 3, "1/3 of 100 g", TODAY, time(8), "snack")
    assert entry.grams == 33.33
    assert entry.mg == 89.3  # 268 x 0.3333..., to one decimal


def test_a_food_without_an_energy_figure_logs_it_as_unknown_not_zero() -> None:
    entry = entry_for(UNKNOWN_KCAL, 200.0, "200 g", TODAY, time(8), "snack")
    assert (entry.mg, entry.kcal) == (100.0, None)


def test_logging_again_gives_a_new_entry_at_the_new_time_and_meal() -> None:
    recent = recent_foods([eaten(TODAY - timedelta(days=3), "Almonds", "08:00", 76.0)])
    before = recent[0].last
    again = recent[0].entry(TODAY, time(21, 30), "snack")
    assert (again.date, again.time, again.meal) == (TODAY, time(21, 30), "snack")
    assert (again.name, again.grams, again.mg, again.portion) == (
        before.name,
        before.grams,
        before.mg,
        before.portion,
    )
    assert again.id != before.id and len(again.id) == len(before.id)


def test_of_two_entries_at_the_same_minute_the_one_logged_later_is_the_last_portion() -> None:
    day = eaten(TODAY, "Almonds", "08:00", 76.0)
    day.add(FoodEntry(TODAY, time(8), "Almonds", 56.0, 152.0, 320.0, "breakfast"))
    (almonds,) = recent_foods([day])
    assert (almonds.last.mg, almonds.count) == (152.0, 2)


def test_an_earlier_entry_met_later_does_not_replace_the_last_portion() -> None:
    late = eaten(TODAY, "Almonds", "20:00", 152.0)
    early = eaten(TODAY - timedelta(days=1), "Almonds", "08:00", 76.0)
    (almonds,) = recent_foods([late, early])
    assert (almonds.last.mg, almonds.count) == (152.0, 2)


def test_the_same_food_id_under_two_names_is_one_recent_food() -> None:
    days = [
        eaten(TODAY - timedelta(days=1), "Almonds", "08:00", 76.0, food_id="usda:12061"),
        eaten(TODAY, "Nuts, almonds", "08:00", 80.0, food_id="usda:12061"),
    ]
    (almonds,) = recent_foods(days)
    assert (almonds.last.name, almonds.count) == ("Nuts, almonds", 2)


def test_a_food_without_an_id_does_not_stop_the_others_being_boosted() -> None:
    days = [
        eaten(TODAY, "Home soup", "12:00", 30.0),  # typed by hand: no food id
        eaten(TODAY - timedelta(days=1), "Almonds", "08:00", 76.0, food_id="usda:12061"),
    ]
    recent = recent_foods(days)
    assert [r.last.name for r in recent] == ["Home soup", "Almonds"]
    assert boosts(recent, TODAY) == {"usda:12061": 1 + 5.0 - 1 / 6}


def test_a_food_logged_ahead_for_tomorrow_is_boosted_as_if_eaten_today() -> None:
    recent = recent_foods([eaten(TODAY + timedelta(days=1), "Almonds", "08:00", 76.0, food_id="a")])
    assert boosts(recent, TODAY) == {"a": 6.0}


def test_meals_come_in_the_days_order_whatever_order_they_were_logged_in() -> None:
    day = eaten(TODAY, "Soup", "19:00", 30.0, meal="dinner")
    day.add(FoodEntry(TODAY, time(7), "Oats", 40.0, 55.0, 150.0, "breakfast"))
    day.add(FoodEntry(TODAY, time(19, 5), "Bread", 30.0, 20.0, 80.0, "dinner"))
    meals = meals_of(day)
    assert list(meals) == ["breakfast", "dinner"]
    assert [f.name for f in meals["dinner"]] == ["Soup", "Bread"]
    assert [f.name for f in meals["breakfast"]] == ["Oats"]


def test_a_copied_meal_keeps_its_times_and_portions_on_the_new_day() -> None:
    day = eaten(TODAY - timedelta(days=1), "Oats", "07:30", 55.0)
    copies = copy_meal(day.foods, TODAY)
    (copy,) = copies
    (original,) = day.foods
    assert (copy.date, copy.time, copy.meal, copy.mg) == (TODAY, time(7, 30), "breakfast", 55.0)
    assert copy.id != original.id and len(copy.id) == len(original.id)
