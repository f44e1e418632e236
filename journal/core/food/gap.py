"""Closing today's gap: foods that bring a low day up to the target in one usual portion.

Seed candidates (USDA SR Legacy, mg magnesium per 100 g, via FACTS.md; portion
grams are USDA household measures): pumpkin seeds roasted 550 (1 oz = 28 g),
almonds 270 (1 oz = 28 g), oat bran raw 235 (1/2 cup = 47 g), spinach boiled 87
(1/2 cup = 90 g), black beans boiled 70 (1/2 cup = 86 g). The seed article's own
figures (1 oz almonds 78 mg, 1/2 cup oat bran 96 mg) are close to these.
The full food table will supply more candidates through the same tuple.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from journal.core.entries.models import FoodEntry

# name, mg per 100 g, portion grams, portion label
SEED_FOODS: tuple[tuple[str, float, float, str], ...] = (
    ("Pumpkin seeds, roasted", 550.0, 28.0, "1 oz (28 g)"),
    ("Almonds", 270.0, 28.0, "1 oz (28 g)"),
    ("Oat bran, raw", 235.0, 47.0, "1/2 cup (47 g)"),
    ("Spinach, boiled", 87.0, 90.0, "1/2 cup (90 g)"),
    ("Black beans, boiled", 70.0, 86.0, "1/2 cup (86 g)"),
)


@dataclass(frozen=True, slots=True)
class Candidate:
    name: str
    mg: float  # in one portion
    portion: str
    own: bool = False  # the person already eats it


def seed_candidates() -> list[Candidate]:
    return [Candidate(n, per100 * grams / 100, label) for n, per100, grams, label in SEED_FOODS]


def own_candidates(foods: Iterable[FoodEntry]) -> list[Candidate]:
    """The person's own foods, most often eaten first, at their latest portion."""
    latest: dict[str, FoodEntry] = {}
    times: Counter[str] = Counter()
    for food in foods:
        if food.mg is None:
            continue
        key = food.name.casefold()
        times[key] += 1
        if key not in latest or (food.date, food.time) >= (latest[key].date, latest[key].time):
            latest[key] = food
    out = []
    for key, _ in times.most_common():
        food = latest[key]
        out.append(Candidate(food.name, food.mg or 0.0, food.amount_text or "1 portion", own=True))
    return out


def richest(candidates: Iterable[Candidate], limit: int = 3) -> list[Candidate]:
    """The portions that bring the most magnesium, for a gap no single portion closes."""
    best: dict[str, Candidate] = {}
    for c in candidates:
        key = c.name.casefold()
        if key not in best or c.mg > best[key].mg:
            best[key] = c
    return sorted(best.values(), key=lambda c: (-c.mg, c.name))[:limit]


def close_gap(gap_mg: float, candidates: Iterable[Candidate], limit: int = 3) -> list[Candidate]:
    """Up to `limit` foods whose one portion closes a gap of `gap_mg`, the person's own first.

    Among their own foods the order given (most eaten first) is kept; other foods
    follow, smallest sufficient portion first. Nothing is suggested when there is no gap.
    """
    if gap_mg <= 0:
        return []
    seen: set[str] = set()
    own: list[Candidate] = []
    other: list[Candidate] = []
    for c in candidates:
        key = c.name.casefold()
        if c.mg < gap_mg or key in seen:
            continue
        seen.add(key)
        (own if c.own else other).append(c)
    other.sort(key=lambda c: (c.mg, c.name))
    return (own + other)[:limit]
