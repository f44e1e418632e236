"""Meat and fish by the serving USDA gives them, not the cup it lists first.

SR24 weighs many cooked or ready fish and meats first by "1 cup" (chopped or flaked),
then by "3 oz", USDA's serving of cooked meat: a bare "smoked salmon" logged a cup of it
(136 g), "lobster" 145 g and "tuna salad" 205 g. Where both are listed, the 3 oz serving
is the one a plate holds, as for the everyday meats (`everyday_foods.EVERYDAY`).
"""

from __future__ import annotations

from journal.core.food.everyday import MEAT_GROUPS
from journal.core.food.foods import Food

SERVING = "3 oz"


def meat_serving(food: Food) -> str | None:
    """ "3 oz" for a meat or fish USDA weighs first by the cup and also by 3 oz, else None."""
    names = [p.name.lower() for p in food.portions]
    listed = any(name == SERVING or name.startswith(f"{SERVING} ") for name in names)
    first_cup = bool(names) and names[0].startswith("1 cup")
    fish = food.name.startswith("Fish, ") and food.group == "Finfish and Shellfish Products"
    return SERVING if (food.group in MEAT_GROUPS or fish) and first_cup and listed else None
