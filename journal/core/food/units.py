"""Turn what a person types ("1/2 cup", "1 oz", "100g", "2") into grams of a food.

Household measures come from the food's own portions (USDA gram weights), so
"1 cup" of spinach and "1 cup" of almonds weigh what they really weigh. Mass units
(g, kg, oz, lb) are universal. The number itself is read by `amounts`.
"""

from __future__ import annotations

import re

from journal.core.food.amounts import parse_amount
from journal.core.food.canned import no_can
from journal.core.food.condiments import SPOON_MEASURES, spooned
from journal.core.food.cooked_veg import cooked_vegetable_cup
from journal.core.food.drinks import bottle, glass_is_serving, is_drink, serving
from journal.core.food.egg_sizes import egg_size
from journal.core.food.everyday_foods import EVERYDAY, EVERYDAY_PORTIONS
from journal.core.food.foods import Food
from journal.core.food.handfuls import fruit_handful, is_handful
from journal.core.food.meat_servings import meat_serving
from journal.core.food.portion_match import (
    everyday_piece,
    find_portion,
    normalize_unit,
    noun_words,
    own_measure,
    singular,
    split_portion,
    unit_head,
    unit_key,
)
from journal.core.food.pots_and_scoops import unweighed
from journal.core.food.snack_bags import single_bag
from journal.core.food.unit_words import (
    MASS_UNITS,
    SIZED_GLASSES,
    STAND_INS,
    US_UNITS_ML,
    US_VOLUMES_ML,
    VOLUME_LABELS,
    VOLUME_UNITS,
)

MAX_GRAMS = 5000.0  # one entry above 5 kg is a typo ("50 kg of almonds"), not a meal

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
SIZES = ("medium", "large", "small", "extra large")
PIECE_TAILS = ("berry", "nut")  # "50 berries" of blueberries, "1 nut" of hazelnuts
# "1 oz (23 whole kernels)", "1 oz (10-12 kernels)": a count in a measure's brackets.
_BAR_CHOCOLATE = re.compile(r"Chocolate, |Candies, (?:milk|semisweet|sweet|white) chocolate")
_COUNT_IN = re.compile(r"\((\d+)(?:\s*-\s*(\d+))?\s+(?:whole\s+)?([a-z]+)\)")


def _default_portion(food: Food) -> tuple[float, str] | None:
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
            per_unit = _per_volume(food, unit) * US_UNITS_ML[unit]
        if per_unit:
            return float(count) * per_unit, f"serving ({preferred})"
    if preferred in MASS_UNITS and not find_portion(preferred, food):
        return MASS_UNITS[preferred], preferred
    counted = _first_measure(food, preferred)
    return find_portion("cup", food) if cooked_vegetable_cup(food, counted) else counted


def _first_measure(food: Food, preferred: str | None) -> tuple[float, str] | None:
    """`_default_portion`'s measure by the words that count a food, else its first."""
    for word in (preferred, *COUNT_WORDS) if preferred else COUNT_WORDS:
        found = find_portion(normalize_unit(word), food)
        if found:
            return found
    for portion in food.portions:  # "1 cubic inch" of a rice cake is nobody's serving
        amount, measure = split_portion(portion)
        if "cubic" in measure:
            continue
        if amount != 1 and ("serving" in measure or (unit_head(measure) == "oz" and amount <= 4)):
            return portion.grams, f"serving ({portion.name})"  # a steak's "3 oz": not 1 oz
        return portion.grams / amount, measure
    return None


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
    return None


def _is_plural(noun: str) -> bool:
    """Whether the words count things: "cashews", "cashews salted" (a rough test)."""
    return any(singular(word) != word for word in noun.lower().split())


def _is_bulk(measure: str) -> bool:
    return unit_key(measure) in BULK_MEASURES or unit_head(measure) in BULK_MEASURES


def _measures(food: Food) -> list[tuple[float, str]]:
    """(grams of one, measure) of each of the food's portions."""
    return [(p.grams / n, measure) for p in food.portions for n, measure in [split_portion(p)]]


def piece_portion(food: Food, noun: str) -> tuple[float, str] | None:
    """Grams of one of what `noun` counts ("cashews", "grapes") and its name, from the
    food's portions: one named by the noun (1 almond, 10 grapes, 50 berries), else a
    size (1 medium strawberry), else a count in brackets (1 oz (18 kernels))."""
    words = noun_words(noun)
    measures = _measures(food)
    for grams, measure in measures:
        key = unit_key(measure)
        if key in words or any(w.endswith(key) for w in words if key in PIECE_TAILS):
            return grams, measure
    for grams, measure in measures:  # "1 doughnut oval (3-1/2" x 2-1/2")" is a doughnut
        if unit_head(measure) in words and not _is_bulk(measure):
            return grams, measure
    for size in SIZES:
        for grams, measure in measures:
            if unit_key(measure) == size:
                return grams, measure
    for grams, measure in measures:  # "a mango": "1 fruit without refuse", not a cup
        if unit_head(measure) == "fruit":
            return grams, measure
    counts = [(grams, _COUNT_IN.search(measure.lower())) for grams, measure in measures]
    # The count of what was typed first: "10 walnut halves" by "(14 halves)", not "(7 nuts)"
    counts.sort(key=lambda count: not (count[1] and singular(count[1][3]) in words))
    for grams, counted in counts:
        if counted and not _is_bulk(counted[3]):  # not "(12 oz)"
            pieces = (int(counted[1]) + int(counted[2] or counted[1])) / 2  # "10-12": 11
            if pieces > 0:
                return grams / pieces, _piece(counted[3])
    return None


def _piece(word: str) -> str:
    """One of the pieces a bracket counts: "halves" is a half, "kernels" a kernel."""
    return word[:-3] + "f" if word.endswith("lves") else singular(word)


def in_bulk(food: Food) -> bool:
    """Whether a bare number counts the food by a bulk measure (1 oz of nuts, 1 cup), so
    that a number before its name counts pieces only where the table has them."""
    default = _default_portion(food)
    bulk = default is not None and food.source == "usda" and _is_bulk(default[1])
    return bulk and _drink_serving(food) is None  # "2 beers" counts cans (`_bare_count`)


def _drink_serving(food: Food) -> str | None:
    """What one of a drink is served in (`drinks.serving`), or None."""
    return serving((split_portion(p) for p in food.portions), food.name) if is_drink(food) else None


def _bare_count(food: Food, noun: str) -> tuple[float, str]:
    """What a bare number typed with `noun` counts: the everyday portion, unless that is
    a bulk measure (oz, cup) and the food has pieces ("20 cashews": 20 kernels, not 20
    oz). A plural noun without pieces is refused rather than read as 20 oz."""
    default = _default_portion(food)
    if default is None:  # no portions at all: "porridge 150" is grams, "2 jujubes" unknown
        if noun:
            raise ValueError(
                f"the table has no weight for one of the {noun}: say how much, e.g. {noun} 30 g"
            )
        return 1.0, "g"
    by_id = ":" in noun  # "20 usda:12061", as the shell's repeat line writes "20 almonds"
    if noun and not in_bulk(food):  # "half a pizza": USDA's "1 pizza", not half a slice
        words = noun_words(food.name if by_id else noun)
        return next((m for m in _measures(food) if unit_key(m[1]) in words), default)
    if not noun or not in_bulk(food):
        return default  # "2 big salads": two of the person's servings; "2 beers": two cans
    counted = food.name if by_id else noun
    piece = everyday_piece(food, counted) or piece_portion(food, counted)
    if piece is not None:
        return piece
    if by_id or _is_plural(noun):
        unit = "fl oz" if unit_key(default[1]) == "fl oz" else unit_head(default[1])
        raise ValueError(
            f"the table weighs {noun} by the {unit}, not one by one: say how much, "
            f"e.g. {noun} 1 {unit} or {noun} 30 g"
        )
    return default


def needs_amount(food: Food) -> bool:
    """Whether the food's name alone says no amount: it has no portion to count, so one
    of it would be 1 g (a food the table weighs only per 100 g, an own food without a
    serving)."""
    return _default_portion(food) is None


def _per_volume(food: Food, unit_text: str) -> float:
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


def _sized_glass(said: str, food: Food) -> str:
    """Why "a small glass" of a drink is asked for in ml: the table weighs no glass by size."""
    try:
        grams, label = parse_quantity("1 glass", food)
        glass = f"; its glass is {label.removeprefix('1 ')} ({grams:.0f} g)"
    except ValueError:
        glass = ""
    return (
        f"the table has no {said.lower()} of {food.name}{glass}: say what you drank in ml "
        "or fl oz (e.g. 125 ml, 6 fl oz)"
    )


def _no_square(food: Food, unit: str) -> str:
    """Why "2 squares" (or "a piece") of chocolate is asked for by weight: bars are scored
    into squares of many sizes, and USDA weighs none (dark chocolate: "1 oz", "1 bar")."""
    listed = ", ".join(f"{p.name} = {p.grams:g} g" for p in food.portions[:3])
    has = f" (it weighs it as {listed})" if listed else ""
    return (
        f"the table has no {unit} of {food.name}{has}: {unit}s differ by bar, so type "
        "their weight from the wrapper in g or oz (e.g. 20 g)"
    )


def _chocolate(food: Food) -> bool:
    """A bar's chocolate: dark, milk, white ("Chocolate, dark, ...", "Candies, milk ...")."""
    return bool(_BAR_CHOCOLATE.match(food.name))


def food_units(food: Food) -> list[str]:
    """Units this food accepts, for error messages and completion."""
    own = dict.fromkeys(unit_key(split_portion(p)[1]) for p in food.portions)
    metric = ["ml"] if any(find_portion(u, food) for u, _ in US_VOLUMES_ML) else []
    return [*MASS_UNITS, *metric, *(u for u in own if u and u not in MASS_UNITS)]


def parse_quantity(text: str, food: Food, noun: str = "") -> tuple[float, str]:
    """Return (grams, label) for text like "1/2 cup", "1oz", "100 g" or "2".

    A bare number counts the food's piece-like portion (or its first portion);
    for a food without portions it is grams. A unit alone ("cup") means one of it.
    `noun`: the words the number was typed with; a plural one counts pieces (`_bare_count`).
    """
    cleaned = " ".join(text.split())
    if not cleaned:
        raise ValueError("quantity is empty: type e.g. 100 g, 1 oz or 1/2 cup")
    first_letter = next((i for i, ch in enumerate(cleaned) if ch.isalpha()), len(cleaned))
    amount_text, unit_text = cleaned[:first_letter].strip(), cleaned[first_letter:]
    amount = parse_amount(amount_text) if amount_text else 1.0
    unit = normalize_unit(unit_text)
    # A food's own measure wins over the word's usual stand-in: an own trail mix's
    # "handful" of 50 g, not the 1 oz a handful of nuts is taken for.
    own = own_measure(unit_text, unit, food)
    if own is None and is_handful(unit_text):  # of berries: half their cup, not 1 oz
        own = fruit_handful(food, find_portion("cup", food))
    glass = is_drink(food) and glass_is_serving(
        unit_text, [split_portion(p) for p in food.portions]
    )
    if glass:  # "a glass of wine": its serving
        own = find_portion(normalize_unit(glass), food)
    if own is not None:
        per_unit, name = own
    elif unit in MASS_UNITS:
        per_unit, name = MASS_UNITS[unit], unit
    elif unit in VOLUME_UNITS:
        per_unit, name = _per_volume(food, unit_text) * VOLUME_UNITS[unit], unit
    elif unit:
        found = single_bag(food, unit) or find_portion(unit, food)
        if found is None and unit == "serving":  # "a portion of rice": its usual portion
            found = _default_portion(food)
        found = found or egg_size(food, unit)  # "2 medium eggs", boiled
        for stand_in in STAND_INS.get(unit, ()) if found is None else ():  # melon's wedge
            found = found or find_portion(stand_in, food)
        if found is None and unit in US_UNITS_ML:  # through another volume it has
            found = _per_volume(food, unit_text) * US_UNITS_ML[unit], VOLUME_LABELS.get(unit, unit)
        if found is None and unit == "bottle" and is_drink(food):
            weighed = [(p.grams / n, m) for p in food.portions for n, m in [split_portion(p)]]
            found = bottle(food.name, weighed)
        if found is None and unit in SIZED_GLASSES:
            raise ValueError(_sized_glass(unit, food))
        if found is None and unit == "can" and (why := no_can(food)):
            raise ValueError(why)
        # of chocolate: no bar's square is weighed ("a piece" said "unknown unit 'piece'")
        if found is None and (unit == "square" or (unit == "piece" and _chocolate(food))):
            raise ValueError(_no_square(food, unit))
        if found is None and (why := unweighed(unit, food)):  # a pot, a scoop
            raise ValueError(why)
        if found is None:
            units = ", ".join(food_units(food))
            raise ValueError(f"unknown unit {unit_text!r} for {food.name}; use one of: {units}")
        per_unit, name = found
    else:
        per_unit, name = _bare_count(food, noun)
    grams = amount * per_unit
    if grams > MAX_GRAMS:
        raise ValueError(f"{cleaned} is {grams:,.0f} g: more than {MAX_GRAMS:,.0f} g in one entry")
    return grams, f"{amount_text or '1'} {name}"
