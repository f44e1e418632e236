"""Everyday drinks and a biscuit SR24 has under no name, said missing with the nearest it
has and the line that logs it (`not_in_table._NEAREST`, a smoothie as its parts): each
got only the generic "no food matches"."""

from __future__ import annotations

import pytest

from journal.core.food.eat_line import counted, resolve
from journal.core.food.phrase import parse_item, parse_line
from journal.core.food.units import parse_quantity
from tests.unit.food.as_logged import TABLE


@pytest.mark.parametrize(
    ("phrase", "says", "line"),
    [
        ("kefir", "no kefir; its nearest is cultured lowfat buttermilk", "usda:01088 1 cup"),
        ("a glass of kefir", "no kefir", "usda:01088 1 cup"),
        ("prosecco", "no sparkling wine; its nearest is white table wine", "usda:14106 5 fl oz"),
        ("a glass of champagne", "no sparkling wine", "usda:14106 5 fl oz"),
        ("digestive biscuit", "no digestive biscuit; its nearest is a graham", "usda:18173 15 g"),
        ("2 digestives", "no digestive biscuit", "usda:18173 15 g"),
        ("ginger beer", "no ginger beer; its nearest is ginger ale", "usda:14136 12 fl oz"),
        ("a can of ginger beer", "no ginger beer", "usda:14136 12 fl oz"),
        ("smoothie", "no smoothie as one drink", "banana 1, strawberries 1 cup, milk 1 cup"),
        ("a strawberry smoothie", "no smoothie", "banana 1, strawberries 1 cup, milk 1 cup"),
    ],
)
def test_a_food_under_no_name_says_its_nearest_and_the_line(
    phrase: str, says: str, line: str
) -> None:
    choice = resolve(TABLE, [], parse_item(phrase), {})
    assert (choice.food, choice.candidates) == (None, [])
    assert says in choice.missing and f"mg-journal eat {line!r}" in choice.missing
    assert "--custom MG" in choice.missing


@pytest.mark.parametrize(
    ("line", "logged"),
    [
        ("usda:01088 1 cup", [("usda:01088", 245.0, 26.95)]),  # 11 mg/100 g
        ("usda:14106 5 fl oz", [("usda:14106", 147.0, 14.7)]),  # 10 mg/100 g
        ("usda:18173 15 g", [("usda:18173", 15.0, 4.5)]),  # 30 mg/100 g
        ("usda:14136 12 fl oz", [("usda:14136", 366.0, 3.66)]),  # 1 mg/100 g
        (
            "banana 1, strawberries 1 cup, milk 1 cup",
            [
                ("usda:09040", 118.0, 31.86),
                ("usda:09316", 144.0, 18.72),
                ("usda:01079", 244.0, 26.84),
            ],
        ),
    ],
)
def test_the_suggested_line_logs_the_nearest(
    line: str, logged: list[tuple[str, float, float]]
) -> None:
    for item, (food_id, grams, mg) in zip(parse_line(line), logged, strict=True):
        food = resolve(TABLE, [], item, {}).food
        assert food is not None and food.id == food_id
        got = parse_quantity(item.quantity or "1", food, counted(item))[0]
        assert got == pytest.approx(grams) and food.mg_for(got) == pytest.approx(mg, abs=0.01)


@pytest.mark.parametrize("phrase", ["ginger ale", "white wine", "buttermilk", "graham crackers"])
def test_the_nearest_foods_themselves_are_not_missing(phrase: str) -> None:
    assert resolve(TABLE, [], parse_item(phrase), {}).missing == ""
