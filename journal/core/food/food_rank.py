"""How plain and common a food looks from its name, group and source: the search's
static rank (higher first), so foods as eaten come before dishes, brands and powders."""

from __future__ import annotations

import re

from journal.core.food.everyday import as_eaten_rank
from journal.core.food.everyday_foods import EVERYDAY
from journal.core.food.foods import Food

_BRAND = re.compile(r"\b(?:Mc)?[A-Z][A-Z'&.-]{2,}\b")  # McDONALD'S, KASHI
LATE_GROUPS = frozenset(
    {
        "Baby Foods",
        "Fast Foods",
        "Restaurant Foods",
        "American Indian/Alaska Native Foods",
        "Meals, Entrees, and Side Dishes",
    }
)
OWN_SOURCES = frozenset({"custom", "recipe"})


def brand_words(food: Food) -> frozenset[str]:
    """The lower-case words of a brand in a shipped food's name ("KASHI Pizza, Basil
    Pesto": {"kashi"}); none for the person's own foods, whose capitals are theirs."""
    if food.source in OWN_SOURCES:
        return frozenset()
    return frozenset(
        w.lower() for b in _BRAND.findall(food.name) for w in re.findall(r"[A-Za-z]+", b)
    )


OWN_BONUS = 6.0  # above every shipped food's rank, so the person's foods come first


def static_rank(food: Food, word_count: int, eaten: float | None = None) -> float:
    """How plain and common a food looks from its name, group and source (higher first).

    ``word_count`` counts the words of the name's first two segments: later ones
    ("drained, without salt") are USDA's precision about one food, not a dish.
    ``eaten``: `as_eaten_rank` when the caller has it already.
    """
    rank = -0.12 * max(0, word_count - 2) - 0.1 * food.name.count(",")
    if food.id in EVERYDAY:
        rank = 0.0  # its long name is USDA's precision, not an obscure dish
    if food.group in LATE_GROUPS:
        rank -= 3.0
    if _BRAND.search(food.name):
        rank -= 2.0
    if "without salt" in food.name.lower() or " raw" in food.name.lower():
        rank += 0.2
    if food.source in OWN_SOURCES:
        rank += OWN_BONUS  # the person's own food is what they eat: above any namesake
    return (
        rank
        + (as_eaten_rank(food)[0] if eaten is None else eaten)
        + 0.05 * min(len(food.portions), 4)
    )
