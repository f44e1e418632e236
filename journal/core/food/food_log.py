"""Turning a chosen food and portion into an entry, and reusing what was eaten before.

Recent foods come from the person's own entries: they rank first in search
(`boosts`), can be logged again with their last portion (`RecentFood.entry`), and a
whole meal of one day can be copied to another (`copy_meal`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, time

from journal.core.entries.day import Day
from journal.core.entries.models import MEALS, FoodEntry, new_id
from journal.core.food.foods import Food

RECENT_DAYS = 30


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def entry_for(food: Food, grams: float, portion: str, day: date, at: time, meal: str) -> FoodEntry:
    """A FoodEntry for ``grams`` of ``food``; raises ValidationError on a bad value."""
    return FoodEntry(
        day,
        at,
        food.name,
        round(grams, 2),
        _round(food.mg_for(grams)),
        _round(food.kcal_for(grams)),
        meal,
        food_id=food.id,
        portion=portion,
    )


@dataclass(frozen=True, slots=True)
class RecentFood:
    """A food the person logged lately: its last portion and how often they logged it."""

    last: FoodEntry
    count: int

    @property
    def key(self) -> str:
        return self.last.food_id or f"name:{self.last.name}"

    def entry(self, day: date, at: time, meal: str) -> FoodEntry:
        """The same food and portion again, as a new entry."""
        return dataclasses.replace(self.last, date=day, time=at, meal=meal, id=new_id())


def recent_foods(days: Iterable[Day]) -> list[RecentFood]:
    """Foods of ``days``, most recently logged first (the last entry of each counts)."""
    latest: dict[str, FoodEntry] = {}
    counts: dict[str, int] = {}
    for day in days:
        for food in day.foods:
            key = food.food_id or f"name:{food.name}"
            counts[key] = counts.get(key, 0) + 1
            previous = latest.get(key)
            if previous is None or (food.date, food.time) >= (previous.date, previous.time):
                latest[key] = food
    ordered = sorted(latest.items(), key=lambda kv: (kv[1].date, kv[1].time), reverse=True)
    return [RecentFood(entry, counts[key]) for key, entry in ordered]


def boosts(recent: list[RecentFood], today: date) -> dict[str, float]:
    """Search boost per food id: how often (log-ish) plus how lately it was eaten."""
    scores: dict[str, float] = {}
    for item in recent:
        if item.last.food_id is None:
            continue
        age = max(0, (today - item.last.date).days)
        scores[item.last.food_id] = min(item.count, 10) + max(0.0, 5.0 - age / 6.0)
    return scores


def meals_of(day: Day) -> dict[str, list[FoodEntry]]:
    """The day's foods by meal, in meal order, leaving out meals with nothing logged."""
    return {meal: found for meal in MEALS if (found := [f for f in day.foods if f.meal == meal])}


def copy_meal(entries: list[FoodEntry], day: date) -> list[FoodEntry]:
    """Copies of a meal's entries on ``day``, same times, each with a new id."""
    return [dataclasses.replace(e, date=day, id=new_id()) for e in entries]
