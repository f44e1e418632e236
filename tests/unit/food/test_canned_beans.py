"""Beans from a can (a brief's report: "a can of chickpeas" was refused, naming boiled
chickpeas). SR24's drained canned chickpeas and red kidney beans are weighed by the can;
canned black and baked beans by the cup only, so a can of them asks for cups."""

from __future__ import annotations

import pytest

from journal.core.food.eat_line import resolve
from journal.core.food.phrase import parse_line
from tests.unit.food.as_logged import TABLE, as_logged, logged


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams", "mg"),
    [
        ("a can of chickpeas", "usda:16358", 253.0, 65.78),  # "1 can drained", 26 mg/100 g
        ("canned chickpeas", "usda:16358", 253.0, 65.78),
        ("a tin of chickpeas", "usda:16358", 253.0, 65.78),
        ("a can of kidney beans", "usda:16145", 266.0, 79.8),  # "1 can drained solids", 30
        ("2 cans of kidney beans", "usda:16145", 532.0, 159.6),
        ("canned black beans 1 cup", "usda:16018", 240.0, 84.0),  # 35 mg/100 g
        ("canned baked beans 1 cup", "usda:16006", 254.0, 68.58),  # 27 mg/100 g
    ],
)
def test_a_can_of_beans_is_the_canned_food(
    phrase: str, food_id: str, grams: float, mg: float
) -> None:
    food, logged_grams, _ = as_logged(phrase)
    assert food is not None and food.id == food_id
    assert logged_grams == pytest.approx(grams)
    assert food.mg_for(logged_grams) == pytest.approx(mg)


@pytest.mark.parametrize(
    ("phrase", "cup"),
    [("a can of black beans", "1 cup = 240 g"), ("a can of baked beans", "1 cup = 254 g")],
)
def test_a_can_weighed_by_the_cup_only_asks_for_cups(phrase: str, cup: str) -> None:
    with pytest.raises(ValueError, match=f"by the cup \\({cup}\\), not by the can"):
        as_logged(phrase)


def test_a_plain_word_keeps_the_boiled_food() -> None:
    assert logged("chickpeas") == ("usda:16057", 164.0, "1 cup")  # 48 mg/100 g: 78.7 mg


def test_canned_words_that_ask_between_foods_still_ask() -> None:
    """ "canned beans" may be baked, kidney or black: it asks, as before."""
    food, _, _ = as_logged("canned beans")
    assert food is None


@pytest.mark.parametrize(
    ("phrase", "offered"),
    [
        ("canned chickpeas 1 cup", {"usda:16058", "usda:16359"}),  # both have a cup
        ("canned kidney beans 1 cup", {"usda:16034", "usda:16335"}),
    ],
)
def test_a_cup_of_canned_beans_asks_between_the_canned_forms(
    phrase: str, offered: set[str]
) -> None:
    """Drained canned chickpeas and kidney beans are weighed by the can only: a cup of
    them asks between the canned forms (some with a cup), as before, not refuses."""
    [item] = parse_line(phrase)
    choice = resolve(TABLE, [], item, {})
    assert choice.food is None and offered <= {f.id for f in choice.candidates}
