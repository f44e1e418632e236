"""A baked good's diet form (low-fat, reduced-calorie, special dietary) is one people
say: "a blueberry muffin" logged USDA's low-fat one, 71 g, first for its singular
"Muffin" head, where the bakery's medium one is 113 g. Such a form goes after the
others of the words unless a word of it is typed. Milk's "reduced fat" is the everyday
milk (`everyday_foods`), so only baked goods are moved.
"""

from __future__ import annotations

import re

from journal.core.food.foods import Food
from journal.core.food.name_words import query_tokens

BAKED = "Baked Products"
_DIET = re.compile(r"\b(low-fat|fat-free|reduced-calorie|reduced-fat|special dietary)\b")
# the words that say a diet form, as typed: "low fat", "lowfat", "diet", "light"
SAID = frozenset({"low", "lowfat", "fat", "free", "reduced", "calorie", "diet", "dietary", "light"})


def diet_last(query: str, ranked: list[tuple[Food, float]]) -> list[tuple[Food, float]]:
    """The ranked foods with a baked good's unsaid diet form after the others."""
    if set(query_tokens(query)) & SAID:
        return ranked

    def diet(food: Food) -> bool:
        return food.group == BAKED and bool(_DIET.search(food.name.lower()))

    return [pair for pair in ranked if not diet(pair[0])] + [p for p in ranked if diet(p[0])]
