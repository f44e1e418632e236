"""A drink is counted by what one is served in: "a light beer" is USDA's "1 can or bottle
(12 fl oz)", 354 g, and "2 beers" two of the 12 fl oz cans, 712 g.

SR24 lists most beverages by the fluid ounce first ("1 fl oz" of light beer, of table
wine, of cola), then by the serving ("1 can or bottle (12 fl oz)", "1 serving 5 fl oz",
"1 can 12 fl oz"), so a bare "light beer" logged 1 fl oz, 30 g, and "2 beers" was
refused: a drink has no pieces to count. Pure: the portions arrive as (amount, measure).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from journal.core.food.foods import Food

# Measures of an amount rather than of one drink: the rest (can, bottle, serving, cup,
# glass, cocktail, jigger, packet) each hold one.
AMOUNTS = frozenset(
    {"fl", "fluid", "oz", "ml", "liter", "l", "tsp", "tbsp", "teaspoon", "tablespoon"}
)


def is_drink(food: Food) -> bool:
    """A beverage of the table, a juice ("Orange juice, raw", "Juice, apple, ...") or a
    milkshake ("Milk shakes, thick vanilla": 1 fl oz, then "1 container (11 oz)")."""
    first = food.name.split(",", 1)[0].lower().split()
    drink = food.group == "Beverages" or "juice" in first or first == ["milk", "shakes"]
    return food.source == "usda" and drink


def serving(measures: Iterable[tuple[float, str]], name: str = "") -> str | None:
    """The measure one drink is served in: the first that is no amount ("can or bottle
    (12 fl oz)"), else the largest of several fluid ounces ("12 fl oz" of a brand's
    beer), else None (the first portion, as for any food). Espresso (``name``) is served
    by the shot, its fluid ounce: "2 espressos" were refused, the ounce being an amount."""
    ounces = []
    for amount, measure in measures:
        unit = measure.lower().split(" ", 1)[0]
        if "espresso" in name.lower() and amount == 1 and unit in ("fl", "fluid"):
            return measure
        if unit not in AMOUNTS:
            return measure
        if unit in ("fl", "fluid") and amount > 1:
            ounces.append((amount, measure))
    if not ounces:
        return None
    amount, measure = max(ounces)
    return f"{amount:g} {measure}"


def glass_is_serving(said: str, measures: list[tuple[float, str]]) -> str | None:
    """The serving a glass of the drink is, where USDA weighs it by the serving and has no
    cup or glass: a glass of wine is its "1 serving 5 fl oz" (147 g), not a cup (235 g).
    A drink served by the can is poured by the cup, as before (a glass of cola)."""
    names = [measure.lower() for _, measure in measures]
    if said.lower() not in ("glass", "glasses") or any(
        n.startswith(("cup", "glass")) for n in names
    ):
        return None
    found = serving(measures)
    return found if found is not None and found.startswith("serving") else None


US_FL_OZ = 12.0  # a US can or bottle of beer; USDA's light beer: "1 can or bottle (12 fl oz)"


def bottle_of_beer(name: str, weighed: list[tuple[float, str]]) -> tuple[float, str] | None:
    """Grams of a bottle of a beer USDA weighs by its 12 fl oz can and no bottle, and its
    label: regular beer's "1 can" (356 g) holds 12 fl oz, as the "can or bottle (12 fl
    oz)" of USDA's light beer. None for another drink (a bottle of cola or wine holds
    another amount) or a can of another size. ``weighed``: (grams of one, measure)."""
    ounce = next((g for g, m in weighed if m.lower() in ("fl oz", "fluid ounce")), None)
    can = next((g for g, m in weighed if m.lower() == "can"), None)
    if "beer" not in name.lower() or ounce is None or can is None:
        return None
    if abs(can / ounce - US_FL_OZ) > 0.1:
        return None
    return can, "bottle (12 fl oz)"


WINE_BOTTLE_ML = 750.0  # the standard bottle of wine (US 27 CFR 4.72; EU Directive 2007/45)
FL_OZ_ML = 29.5735


def bottle_of_wine(name: str, weighed: list[tuple[float, str]]) -> tuple[float, str] | None:
    """Grams of a 750 ml bottle of a wine USDA weighs by the fluid ounce ("a bottle of
    wine" was refused: SR24 has no bottle of it), and its label; None for another drink."""
    ounce = next((g for g, m in weighed if m.lower() in ("fl oz", "fluid ounce")), None)
    if "wine" not in name.lower() or ounce is None:
        return None
    return ounce / FL_OZ_ML * WINE_BOTTLE_ML, "bottle (750 ml)"


# A bottle of water is the single-serve one, 500 ml (16.9 fl oz): USDA's own bottled
# waters (Poland Spring, Aquafina, Dasani, Calistoga: "1 bottle 16.9 fl oz", 500 g)
WATER_BOTTLE_ML = 500.0


def bottle_of_water(name: str, weighed: list[tuple[float, str]]) -> tuple[float, str] | None:
    """Grams of a 500 ml bottle of a water weighed by the fluid ounce (tap water has no
    bottle: "a bottle of water" was refused), and its label; None for another drink."""
    ounce = next((g for g, m in weighed if m.lower() in ("fl oz", "fluid ounce")), None)
    if not name.lower().startswith("water") or ounce is None:
        return None
    return ounce / FL_OZ_ML * WATER_BOTTLE_ML, "bottle (500 ml, 16.9 fl oz)"


def bottle(name: str, weighed: list[tuple[float, str]]) -> tuple[float, str] | None:
    """A bottle of beer, wine or water (`bottle_of_beer`, ...), or None."""
    return (
        bottle_of_beer(name, weighed)
        or bottle_of_wine(name, weighed)
        or bottle_of_water(name, weighed)
    )


# A glass (or mug, or cup) of a drink is a US cup, 8 fl oz (240 ml): the FDA's reference
# amount for a serving of a beverage (21 CFR 101.12(b), carbonated and noncarbonated
# beverages, 240 mL). USDA weighs cola and other sodas by fountain cups only ("1 cup
# medium 21 fl oz size", 486 g), which are no household cup: "a glass of cola" logged one.
GLASS_FL_OZ = 8.0
_FOUNTAIN = re.compile(r"^cup \w+ [\d.]+ fl oz size$")


def household_cup(said: str, weighed: list[tuple[float, str]]) -> tuple[float, str] | None:
    """Grams of a glass, mug or cup (``said``) of a drink USDA weighs by fountain cups
    and the fluid ounce but by no plain cup, and its label ("glass (8 fl oz)"); else None
    (its own cup, as milk's 244 g, stands)."""
    cups = [m.lower() for _, m in weighed if m.lower().startswith("cup")]
    ounce = next((g for g, m in weighed if m.lower() in ("fl oz", "fluid ounce")), None)
    if not cups or ounce is None or not all(_FOUNTAIN.match(m) for m in cups):
        return None
    said_word = said.lower().split(" ", 1)[0]
    word = next((w for w in ("glass", "mug") if said_word.startswith(w)), "cup")
    return ounce * GLASS_FL_OZ, f"{word} ({GLASS_FL_OZ:g} fl oz)"


def sized_glass(said: str, glass: tuple[float, str] | None) -> str:
    """Why "a large glass" of a drink is asked for in ml, in one line: glasses differ, and
    USDA weighs none by its size. ``glass``: (grams, words) of the table's one glass, as
    a person reads it ("5 fl oz", not its stored "serving 5 fl oz"); a large glass is
    offered a large example, 250 ml (it was offered 125 ml, a small glass of wine)."""
    size = said.lower().split(" ", 1)[0]
    example = "125 ml or 4 fl oz" if size == "small" else "250 ml or 8 fl oz"
    one = f" (the table's glass of this drink is {glass[1]}, {glass[0]:.0f} g)" if glass else ""
    return (
        f"a {said.lower()} differs from glass to glass{one}: say what you drank in ml or "
        f"fl oz, e.g. {example}"
    )


# A can of a drink is the US 12 fl oz can (355 ml), as USDA's cans of cola, beer and
# lemon-lime soda ("1 can 12 fl oz"); a drink it weighs by no can is weighed so.
CAN_FL_OZ = 12.0


def can_of_drink(weighed: list[tuple[float, str]]) -> tuple[float, str] | None:
    """Grams of a 12 fl oz can of a drink weighed by the fluid ounce, and its label."""
    ounce = next((g for g, m in weighed if m.lower() in ("fl oz", "fluid ounce")), None)
    return None if ounce is None else (ounce * CAN_FL_OZ, f"can ({CAN_FL_OZ:g} fl oz)")
