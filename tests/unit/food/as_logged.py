"""A phrase as the shell logs it, for the food-word tests: the food it resolves to (None
where the shell would ask), the grams its amount weighs and the portion's words."""

from __future__ import annotations

import pytest

from journal.core.food.eat_line import counted, resolve
from journal.core.food.foods import Food
from journal.core.food.measure_words import portion_words
from journal.core.food.phrase import names_no_food, parse_line
from journal.core.food.units import parse_quantity
from journal.store.shipped import read_food_table

TABLE = read_food_table()


def as_logged(phrase: str) -> tuple[Food | None, float, str]:
    """Raises as the shell refuses (an amount it cannot weigh, or no food named)."""
    [item] = parse_line(phrase)
    if names_no_food(item):
        raise ValueError(f"{phrase!r} names no food")
    food = resolve(TABLE, [], item, {}).food
    if food is None:
        return None, 0.0, ""
    grams, label = parse_quantity(item.quantity or "1", food, counted(item))
    return food, grams, portion_words(label)


def logged(phrase: str) -> tuple[str, float, str]:
    """(food id, grams, label) of a phrase the shell logs without asking."""
    food, grams, label = as_logged(phrase)
    assert food is not None, phrase
    return food.id, grams, label


def assert_logs(phrase: str, food_id: str, grams: float, mg: float) -> None:
    """The phrase logs that food, that many grams and that much magnesium (to 0.01 mg)."""
    food, logged_grams, _ = as_logged(phrase)
    assert food is not None and food.id == food_id
    assert logged_grams == pytest.approx(grams)
    assert food.mg_for(logged_grams) == pytest.approx(mg, abs=0.01)
