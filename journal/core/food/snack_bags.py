"""A bag of chips as eaten: the single-serving bag, whatever bag the table weighs.

SR24 weighs chips by the shop's sharing bag ("1 bag (7 oz)" of barbecue potato chips,
198 g, 148 mg; "1 bag" of white corn tortilla chips, 213 g, 311 mg), so "a bag of bbq
crisps" logged seven servings. The bag a person eats from is FNDDS's "1 small single
serving bag" of "Potato chips, plain" (FDC 2709422), 28 g, which the shipped table gives
plain salted chips (usda:19411); a flavour or another chip is the same bag. A British
"packet of crisps" is that bag too. The big bag stays one typed weight away ("8 oz").
A bare "chips" may be crisps or fries: asked. SR24's own single-serving bags of chips
(tortilla chips, usda:43364; corn chips, usda:43447) weigh the same 28 g, and a chip
that has one is weighed by its own (`test_chip_bags` holds the figure to them).
"""

from __future__ import annotations

import re

from journal.core.food.foods import Food

SINGLE_BAG_GRAMS = 28.0  # FNDDS "Potato chips, plain" (FDC 2709422): small single serving bag
SINGLE_BAG = "small single serving bag"
BAG_WORDS = frozenset({"bag", "packet"})
_CHIPS = re.compile(r"\bchips\b")
SNACK_GROUPS = frozenset({"Sweets", "Snacks"})  # not "Fast foods, potato, french fried"


def single_bag(food: Food, unit: str) -> tuple[float, str] | None:
    """(grams, label) of one bag of chips eaten, for a "bag" or "packet" of a snack named
    chips; else None (a bag of popcorn or of tea is the table's)."""
    chips = food.group in SNACK_GROUPS and bool(_CHIPS.search(food.name.lower()))
    if unit not in BAG_WORDS or not chips or food.source != "usda":
        return None
    own = next((p for p in food.portions if is_single_bag(p.name)), None)
    return (own.grams, own.name.removeprefix("1 ")) if own else (SINGLE_BAG_GRAMS, SINGLE_BAG)


def is_single_bag(portion: str) -> bool:
    """ "1 small single serving bag", "1 bag, single serving": one bag eaten from."""
    lower = portion.lower()
    return "bag" in lower and "single serving" in lower


# "chips" alone are crisps in the US and French fries in Britain, whose words the app
# reads (crisps, sweets, mince; "fish and chips" is said with fries): asked, both first,
# unless one of them was eaten before. "potato chips" and "crisps" say which.
EITHER_CHIPS = ("usda:19411", "usda:21138")  # plain salted potato chips; fast-food fries


def either_chips(words: str) -> bool:
    """Whether the words are "chips" alone, which may be crisps or fries."""
    return " ".join(words.lower().split()) in ("chips", "chip")
