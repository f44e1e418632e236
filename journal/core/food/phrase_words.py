"""The words a meal phrase is read by (`phrase`): amount words, the measures a phrase
may name, and the last words that are a measure of the food before them ("salmon
fillet", "orange juice glass", "chocolate bar")."""

from __future__ import annotations

import re

from journal.core.food.pots_and_scoops import MORE_MEASURES, SIZE_MEASURES
from journal.core.food.unit_words import ALIASES, MASS_UNITS, SIZED_GLASSES, VOLUME_UNITS

NUMBER_WORDS = {
    "a": "1",
    "an": "1",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "eleven": "11",
    "twelve": "12",
    "dozen": "12",
    "couple": "2",  # "a couple of eggs" found nothing
    "half": "1/2",
    "quarter": "1/4",
}
# Measures a phrase may name; the food's own portions decide their weight.
MEASURES = frozenset(
    {
        *MASS_UNITS,
        *VOLUME_UNITS,
        *ALIASES,
        *ALIASES.values(),
        "cup",
        "tbsp",
        "tsp",
        "slice",
        "piece",
        "serving",
        "can",
        "container",
        "fillet",
        "patty",
        "bar",
        "stalk",
        "spear",
        "clove",
        "leaf",
        "ear",
        "wedge",
        "packet",
        "package",  # "a package of ramen" as "a packet" (`unit_words.STAND_INS`)
        "bag",  # "a bag of crisps": the food's own bag, where USDA weighs one
        "bottle",  # "2 bottles of beer": "bottles of beer" named no food
        # sizes that differ: "a carton of milk" and "a splash of milk" said no food matched
        # the milk; now its units are named ("unknown unit 'carton' for Milk, ...")
        "carton",
        "splash",
        "shot",  # "a shot of espresso": its fluid ounce (`unit_words.STAND_INS`)
        "stick",
        "pat",
        "large",
        "medium",
        "small",
        "fruit",
        "block",
        "square",
        "biscuit",  # "weetabix 2 biscuits": the cereal's own measure
        "pint",
        "quart",
        "gallon",
        *SIZED_GLASSES,  # "a small glass of wine": asked in ml (`units`)
        *MORE_MEASURES,  # "an extra large egg", "a scoop of ice cream" (`pots_and_scoops`)
    }
)
SIZES = frozenset({"large", "medium", "small"}) | SIZE_MEASURES
# Measures the table also names foods by ("Biscuits, plain or buttermilk, ..."): alone
# they are the food ("a biscuit", "2 biscuits" were refused as naming none), where
# "weetabix 2 biscuits" is the cereal's measure. The only other measure that heads a
# name is "fruit" ("Fruit, mixed, ..."): "a piece of fruit" is any fruit, still asked.
FOOD_MEASURES = frozenset({"biscuit"})
# A last word that is one piece of the food: "salmon fillet" is one fillet, as "a salmon
# fillet", not the usual 3 oz serving. ("Vegetarian fillets" is a food's name.)
COUNTED_LAST = frozenset({"fillet"})
# A last word that is what a drink was served in: "orange juice glass" is a glass of it
# (it named no food). No USDA name ends with either word.
SERVED_LAST = frozenset({"glass", "mug"})
# What a weighed amount came in: "a 30g bag of crisps" is 30 g of crisps, "330ml can of
# coke" 330 ml of cola (each found nothing: "bag of crisps" named no food)
CONTAINERS = frozenset(
    {"bag", "packet", "pot", "tub", "glass", "bottle", "can", "tin", "carton", "jar", "bowl"}
    | {"serving", "portion"}
)
# "a chocolate bar", "2 milk chocolate bars" are bars of chocolate, as "a bar of chocolate"
# (milk chocolate's "1 bar", 44 g; dark's 101 g): the words alone found granola bars and
# a formulated bar first. Only chocolate: a granola, cereal or ice cream bar is a food of
# its own name.
_BAR_OF = re.compile(r"^(.*\bchocolate)\s+bars?$", re.IGNORECASE)


def bar_of(words: str, quantity: str) -> tuple[str, str]:
    """("chocolate", "2 bar") for "chocolate bars" counted 2, ("chocolate", "50 g") for
    "chocolate bar 50 g"; else as given."""
    bar = _BAR_OF.match(words.strip())
    if bar is None:
        return words, quantity
    if not re.fullmatch(r"[\d./ ]*", quantity):  # a measure said: it weighs the bar
        return bar[1], quantity
    return bar[1], f"{quantity.strip() or '1'} bar"
