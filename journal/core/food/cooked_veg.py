"""A cooked vegetable alone ("cooked carrots", a boiled broccoli eaten before) is a cup
of it, as peas or spinach are, where the table lists first a measure nobody is served:
a spoon of carrots (10 g, 1 mg), one Brussels sprout (21 g), a large broccoli stalk (280
g), a head of cabbage (1,262 g), a frozen package. A whole one keeps its size: a medium
potato, an ear of corn, an artichoke, a pepper, a leek. Counted, they are still pieces:
"2 cooked carrots" are two carrots (`units.piece_portion`).
"""

from __future__ import annotations

import re

from journal.core.food.foods import Food
from journal.core.food.portion_match import find_portion, unit_head

VEGETABLES = "Vegetables and Vegetable Products"
_COOKED = re.compile(r"\b(?:cooked|boiled)\b")
# The first measures of a cooked vegetable no one is served as a bare "broccoli" is
NOT_SERVED = frozenset(
    {"package", "head", "bunch", "tbsp", "tsp", "leaf", "sprout", "slice", "stalk", "frond"}
)


def cooked_vegetable_cup(food: Food, first: tuple[float, str] | None) -> bool:
    """Whether a bare ``food`` is a cup rather than ``first``, the measure it would
    otherwise count (grams and name): a cooked vegetable with a cup, served none of those."""
    return (
        food.group == VEGETABLES
        and bool(_COOKED.search(food.name.lower()))
        and first is not None
        and unit_head(first[1]) in NOT_SERVED
        and find_portion("cup", food) is not None
    )
