"""Eggs by their size: SR24 weighs each size of egg only raw ("Egg, whole, raw, fresh",
usda:01123: small 38 g, medium 44 g, large 50 g, extra large 56 g, jumbo 63 g), and its
cooked eggs by the large one alone, so "2 medium eggs" asked among six forms and refused
the boiled one. A cooked egg of a size is its large one in the raw sizes' proportion: a
boiled medium egg 44 g (its large is 50 g, as raw), a scrambled one 53.7 g (large: 61 g).
"""

from __future__ import annotations

from journal.core.food.foods import Food
from journal.core.food.portion_match import find_portion

RAW_SIZES = {"small": 38.0, "medium": 44.0, "large": 50.0, "extra large": 56.0, "jumbo": 63.0}


def egg_size(food: Food, unit: str) -> tuple[float, str] | None:
    """(grams, label) of one whole egg of the size `unit` from the food's large one, for a
    whole egg SR weighs by no such size; else None."""
    if unit not in RAW_SIZES or not food.name.lower().startswith("egg, whole"):
        return None
    large = find_portion("large", food)
    if large is None:
        return None
    return large[0] * RAW_SIZES[unit] / RAW_SIZES["large"], f"{unit} (as a raw {unit} egg)"
