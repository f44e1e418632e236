"""Measures people say that USDA SR24 weighs no food by, or names otherwise.

Egg sizes past large ("an extra large egg", "a jumbo egg") are SR24's own (`egg_sizes`),
and "big" is its "large" ("a big apple": 1 large, 223 g); each found nothing, their
words read as the food's. A pot of yogurt and a scoop of ice cream have no SR24
measure: SR weighs yogurt by the container (4.4 to 8 oz, its first often 8 oz where a
British pot is 125 g) and ice cream by the half cup, so either is refused in one line
naming the measures it has, rather than logged by a guessed weight.
"""

from __future__ import annotations

from journal.core.food.foods import Food

SIZE_MEASURES = frozenset({"extra large", "jumbo", "extra small", "big"})
# Words after "big" that make a name the table holds: "a big mac" is McDONALD'S BIG MAC
BIG_NAMES = frozenset({"mac", "macs", "breakfast", "bite", "'n", "kat"})
UNWEIGHED = frozenset({"pot", "scoop"})
MORE_MEASURES = SIZE_MEASURES | UNWEIGHED | {"pots", "scoops"}


def unweighed(unit: str, food: Food) -> str | None:
    """Why a pot or scoop of ``food`` is not logged, and what to type; else None."""
    said = unit.removesuffix("s")
    if said not in UNWEIGHED:
        return None
    # a pot is a container (yogurt's 4.4 to 8 oz), a scoop nearest the cup it is taken in
    like = "container" if said == "pot" else "cup"
    first = next((p for p in food.portions if like in p.name), None)
    first = first or (food.portions[0] if food.portions else None)
    if first is None:
        return f"the table (USDA SR24) has no {said} of {food.name}: say the grams, e.g. 100 g"
    return (
        f"the table (USDA SR24) has no {said} of {food.name}: say the grams, e.g. "
        f"{first.grams:g} g for its {first.name}"
    )


def big_name(measure: str, after: str) -> bool:
    """Whether "big" is part of a name here ("big mac"), not a size."""
    return measure.lower() == "big" and after.lower() in BIG_NAMES


def unweighed_unit(quantity: str) -> str:
    """ "pot" or "scoop" when the amount is one ("2 scoops"), else nothing."""
    words = quantity.lower().split()
    unit = words[-1].removesuffix("s") if words else ""
    return unit if unit in UNWEIGHED else ""
