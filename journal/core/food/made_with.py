"""Dishes and condiments named after what they are made with: "Sauce, pizza" is not pizza.

USDA names a sauce, soup, pie or candy by its category first ("Sauce, pizza", "Gravy,
turkey", "Pie, apple"), so the food it is made with sits where a plain food's own name
would. The shell asks about such a match unless the category is typed (`choose`); the
search ranks it after the foods its words name (`search`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from journal.core.food.everyday_foods import EVERYDAY
from journal.core.food.foods import Food
from journal.core.food.name_words import number_forms

_WORD = re.compile(r"[a-z]+")
# First segments that name a dish, sweet or condiment made with the food named after
# them: "Sauce, pizza" is pizza sauce and "Oil, olive" olive oil, never "pizza" or
# "olive". Unless a typed word names the head, such a match is asked about (`choose`).
MADE_WITH_HEADS = frozenset(
    {
        "sauce",
        "soup",
        "gravy",
        "salad dressing",
        "puddings",
        "frostings",
        "syrups",
        "toppings",
        "cake",
        "cookies",
        "crackers",
        "muffins",
        "pie",
        "pie crust",
        "pie fillings",
        "ice creams",
        "frozen novelties",
        "candies",
        "toaster pastries",
        "babyfood",
        "infant formula",
        "oil",
        "spices",
        "cereals ready-to-eat",
        "fast foods",
        "restaurant",
        "vinegar",  # "Vinegar, cider" is no cider, "Vinegar, red wine" no wine
        "pickle relish",  # "Pickle relish, hot dog" is no hot dog
    }
)
# Words that name a soup by themselves: "minestrone" is "Soup, minestrone", typed without
# "soup" (it asked saying none of the minestrones was named so, with no line to repeat)
# "ramen" too: "Soup, ramen noodle, any flavor, dry" (it asked among four packets)
SOUP_NAMES = frozenset(
    {"minestrone", "gazpacho", "chowder", "bisque", "consomme", "gumbo", "ramen"}
)
# The search ranks them late by the words they are made with. Not "Cereals ready-to-eat,
# rice, puffed": it is a cereal; baby, fast-food and restaurant foods rank late by their
# group already. ("Snacks, potato chips" is not here at all: it is potato chips.)
MADE_WITH_LATE = MADE_WITH_HEADS - {
    *("cereals ready-to-eat", "babyfood", "infant formula", "fast foods", "restaurant")
}
MADE_WITH_PENALTY = 3.0  # as a fast-food or restaurant dish: after every food named so


def heads(names: Iterable[str]) -> frozenset[str]:
    """The one-word first segments of names ("Pizza", "Turkey"), in either number."""
    found: set[str] = set()
    for first in {name.split(",", 1)[0].lower() for name in names}:
        head = _WORD.findall(first)
        if len(head) == 1:
            found |= number_forms(head[0])
    return frozenset(found)


def is_made_with(name: str) -> bool:
    """Whether a name's first segment is a dish or condiment `made_with` looks into."""
    return name.split(",", 1)[0].strip().lower() in MADE_WITH_LATE


def made_with(food: Food, table_heads: Collection[str]) -> set[str]:
    """The words of a dish's name that name what it is made with or after: "pizza" of
    "Sauce, pizza" and "turkey" of "Gravy, turkey", as they head foods of their own (typed
    alone they mean that food; "salsa" heads none, so "Sauce, salsa" stays first), and
    "beer" of "Beerwurst, beer salami", a sausage named after beer."""
    head, _, rest = food.name.lower().partition(",")
    head_words = _WORD.findall(head)
    words = set(_WORD.findall(rest)) - set(head_words)
    named_after = set()
    if len(head_words) == 1:  # a compound head: Beerwurst, Cheesefurter, Swisswurst
        compound = head_words[0]
        named_after = {w for w in words if len(w) > 2 and compound.startswith(w)}
        named_after -= {w for w in named_after if compound in number_forms(w)}
    if not is_made_with(food.name) or food.id in EVERYDAY:  # milk chocolate
        return named_after
    return named_after | (words & set(table_heads))
