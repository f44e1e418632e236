"""A can of fruit: SR24 weighs canned fruit by the cup and the half, never the can, so
"a tin of peaches" says so in one line (it chose raw peaches, then refused the tin by
their sizes); a can the table weighs (tuna, chickpeas) is logged as before."""

from __future__ import annotations

import pytest

from journal.core.food.eat_line import resolve
from journal.core.food.phrase import parse_line
from tests.unit.food.as_logged import TABLE, as_logged, assert_logs


@pytest.mark.parametrize(
    ("phrase", "words"),
    [
        ("a tin of peaches", "peaches"),
        ("a can of peaches", "peaches"),
        ("2 tins of pears", "pears"),
        ("a tin of pineapple", "pineapple"),
        ("a tin of fruit cocktail", "fruit cocktail"),
    ],
)
def test_a_can_of_fruit_says_to_give_cups(phrase: str, words: str) -> None:
    [item] = parse_line(phrase)
    choice = resolve(TABLE, [], item, {})
    assert choice.food is None and not choice.candidates
    assert choice.missing.startswith(f"the table weighs canned {words} by the cup")
    assert f"mg-journal eat 'canned {words} 1 cup'" in choice.missing


def test_canned_peaches_by_the_cup_ask_which_pack() -> None:
    assert as_logged("canned peaches 1 cup")[0] is None  # juice, water or syrup


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams", "mg"),
    [
        ("a tin of tuna", "usda:15121", 165, 44.55),
        ("a tin of chickpeas", "usda:16358", 253, 65.78),
        ("a tin of sardines", "usda:15088", 92, 35.88),
    ],
)
def test_a_can_the_table_weighs_is_logged(
    phrase: str, food_id: str, grams: float, mg: float
) -> None:
    assert_logs(phrase, food_id, grams, mg)
