"""Ground flaxseed: USDA weighs the ground seed by its own spoon ("1 tbsp, ground", 7 g;
whole, 10.3 g) and names no food "ground", so "ground flaxseed" found nothing. The
word moves from the food to its measure: "2 tbsp ground flaxseed" is 2 "tbsp, ground"
of "Seeds, flaxseed", 14 g (its whole spoon would be 21 g). USDA weighs no cup of it
ground ("1 cup ground flaxseed" was refused, "unknown unit 'cup ground'"): a cup is 16 of
its ground spoons, 112 g, where the whole cup is 168 g."""

from __future__ import annotations

import re

from journal.core.food.foods import Food
from journal.core.food.portion_match import find_portion, normalize_unit
from journal.core.food.unit_words import MASS_UNITS, US_UNITS_ML

_GROUND = re.compile(r"^ground\s+(?:flax\s*seeds?|linseeds?)$", re.IGNORECASE)


def ground_measure(words: str, quantity: str) -> tuple[str, str]:
    """The food's words and quantity with "ground" moved to the measure, where it is
    one of those (a weight stays a weight; a bare number counts ground spoons)."""
    if not _GROUND.match(words.strip()):
        return words, quantity
    unit = re.sub(r"^[\d\s./½¼¾]+", "", quantity)
    if unit.strip() and normalize_unit(unit) not in MASS_UNITS:  # "a tablespoon": "1 tbsp"
        quantity = f"{quantity[: len(quantity) - len(unit)].strip()} {normalize_unit(unit)} ground"
    return "flaxseed", quantity


GROUND = "ground"


def ground_by_spoon(food: Food, unit: str) -> tuple[float, str] | None:
    """(grams, label) of one ground ``unit`` ("cup ground") the food has no measure of,
    through its ground tablespoon ("1 tbsp, ground", 7 g): a cup is 16 of them. None for
    another unit, or a food with no ground spoon."""
    volume, _, form = unit.rpartition(" ")
    spoon = find_portion(f"tbsp {GROUND}", food) if form == GROUND else None
    if spoon is None or volume not in US_UNITS_ML:
        return None
    spoons = round(US_UNITS_ML[volume] / US_UNITS_ML["tbsp"], 1)  # a cup: 16
    return spoon[0] * spoons, f"{volume}, {GROUND} (as {spoons:g} tbsp)"
