"""Which food the line to repeat offers when `eat` asks, and the order the choices are
shown in: a person copies that line, so it must log, and log what the words mean.

Of the foods the words name (`eat_line.offers`), one the amount weighs comes first ("a
square of chocolate" offered dark chocolate by the square, a line itself refused), and
of meats a cooked one before one sold raw ("a sausage" offered raw Italian sausage,
113 g a link). Only the offer and the order shown move: what is logged is `choose`'s
(moving raw sausages last in the ranking once logged a 23 g slice of Berliner).
"""

from __future__ import annotations

import re

from journal.core.food.eat_line import counted, offers
from journal.core.food.everyday import COOKED
from journal.core.food.foods import Food
from journal.core.food.name_words import query_tokens
from journal.core.food.phrase import Item
from journal.core.food.units import parse_quantity

SHOWN = 5
# Meats no one eats raw: their raw form is what the table weighs before cooking
MEATS = frozenset(
    {
        "Sausages and Luncheon Meats",
        "Pork Products",
        "Beef Products",
        "Poultry Products",
        "Lamb, Veal, and Game Products",
    }
)


def weighs(item: Item, food: Food) -> bool:
    """Whether the amount typed weighs ``food`` (its line would log, not be refused)."""
    try:
        parse_quantity(item.quantity or "1", food, counted(item))
    except ValueError:
        return False
    return True


def _as_eaten(item: Item, food: Food) -> int:
    """0 for a meat named cooked, 2 for one named raw (unless "raw" is typed), else 1."""
    if food.group not in MEATS or "raw" in query_tokens(item.words):
        return 1
    words = set(re.findall(r"[a-z]+", food.name.lower()))
    return 2 if "raw" in words else 0 if words & COOKED else 1


def offer(item: Item, candidates: list[Food]) -> tuple[list[Food], Food | None, bool]:
    """The choices to show, the one to offer (None: the words name none) and whether the
    amount typed weighs it; the offered one is shown first."""
    shown = candidates[:SHOWN]
    named = sorted((f for f in shown if offers(item.words, f)), key=lambda f: _as_eaten(item, f))
    weighed = [food for food in named if weighs(item, food)]
    if not named:
        return shown, None, False
    food = (weighed or named)[0]
    return [food, *(f for f in shown if f is not food)], food, bool(weighed)
