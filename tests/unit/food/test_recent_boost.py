"""Foods eaten lately rise in search: more the more recently and the more often."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from journal.core.entries.day import Day
from journal.core.entries.models import FoodEntry
from journal.core.food.food_log import boosts, recent_foods
from tests.helpers import food

TODAY = date(2026, 11, 25)


def eaten(food_id: str, *days_ago: int) -> list[Day]:
    days = []
    for ago in days_ago:
        day = Day(TODAY - timedelta(days=ago))
        entry: FoodEntry = food(day.date, food_id)
        day.add(FoodEntry.from_doc({**entry.to_doc(), "food_id": food_id}))
        days.append(day)
    return days


@pytest.mark.parametrize(
    ("days_ago", "boost"),
    [
        ((0,), 1 + 5.0),  # today: the whole recency bonus
        ((6,), 1 + 4.0),
        ((25,), 1 + 5.0 - 25 / 6),  # 1.83
        ((30,), 1.0),  # a month ago: no recency bonus left, only the count
        ((40,), 1.0),
        ((40, 35, 33), 3.0),  # three times, long ago
    ],
)
def test_the_boost_falls_with_age_and_grows_with_count(
    days_ago: tuple[int, ...], boost: float
) -> None:
    assert boosts(recent_foods(eaten("usda:1", *days_ago)), TODAY) == {
        "usda:1": pytest.approx(boost)
    }


def test_yesterdays_food_outranks_last_months() -> None:
    days = eaten("usda:old", 25) + eaten("usda:new", 1)
    got = boosts(recent_foods(days), TODAY)
    assert got["usda:new"] > got["usda:old"]


def test_the_count_is_capped_so_a_habit_does_not_bury_the_rest() -> None:
    got = boosts(recent_foods(eaten("usda:1", *range(40, 60))), TODAY)
    assert got == {"usda:1": 10.0}
