"""Ground flaxseed: USDA weighs the ground seed by its own spoon ("1 tbsp, ground", 7 g;
whole, 10.3 g) and names no food "ground", so "ground flaxseed" found nothing. The
word moves from the food to its measure: "2 tbsp ground flaxseed" is 2 "tbsp, ground"
of "Seeds, flaxseed", 14 g (its whole spoon would be 21 g)."""

from __future__ import annotations

import re

from journal.core.food.portion_match import normalize_unit
from journal.core.food.unit_words import MASS_UNITS

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
