"""What a food alone is, with no amount ("almonds", "2 eggs"): its usual portion.

The everyday table's measure where it has one (one large egg, 1 oz of nuts: `everyday_
foods`), else the measure USDA counts such a food by (a spoon of honey, 3 oz of cooked
meat, a can of beer), else a piece-like portion, else the food's first; a cooked
vegetable's cup rather than a spoon or a head of it (`cooked_veg`). `units` weighs
what is typed with it.
"""

from __future__ import annotations

import re

from journal.core.food.condiments import SPOON_MEASURES, spooned
from journal.core.food.cooked_veg import cooked_vegetable_cup
from journal.core.food.drinks import is_drink, serving
from journal.core.food.everyday_foods import EVERYDAY, EVERYDAY_PORTIONS
from journal.core.food.foods import Food, Portion
from journal.core.food.meat_servings import meat_serving
from journal.core.food.name_words import number_forms
from journal.core.food.portion_match import (
    find_portion,
    normalize_unit,
    split_portion,
    unit_head,
    unit_key,
)
from journal.core.food.pots_and_scoops import yogurt_measure
from journal.core.food.unit_words import MASS_UNITS, US_UNITS_ML, US_VOLUMES_ML

# Portions a bare number counts ("2" eggs, "1" banana), in order of preference.
COUNT_WORDS = (
    *("piece", "item", "each", "unit", "medium", "whole", "fruit", "slice", "large"),
    *("chop", "cake", "patty", "link", "bar"),  # one lamb chop, one rice cake, not 1 oz
    "pepper",  # a jalapeno: "1 pepper", 14 g, not "1 cup, sliced", 90 g
)
# Measures that are not one of a thing: "20 cashews" is never 20 oz, "3 strawberries" never 3 cups.
BULK_MEASURES = frozenset(
    {*MASS_UNITS, "cup", "tbsp", "tsp", "fl oz", "serving", "can", "container", "package"}
)
# A serving that is a weight ("serving (3 oz)" of chicken): "2 chickens" are not 6 oz
_WEIGHED_SERVING = re.compile(r"serving \(\s*[\d.]+ (?:oz|g)\b")


def default_portion(food: Food) -> tuple[float, str] | None:
    """What a bare number counts: the food's everyday portion (one large egg, 1 oz of
    nuts, see `everyday`), else a piece-like one, else the food's first portion; a
    cooked vegetable's cup rather than a spoon or a head of it (`cooked_veg`)."""
    if food.source != "usda" and food.portions:  # the serving the person gave, whole
        first = food.portions[0]
        servings, measure = split_portion(first)
        return first.grams, measure if servings == 1 else f"serving ({first.name})"
    preferred = EVERYDAY.get(food.id) or EVERYDAY_PORTIONS.get(food.id) or _usual_measure(food)
    if preferred and preferred[0].isdigit():  # "3 oz" of fish: one serving of that
        count, _, unit = preferred.partition(" ")
        found = find_portion(normalize_unit(unit), food)  # "12 fluid ounce" of a beer
        per_unit = found[0] if found else MASS_UNITS.get(unit)
        if per_unit is None and unit in US_UNITS_ML:  # "1 tbsp" of miso, from its cup
            per_unit = per_volume(food, unit) * US_UNITS_ML[unit]
        if per_unit:
            return float(count) * per_unit, f"serving ({preferred})"
    if preferred in MASS_UNITS and not find_portion(preferred, food):
        return MASS_UNITS[preferred], preferred
    counted = _first_measure(food, preferred)
    return find_portion("cup", food) if cooked_vegetable_cup(food, counted) else counted


_COUNTED = re.compile(r"serving \(([\d.]+) ([^()]+)\)")


def usual_amount(food: Food) -> tuple[str, str] | None:
    """(amount, measure) the everyday serving is a count of, for the app's portion step
    to open on: oven fries' "10 strips" is ("10", "strip"), a salad's "1.5 cup" ("1.5",
    "cup"); else None (a measure of one, as "1 cup" of milk). The step opened on 1 g
    where its own measures had no "serving (10 strips)"."""
    usual = default_portion(food)
    counted = _COUNTED.fullmatch(usual[1]) if usual else None
    if counted is None:
        return None
    unit = normalize_unit(counted[2])
    found = find_portion(unit, food)
    if found is not None:
        return counted[1], found[1]
    return (counted[1], unit) if unit in MASS_UNITS else None


def _first_measure(food: Food, preferred: str | None) -> tuple[float, str] | None:
    """`default_portion`'s measure by the words that count a food, else its first."""
    for word in (preferred, *COUNT_WORDS) if preferred else COUNT_WORDS:
        found = find_portion(normalize_unit(word), food)
        if found:
            return found
    # A croissant is one croissant (its medium one, 57 g), not the "1 oz" listed first
    own = _own_word(food, food.portions[0] if food.portions else None)
    named = find_portion(own, food) if own else None
    if named is not None:
        return named
    for portion in food.portions:  # "1 cubic inch" of a rice cake is nobody's serving
        amount, measure = split_portion(portion)
        if "cubic" in measure:
            continue
        if amount != 1 and ("serving" in measure or (unit_head(measure) == "oz" and amount <= 4)):
            return portion.grams, f"serving ({portion.name})"  # a steak's "3 oz": not 1 oz
        return portion.grams / amount, measure
    return None


def _own_word(food: Food, first: Portion | None) -> str:
    """The word of the food's name that one of its measures counts, when the first is
    a mass ("1 oz"): "croissant" of "Croissants, butter" ("1 croissant, medium"); else
    nothing."""
    if first is None or unit_key(split_portion(first)[1]) not in MASS_UNITS:
        return ""
    head = food.name.split(",", 1)[0].lower().split()
    heads = {form for word in head for form in number_forms(word)}
    keys = [unit_key(split_portion(p)[1]) for p in food.portions]
    return next((key for key in keys if key in heads), "")


def _usual_measure(food: Food) -> str | None:
    """The household measure USDA counts such a food by, where a group has one."""
    if is_drink(food):  # a can of beer, a 5 fl oz serving of wine: not 1 fl oz
        return _drink_serving(food)
    spread = "butter" in food.name.lower() and food.group != "Dairy and Egg Products"
    if spooned(food):  # a vinegar or barbecue sauce: not the cup USDA lists first
        return next((u for u in SPOON_MEASURES if find_portion(u, food)), None)
    if spread or food.group in ("Sweets", "Fats and Oils"):
        # A nut butter, honey, molasses or oil is eaten by the spoon: their first measure
        # is a cup (almond butter: 250 g, 698 mg for a bare "almond butter").
        return next((u for u in ("tbsp", "serving", "tsp") if find_portion(u, food)), None)
    if meat_serving(food):  # a cooked meat or fish: 3 oz, not the cup listed first
        return meat_serving(food)
    if food.group == "Nut and Seed Products" and "coconut water" not in food.name.lower():
        return "oz"  # 1 oz of nuts or seeds, as USDA's and the seed article's figures
    if food.name.lower().startswith("egg,"):
        return "large"  # USDA's everyday egg is one large egg
    lower = food.name.lower()
    if lower.startswith("cheese,") and not any(w in lower for w in ("cottage", "ricotta")):
        return "oz"  # a serving of cheese is 1 oz (USDA's cheese serving), not a cup of it
    return yogurt_measure(food)  # a pot, not the cup USDA lists first


def counted_serving(usual: tuple[float, str]) -> bool:
    """Whether a count of the food ("2 salads") is that many of its ``usual`` portion: a
    serving of a dish by a household measure (a tossed salad's "serving (1.5 cup)"), as
    "2 yogurts" is two pots; not a serving that is a weight (`_WEIGHED_SERVING`)."""
    label = usual[1]
    return unit_head(label) == "serving" and not _WEIGHED_SERVING.match(label)


def is_bulk(measure: str) -> bool:
    return unit_key(measure) in BULK_MEASURES or unit_head(measure) in BULK_MEASURES


def in_bulk(food: Food) -> bool:
    """Whether a bare number counts the food by a bulk measure (1 oz of nuts, 1 cup), so
    that a number before its name counts pieces only where the table has them."""
    default = default_portion(food)
    bulk = default is not None and food.source == "usda" and is_bulk(default[1])
    return bulk and _drink_serving(food) is None  # "2 beers" counts cans (`_bare_count`)


def _drink_serving(food: Food) -> str | None:
    """What one of a drink is served in (`drinks.serving`), or None."""
    return serving((split_portion(p) for p in food.portions), food.name) if is_drink(food) else None


def needs_amount(food: Food) -> bool:
    """Whether the food's name alone says no amount: it has no portion to count, so one
    of it would be 1 g (a food the table weighs only per 100 g, an own food without a
    serving)."""
    return default_portion(food) is None


def per_volume(food: Food, unit_text: str) -> float:
    """Grams in one ml of the food, from its first US volume measure."""
    for unit, ml in US_VOLUMES_ML:
        found = find_portion(unit, food)
        if found:
            return found[0] / ml
    # What the table has instead: chia seeds only "1 oz" (USDA gives no spoon of them)
    listed = ", ".join(f"{p.name} = {p.grams:g} g" for p in food.portions[:3])
    has = f" (the table weighs it as {listed})" if listed else ""
    raise ValueError(
        f"{food.name} has no volume measure to weigh {unit_text!r} by{has}; use g or oz"
    )
