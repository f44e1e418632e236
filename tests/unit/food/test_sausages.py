"""A sausage is meat's: the meatless one is offered last, and logged when said."""

from __future__ import annotations

import pytest

from journal.core.food.eat_line import resolve
from journal.core.food.phrase import parse_line
from tests.unit.food.as_logged import TABLE, as_logged, assert_logs

MEATLESS = "usda:16107"


@pytest.mark.parametrize("phrase", ["a sausage", "2 sausages"])
def test_a_sausage_asks_among_meat_ones_first(phrase: str) -> None:
    # "Sausage, meatless" led the list by its short name, and its line was the one offered
    [item] = parse_line(phrase)
    choice = resolve(TABLE, [], item, {})
    assert choice.food is None
    assert choice.candidates[0].id != MEATLESS
    assert MEATLESS not in [food.id for food in choice.candidates[:5]]


@pytest.mark.parametrize("phrase", ["veggie sausage", "a vegetarian sausage", "vegan sausages"])
def test_a_veggie_sausage_is_the_meatless_one(phrase: str) -> None:
    assert_logs(phrase, MEATLESS, 28, 10.08)  # SR24: 1 slice = 28 g


def test_bacon_bits_are_still_their_own_name() -> None:
    assert as_logged("bacon bits")[0] is not None
