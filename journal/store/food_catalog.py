"""Everything food search needs from disk: the shipped table, own foods, recent entries."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from journal.core import clock
from journal.core.food.food_log import RECENT_DAYS, RecentFood, boosts, recent_foods
from journal.core.food.foods import Food
from journal.core.food.quick_search import full_index
from journal.core.food.search import FoodIndex
from journal.store.errors import StoreError
from journal.store.journal import Journal
from journal.store.own_foods import read_own_foods, same_as_ids
from journal.store.shipped import read_food_table


def read_recent(journal: Journal) -> list[RecentFood]:
    """Foods of the last `RECENT_DAYS` days, most recent first.

    Only an order for the search: a day that cannot be read (damaged, or written by a
    newer version on another computer) is left out of it, never allowed to stop a log.
    """
    today = clock.today()
    start = today - timedelta(days=RECENT_DAYS)
    try:
        return _twins_as_one(recent_foods(journal.days(start, today)), same_as_ids(journal))
    except StoreError:
        readable = []
        for _, path in journal.day_files(start, today):
            try:
                readable.append(next(journal.read_days([(start, path)])))
            except (StoreError, StopIteration):
                continue
        return recent_foods(readable)


def _twins_as_one(recent: list[RecentFood], twins: dict[str, str]) -> list[RecentFood]:
    """Foods logged from an own food a merge found made twice (`same_as`) counted as the
    one shown, so its boost and last portion are that food's."""
    if not twins:
        return recent
    out: list[RecentFood] = []
    at: dict[str, int] = {}  # food id -> its place in `out`
    for item in recent:  # the latest first: the first of two twins is the last eaten
        food_id = item.last.food_id
        kept = twins.get(food_id, food_id) if food_id else None
        if kept is not None and kept in at:
            first = out[at[kept]]
            out[at[kept]] = RecentFood(first.last, first.count + item.count)
            continue
        if kept is not None:
            at[kept] = len(out)
        last = item.last if kept == food_id else dataclasses.replace(item.last, food_id=kept)
        out.append(RecentFood(last, item.count))
    return out


def recent_boosts(journal: Journal) -> dict[str, float]:
    return boosts(read_recent(journal), clock.today())


def load_index(journal: Journal) -> tuple[FoodIndex, list[Food]]:
    """The full search index (slow: run it in a worker) and the own foods in it."""
    own, _ = read_own_foods(journal)
    return full_index(read_food_table(), own), own
