"""Measures people say that USDA SR24 weighs no food by, or names otherwise.

Egg sizes past large ("an extra large egg", "a jumbo egg") are SR24's own (`egg_sizes`);
each found nothing, their words read as the food's. "big" is not read as "large": a
person's own "Big salad" is a name, so "a big apple" is told to say "large" (`big_hint`).
A pot of yogurt is the pot "a yogurt" is (SR weighs yogurt by the container, 4.4 to 8
oz); a pot of another food and a scoop of ice cream have no SR24 measure (SR weighs ice
cream by the half cup), so either is refused in one line naming the measures it has,
rather than logged by a guessed weight; a spoonful, a teaspoon or a tablespoon, is asked
to be said as one. So is a counted mince pie: British ones are small pies,
and SR24 weighs only a slice of a 9" one.
"""

from __future__ import annotations

import re

from journal.core.food.foods import Food, Portion

SIZE_MEASURES = frozenset({"extra large", "jumbo", "extra small"})
# Words after a measure that make a name, not an amount: "a pot noodle" is the instant
# noodles (it read as a pot of egg noodles), "a fruit yogurt" USDA's "Yogurt, fruit, ..."
# (it read as one "fruit" of plain yogurt, refused: "unknown unit 'fruit'")
NAMES_AFTER = {
    "pot": frozenset({"noodle", "noodles"}),
    "fruit": frozenset({"yogurt", "yogurts", "yoghurt", "yoghurts"}),
}
# "a spoonful" may be a teaspoon or a tablespoon: said so, not guessed (it found nothing)
UNWEIGHED = frozenset({"pot", "scoop", "spoonful", "spoon"})
MORE_MEASURES = SIZE_MEASURES | UNWEIGHED | {"pots", "scoops", "spoonfuls", "spoons"}


def unweighed(unit: str, food: Food, words: str = "") -> str | None:
    """Why a pot or scoop of ``food`` is not logged, and what to type; else None.
    ``words``: what was typed, when they name no one food ("a scoop of ice cream" may be
    any of a dozen), said instead of the food ``food`` only stands in for."""
    said = unit.removesuffix("s")
    if said not in UNWEIGHED:
        return None
    named = words or food.name
    # a pot is a container (yogurt's 4.4 to 8 oz), a scoop nearest the cup it is taken in
    if said.startswith("spoon"):
        return f"the table (USDA SR24) has no {said} of {named}: say tsp or tbsp, e.g. 1 tbsp"
    like = "container" if said == "pot" else "cup"
    first = next((p for p in food.portions if like in p.name), None)
    if said == "pot":  # its smallest container: a pot is 125-150 g, SR's first yogurt's 227
        first = min(
            (p for p in food.portions if like in p.name), key=lambda p: p.grams, default=None
        )
    first = first or (food.portions[0] if food.portions else None)
    if first is None:
        return f"the table (USDA SR24) has no {said} of {named}: say the grams, e.g. 100 g"
    if words:  # its measure, without one food's grams: the line then asks which
        measure = first.name.split(" (")[0]
        return (
            f"the table (USDA SR24) has no {said} of {words}: say the grams or a measure "
            f"it has, e.g. mg-journal eat '{words} {measure}'"
        )
    return (
        f"the table (USDA SR24) has no {said} of {named}: say the grams, e.g. "
        f"{first.grams:g} g for its {first.name}"
    )


def part_of_name(measure: str, after: str) -> bool:
    """Whether the measure is part of a name here ("pot noodle"), not an amount."""
    return after.lower() in NAMES_AFTER.get(measure.lower(), frozenset())


def unweighed_unit(quantity: str) -> str:
    """ "pot" or "scoop" when the amount is one ("2 scoops"), else nothing."""
    words = quantity.lower().split()
    unit = words[-1].removesuffix("s") if words else ""
    return unit if unit in UNWEIGHED else ""


# A yogurt is a pot: "2 yogurts" was refused ("weighs yogurts by the serving, not one by
# one"), where "a yogurt" logs the plain one's pot. USDA's US single pot is "1 container
# (6 oz)", 170 g, where the yogurt has one (fruit yogurts: usda:01120, 01121, 43261).
POT_OZ = "(6 oz)"
YOGURT = "yogurt"


def yogurt_pot(food: Food, noun: str, usual: tuple[float, str]) -> tuple[float, str] | None:
    """(grams, label) of one counted yogurt (``noun``: the counted words, "yogurts"): the
    container its ``usual`` portion is (plain whole yogurt's "0.5 container (4 oz)", 113
    g, as "a yogurt" logs), else its 6 oz one, else its smallest; None for another food."""
    said = {
        w.removesuffix("s") for w in re.findall(r"[a-z]+", noun.lower().replace("yoghurt", YOGURT))
    }
    if not food.name.lower().startswith(YOGURT) or YOGURT not in said:
        return None
    if "container" in usual[1]:
        return usual
    pot = _pot(food)
    return None if pot is None else (pot.grams, pot.name.removeprefix("1 "))


def yogurt_measure(food: Food) -> str | None:
    """The measure a yogurt alone is (its pot: "container (6 oz)", else its smallest), as
    "a fruit yogurt" counts it; None for another food, or a yogurt without one. A bare
    "fruit yogurt" logged its first measure, a cup (245 g), where "a fruit yogurt" a pot."""
    pot = _pot(food) if food.name.lower().startswith(YOGURT) else None
    return None if pot is None else pot.name.removeprefix("1 ")


def pot_of_yogurt(
    food: Food, unit: str, usual: tuple[float, str] | None
) -> tuple[float, str] | None:
    """(grams, label) of "a pot of yogurt": the pot "a yogurt" logs (`yogurt_pot`), where it
    was refused as a measure SR24 has not; None for another unit or food."""
    if unit.removesuffix("s") != "pot" or usual is None:
        return None
    return yogurt_pot(food, YOGURT, usual)


def _pot(food: Food) -> Portion | None:
    """The yogurt's 6 oz container, else its smallest, else None."""
    pots = sorted((p for p in food.portions if "container" in p.name), key=lambda p: p.grams)
    return next((p for p in pots if POT_OZ in p.name), pots[0] if pots else None)


# Foods counted as small whole ones where SR24 weighs only a slice of a large one: "a
# mince pie" logged "1 piece (1/8 of 9" dia)", 165 g (a small mince pie's pack says less)
SLICE_ONLY = frozenset({"usda:18322"})  # Pie, mince, prepared from recipe


def slice_only(food: Food, words: str) -> str | None:
    """Why a counted one ("2 mince pies") of such a food is not logged; else None."""
    if food.id not in SLICE_ONLY or not food.portions:
        return None
    piece = max(food.portions, key=lambda p: p.grams)
    return (
        f"the table (USDA SR24) weighs {food.name} only by its {piece.name} ({piece.grams:g} g),"
        f" not a small pie: say the grams on its pack, e.g. mg-journal eat '{words} 100 g'"
    )


# Foods SR24 weighs whole only as a large one to share: "a pizza" logged the chain's 14"
# pizza whole, 853 g, 205 mg and 2,269 kcal, silently; bare "pizza" is one slice.
SHARED_WHOLE = frozenset({"usda:21299", "usda:21302"})  # cheese, pepperoni: 14", 8 slices


def shared_whole(food: Food, words: str) -> str | None:
    """Why a counted whole one ("a pizza", "2 pizzas") of such a food is not logged; else
    None."""
    if food.id not in SHARED_WHOLE or len(food.portions) < 2:
        return None
    whole = max(food.portions, key=lambda p: p.grams)
    piece = min(food.portions, key=lambda p: p.grams)
    said = words[:-1] if words.lower().endswith("zas") else words  # "pizzas"
    return (
        f"the table (USDA SR24) has {food.name} whole only as a pizza to share "
        f"({whole.grams:g} g, about {round(whole.grams / piece.grams)} slices): say the "
        f"slices, e.g. mg-journal eat '{said} 2 slices', or the grams"
    )


def big_hint(words: str) -> str | None:
    """For words no food matches that begin "big" ("big apple"): say "large", SR24's
    size (it found nothing, and was told to try "apple"); else None."""
    first, _, rest = words.strip().partition(" ")
    if first.lower() != "big" or not rest:
        return None
    return (
        f"no food matches {words!r}: for the table's large one say 'large', "
        f"e.g. mg-journal eat 'a large {rest}'"
    )
