"""Condiments USDA weighs first by the cup: a vinegar, table salt, vanilla extract or a
sauce to season with is used by the spoon; a bare "balsamic vinegar" logged a cup of
it (255 g), "bbq sauce" a cup (250 g, 30 mg)."""

from __future__ import annotations

from journal.core.food.foods import Food

SPICES = "Spices and Herbs"
# What such a condiment is counted by, in order: USDA's spoon, else its packet (barbecue
# sauce: "1 packet", 9.3 g, the only measure of it besides the cup).
SPOON_MEASURES = ("tbsp", "packet")


def spooned(food: Food) -> bool:
    """A food of the spice group, or a sauce, whose first measure is one cup (vinegars,
    salt, vanilla extract, barbecue or teriyaki sauce: 1 cup, then 1 tbsp or a packet);
    a dried herb, weighed first by the teaspoon, or a pasta sauce by the half cup, is not."""
    first = food.portions[0].name.split(" ") if food.portions else []
    condiment = food.group == SPICES or food.name.startswith("Sauce, ")
    return condiment and first[:2] == ["1", "cup"] and "pasta" not in food.name.lower()
