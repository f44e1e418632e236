"""`y` copies a meal with its times, but never to a time today that has not come yet."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

from journal.core.entries.models import FoodEntry
from journal.store.journal import Journal
from tests.ui.food_helpers import TODAY, make_app, stored_foods
from tests.ui.painted import told, wait_painted
from tests.waiting import until

YESTERDAY = TODAY - timedelta(days=1)


def logged(journal: Journal, day: date, meal: str, name: str, at: str) -> None:
    when = time.fromisoformat(at)
    journal.add(FoodEntry(day, when, name, 100.0, 80.0, 90.0, meal, portion="100 g"))


def times(day: date, data_dir: Path) -> dict[str, str]:
    return {f.name: f"{f.time:%H:%M}" for f in stored_foods(data_dir, day)}


async def test_a_meal_copied_to_today_before_its_time_is_logged_at_now(data_dir: Path) -> None:
    app = make_app(data_dir)  # the clock: 09:30
    logged(app.journal, YESTERDAY, "breakfast", "Oat bran", "07:30")
    logged(app.journal, YESTERDAY, "dinner", "Salmon", "18:30")
    logged(app.journal, YESTERDAY, "dinner", "Rice", "18:45")
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("y", "2")  # dinner
        await until(pilot, lambda: len(stored_foods(data_dir)) == 2, "dinner copied")
        assert times(TODAY, data_dir) == {"Salmon": "09:30", "Rice": "09:30"}
        assert "dinner copied: 2 foods, at 09:30 as 18:30 has not come yet" in told(app)
        await pilot.press("y", "1")  # breakfast's 07:30 has happened: kept
        await until(pilot, lambda: len(stored_foods(data_dir)) == 3, "breakfast copied")
        assert times(TODAY, data_dir)["Oat bran"] == "07:30"
        assert "breakfast copied: 1 food" in told(app)


async def test_a_meal_copied_to_a_past_day_keeps_its_time(data_dir: Path) -> None:
    app = make_app(data_dir)
    logged(app.journal, YESTERDAY - timedelta(days=1), "dinner", "Salmon", "18:30")
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("left_square_bracket", "y", "1")
        await until(pilot, lambda: stored_foods(data_dir, YESTERDAY), "dinner copied")
        assert times(YESTERDAY, data_dir) == {"Salmon": "18:30"}
        assert "dinner copied: 1 food" in told(app)


async def test_the_foods_of_a_meal_are_told_apart_though_their_names_hold_commas(
    data_dir: Path,
) -> None:
    """Before: "breakfast: Milk, whole, Egg, whole, hard-boiled" (two foods, or five?)."""
    app = make_app(data_dir)
    logged(app.journal, YESTERDAY, "breakfast", "Milk, whole", "07:30")
    logged(app.journal, YESTERDAY, "breakfast", "Egg, whole, hard-boiled", "07:30")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("y")
        await wait_painted(pilot, "1 breakfast: Milk, whole; Egg, whole, hard-boiled · 160 mg")


async def test_y_on_an_empty_day_names_it_as_the_meal_list_does(data_dir: Path) -> None:
    """Before: "Nothing logged on 2026-11-24 to copy.", where the list of meals says
    "Copy a meal from Tuesday 24 November" and Today "Wednesday 25 November 2026"."""
    app = make_app(data_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("y")
        await until(pilot, lambda: told(app), "the toast")
        assert told(app) == ["Nothing logged on Tuesday 24 November to copy."]
