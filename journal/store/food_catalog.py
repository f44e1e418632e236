"""Everything food search needs from disk: the shipped table, own foods, recent entries."""

from __future__ import annotations

from datetime import timedelta

from journal.core import clock
from journal.core.food.food_log import RECENT_DAYS, RecentFood, boosts, recent_foods
from journal.core.food.foods import Food
from journal.core.food.quick_search import full_index
from journal.core.food.search import FoodIndex
from journal.store.journal import Journal
from journal.store.own_foods import read_own_foods
from journal.store.shipped import read_food_table


def read_recent(journal: Journal) -> list[RecentFood]:
    """Foods of the last `RECENT_DAYS` days, most recent first."""
    today = clock.today()
    return recent_foods(journal.days(today - timedelta(days=RECENT_DAYS), today))


def recent_boosts(journal: Journal) -> dict[str, float]:
    return boosts(read_recent(journal), clock.today())


def load_index(journal: Journal) -> tuple[FoodIndex, list[Food]]:
    """The full search index (slow: run it in a worker) and the own foods in it."""
    own, _ = read_own_foods(journal)
    return full_index(read_food_table(), own), own
