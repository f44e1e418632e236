"""Turn what a person types ("1/2 cup", "1 oz", "100g", "2") into grams of a food.

Household measures come from the food's own portions (USDA gram weights), so
"1 cup" of spinach and "1 cup" of almonds weigh what they really weigh. Mass units
(g, kg, oz, lb) are universal. The number itself is read by `amounts`.
"""

from __future__ import annotations

import re

from journal.core.food.amounts import parse_amount
from journal.core.food.canned import no_can
from journal.core.food.drinks import (
    bottle,
    can_of_drink,
    glass_is_serving,
    household_cup,
    is_drink,
    sized_glass,
)
from journal.core.food.egg_sizes import egg_size
from journal.core.food.foods import Food
from journal.core.food.ground_seeds import ground_by_spoon
from journal.core.food.handfuls import fruit_handful, is_handful
from journal.core.food.measure_words import portion_words
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
from journal.core.food.pots_and_scoops import pot_of_yogurt, unweighed, yogurt_pot
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
from journal.core.food.usual_portion import (
    counted_serving,
    default_portion,
    in_bulk,
    is_bulk,
    per_volume,
)
from journal.core.food.usual_portion import needs_amount as needs_amount  # its callers' import

MAX_GRAMS = 5000.0  # one entry above 5 kg is a typo ("50 kg of almonds"), not a meal

SIZES = ("medium", "large", "small", "extra large")
# Bits of a food its own word heads ("10 cantaloupe balls"), not one of it; "pea pods"
# and "1 coconut yields" are the food
BITS = frozenset({"balls", "cubes", "chunks"})
PIECE_TAILS = ("berry", "nut")  # "50 berries" of blueberries, "1 nut" of hazelnuts
_BAR_CHOCOLATE = re.compile(r"Chocolate, |Candies, (?:milk|semisweet|sweet|white) chocolate")
# "1 oz (23 whole kernels)", "1 oz (10-12 kernels)": a count in a measure's brackets.
_COUNT_IN = re.compile(r"\((\d+)(?:\s*-\s*(\d+))?\s+(?:whole\s+)?([a-z]+)\)")


def _is_plural(noun: str) -> bool:
    """Whether the words count things: "cashews", "cashews salted" (a rough test)."""
    return any(singular(word) != word for word in noun.lower().split())


def _measures(food: Food) -> list[tuple[float, str]]:
    """(grams of one, measure) of each of the food's portions."""
    return [(p.grams / n, measure) for p in food.portions for n, measure in [split_portion(p)]]


def piece_portion(food: Food, noun: str) -> tuple[float, str] | None:
    """Grams of one of what `noun` counts ("cashews", "grapes") and its name, from the
    food's portions: one named by the noun (1 almond, 10 grapes, 50 berries), its medium
    one where it has sizes, else a size (1 medium strawberry), else a count in brackets
    (1 oz (18 kernels))."""
    words = noun_words(noun)
    measures = _measures(food)
    named = [
        (grams, measure)
        for grams, measure in measures
        if (key := unit_key(measure)) in words
        or any(w.endswith(key) for w in words if key in PIECE_TAILS)
    ]
    # "a croissant": the medium one (57 g), not the mini listed first (28 g)
    medium = [pair for pair in named if "medium" in pair[1].lower()]
    if named:
        return (medium or named)[0]
    for grams, measure in measures:  # "1 doughnut oval (3-1/2" x 2-1/2")" is a doughnut
        if unit_head(measure) in words and not is_bulk(measure) and not _its_bits(measure):
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
        if counted and not is_bulk(counted[3]):  # not "(12 oz)"
            pieces = (int(counted[1]) + int(counted[2] or counted[1])) / 2  # "10-12": 11
            if pieces > 0:
                return grams / pieces, _piece(counted[3])
    return None


def _its_bits(measure: str) -> bool:
    """Whether a measure headed by the food's word counts bits of it: "10 cantaloupe
    balls" (14 g each) are no cantaloupe, which "a cantaloupe" logged."""
    rest = re.split(r"[,(]", measure.lower(), maxsplit=1)[0].split()[1:]
    return bool(rest) and rest[-1] in BITS


def _piece(word: str) -> str:
    """One of the pieces a bracket counts: "halves" is a half, "kernels" a kernel."""
    return word[:-3] + "f" if word.endswith("lves") else singular(word)


def _bare_count(food: Food, noun: str) -> tuple[float, str]:
    """What a bare number typed with `noun` counts: the everyday portion, unless that is
    a bulk measure (oz, cup) and the food has pieces ("20 cashews": 20 kernels, not 20
    oz). A plural noun without pieces is refused rather than read as 20 oz."""
    default = default_portion(food)
    if default is None:  # no portions at all: "porridge 150" is grams, "2 jujubes" unknown
        if noun:
            raise ValueError(
                f"the table has no weight for one of the {noun}: say how much, e.g. {noun} 30 g"
            )
        return 1.0, "g"
    by_id = ":" in noun  # "20 usda:12061", as the shell's repeat line writes "20 almonds"
    if noun and not in_bulk(food):  # "half a pizza": USDA's "1 pizza", not half a slice
        words = noun_words(food.name if by_id else noun)
        named = [m for m in _measures(food) if unit_key(m[1]) in words]
        medium = [m for m in named if "medium" in m[1].lower()]  # "2 croissants": not minis
        return (medium or named or [default])[0]
    if not noun or not in_bulk(food):
        return default  # "2 big salads": two of the person's servings; "2 beers": two cans
    counted = food.name if by_id else noun
    piece = everyday_piece(food, counted) or piece_portion(food, counted)
    if piece is not None:
        return piece
    pot = yogurt_pot(food, counted, default)  # "2 yogurts": two pots
    if pot is not None:
        return pot
    if counted_serving(default):  # "2 salads": two servings (it was refused, one by one)
        return default
    if by_id or _is_plural(noun):
        unit = "fl oz" if unit_key(default[1]) == "fl oz" else unit_head(default[1])
        raise ValueError(
            f"the table weighs {noun} by the {unit}, not one by one: say how much, "
            f"e.g. 1 {unit} of {noun} or 30 g of {noun}"
        )
    return default


def _sized_glass(said: str, food: Food) -> str:
    """Why "a small glass" of a drink is asked for in ml: the table weighs no glass by size."""
    try:
        grams, label = parse_quantity("1 glass", food)
    except ValueError:
        return sized_glass(said, None)
    return sized_glass(said, (grams, portion_words(label)))


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
        per_unit, name = per_volume(food, unit_text) * VOLUME_UNITS[unit], unit
    elif unit:
        # a glass of cola: 8 fl oz, not a fountain cup (`drinks.household_cup`)
        found = (
            household_cup(unit_text, _measures(food)) if unit == "cup" and is_drink(food) else None
        )
        found = found or single_bag(food, unit) or find_portion(unit, food)
        found = found or ground_by_spoon(food, unit)
        if found is None and unit == "serving":  # "a portion of rice": its usual portion
            found = default_portion(food)
        found = found or egg_size(food, unit)  # "2 medium eggs", boiled
        found = found or pot_of_yogurt(food, unit, default_portion(food))  # as "a yogurt"
        for stand_in in STAND_INS.get(unit, ()) if found is None else ():  # melon's wedge
            found = found or find_portion(stand_in, food)
        if found is None and unit in US_UNITS_ML:  # through another volume it has
            found = per_volume(food, unit_text) * US_UNITS_ML[unit], VOLUME_LABELS.get(unit, unit)
        if found is None and unit == "bottle" and is_drink(food):
            weighed = [(p.grams / n, m) for p in food.portions for n, m in [split_portion(p)]]
            found = bottle(food.name, weighed)
        if found is None and unit in SIZED_GLASSES:
            raise ValueError(_sized_glass(unit, food))
        if found is None and unit == "can" and is_drink(food):  # "a can of lemonade"
            found = can_of_drink(_measures(food))
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
