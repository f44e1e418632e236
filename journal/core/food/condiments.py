"""Condiments USDA weighs first by the cup: a vinegar, table salt, vanilla extract, a
sauce to season with or cream is used by the spoon; a bare "balsamic vinegar" logged a
cup of it (255 g), "bbq sauce" a cup (250 g, 30 mg), "sour cream" a cup (230 g)."""

from __future__ import annotations

import re

from journal.core.food.foods import Food

SPICES = "Spices and Herbs"
SPOONED_NAMES = ("Sauce, ", "Cream, ", "Sour cream")  # not "Cream puffs" or "Cream substitute"
# What such a condiment is counted by, in order: USDA's spoon, else its packet (barbecue
# sauce: "1 packet", 9.3 g, the only measure of it besides the cup).
SPOON_MEASURES = ("tbsp", "packet")


def spooned(food: Food) -> bool:
    """A food of the spice group, a sauce or cream whose first measure is one cup
    (vinegars, salt, vanilla extract, barbecue sauce, sour cream: 1 cup, then 1 tbsp or
    a packet); a dried herb, weighed first by the teaspoon, or a pasta sauce, is not."""
    first = re.split(r"[ ,(]+", food.portions[0].name) if food.portions else []
    condiment = food.group == SPICES or food.name.startswith(SPOONED_NAMES)
    return condiment and first[:2] == ["1", "cup"] and "pasta" not in food.name.lower()
