"""The magnesium an amount of a food gives, and when two such figures are one: `choose`
asks between foods only where the figures differ."""

from __future__ import annotations

from journal.core.food.foods import Food
from journal.core.food.units import needs_amount, parse_quantity

TOLERANCE = 0.10  # magnesium per portion within 10% (or 1 mg) is the same figure
ABSOLUTE_MG = 1.0


def mg_for_quantity(food: Food, quantity: str, grams: float | None = None) -> float | None:
    """Magnesium in ``quantity`` of ``food``, or None when the food has no such measure.

    ``grams``: the weight the leading food gives a bare number, so that rivals are
    compared on the same amount ("1" fresh or frozen spinach is one serving either way).
    """
    if not quantity and needs_amount(food):
        return None  # no portion: its name alone is no amount, and asked about
    if grams is not None and not any(c.isalpha() for c in quantity):
        return food.mg_for(grams)
    try:
        grams, _ = parse_quantity(quantity or "1", food)
    except ValueError:
        return None
    return food.mg_for(grams)


def same_figure(a: float | None, b: float | None) -> bool:
    """Two magnesium figures a journal need not tell apart."""
    if a is None or b is None:
        return a is b
    return abs(a - b) <= max(TOLERANCE * max(a, b), ABSOLUTE_MG)
