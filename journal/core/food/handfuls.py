"""A handful of fresh fruit: half the fruit's own cup, where a handful of nuts is 1 oz.

"a handful of blueberries" logged 1 oz (28 g), the handful of nuts nutrition guides
count (`unit_words`), a third of what a hand holds of berries or grapes. The rule, from
the table's own portions only: a handful of a raw fruit is half of its "1 cup" (whole
where USDA lists several cups): blueberries 74 g, grapes 75.5 g, whole strawberries
72 g, near the NHS's "5 A Day" portion of small fruit, a handful (80 g). Nuts, seeds
and dried fruit (raisins: "1 oz (60 raisins)") keep the ounce; a raw fruit without a
cup in the table keeps it too.
"""

from __future__ import annotations

from journal.core.food.foods import Food

FRUITS = "Fruits and Fruit Juices"
HANDFUL_OF_CUP = 0.5


def is_handful(said: str) -> bool:
    """Whether the unit typed is a handful ("handful", "handfuls")."""
    return said.lower().strip().rstrip("s") == "handful"


def fruit_handful(food: Food, cup: tuple[float, str] | None) -> tuple[float, str] | None:
    """(grams, label) of a handful of a raw fruit from its `cup` (grams, measure);
    None for any other food, or a fruit with no cup."""
    raw_fruit = food.group == FRUITS and "raw" in food.name.lower().replace(",", " ").split()
    if not raw_fruit or cup is None or food.source != "usda":
        return None
    grams, measure = cup
    return grams * HANDFUL_OF_CUP, f"handful (1/2 {measure})"
