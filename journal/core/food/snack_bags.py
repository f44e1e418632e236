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
A bag of microwave popcorn is its popped package, and of nuts or peanuts, which SR24
weighs by no bag, the 1 oz snack bag, the label saying so ("a bag of peanuts" was refused).
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
    """(grams, label) of one bag eaten, for a "bag" or "packet" of a snack: chips by their
    single-serving bag, popcorn by its microwave bag popped, nuts by the snack bag; else
    None (a bag the table weighs is its own, and a bag of tea or lentils is refused)."""
    if unit not in BAG_WORDS or food.source != "usda":
        return None
    if food.group in SNACK_GROUPS and _CHIPS.search(food.name.lower()):
        own = next((p for p in food.portions if is_single_bag(p.name)), None)
        return (own.grams, own.name.removeprefix("1 ")) if own else (SINGLE_BAG_GRAMS, SINGLE_BAG)
    if any(word in p.name.lower() for p in food.portions for word in TABLES_BAGS):
        return None  # the table's own bag or package ("1 bag" of microwave popcorn, 87 g)
    popped = next((p for p in food.portions if p.name.lower() == POPPED_BAG), None)
    if popped is not None:
        return popped.grams, "microwave bag (popped)"
    if _snack_pack(food):
        return SNACK_PACK_GRAMS, "snack bag (taken as 1 oz)"
    return None


# SR24 weighs microwave popcorn by "1 ckd pr g", the cooked (popped) package, 87 g: the
# bag its other microwave popcorn calls "1 bag" (usda:25014), a bag as made and eaten
TABLES_BAGS = frozenset({"bag", "package", "packet", "pkg"})
POPPED_BAG = "1 ckd pr g"
# Nuts and peanuts with no bag in the table: the 1 oz snack bag (28 g), the
# FDA's reference amount for nuts and the bag a vending machine sells; a shop's big bag
# is a weight to type ("200 g")
SNACK_PACK_GRAMS = 28.35
NUTS = "Nut and Seed Products"


def _snack_pack(food: Food) -> bool:
    name = food.name.lower()
    return food.group == NUTS or name.startswith("peanuts,")


def says_bag(quantity: str) -> bool:
    """Whether an amount counts bags or packets ("1 bag", "2 packets")."""
    return any(word.rstrip("s") in BAG_WORDS for word in quantity.lower().split())


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
