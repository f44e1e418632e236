"""Condiments USDA weighs first by the cup: a vinegar, table salt or vanilla extract is
used by the spoon, and a bare "balsamic vinegar" logged a cup of it (255 g)."""

from __future__ import annotations

from journal.core.food.foods import Food

SPICES = "Spices and Herbs"


def spooned(food: Food) -> bool:
    """A food of the spice group whose first measure is a cup (vinegars, salt, vanilla
    extract: 1 cup, then 1 tbsp); a dried herb, weighed first by the teaspoon, is not."""
    first = food.portions[0].name.split(" ") if food.portions else []
    return food.group == SPICES and first[1:2] == ["cup"]
