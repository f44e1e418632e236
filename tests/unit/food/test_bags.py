"""A bag of a snack (a helper's report: "a bag of crisps" found nothing, though "crisps"
finds USDA's potato chips, some of which it weighs by the bag: "1 bag (8 oz)" = 227 g)."""

from __future__ import annotations

import pytest

from journal.core.food.choose import names
from journal.core.food.eat_line import resolve
from journal.core.food.phrase import Item, parse_item
from journal.core.food.quick_search import find_by_id, full_index
from journal.core.food.units import parse_quantity
from journal.store.shipped import read_food_table

TABLE = read_food_table()
PLAIN_CHIPS = "usda:19411"  # Snacks, potato chips, plain, salted: also FNDDS's 28 g bag
NO_BAG_CHIPS = "usda:19823"  # Potato chips, without salt, reduced fat: 1 oz only


@pytest.mark.parametrize("phrase", ["a bag of crisps", "bag of crisps", "1 bag crisps"])
def test_a_bag_of_is_a_measure_of_the_food(phrase: str) -> None:
    assert parse_item(phrase) == Item("crisps", "1 bag")


def test_a_bag_of_named_chips_asks_among_potato_chips() -> None:
    choice = resolve(TABLE, [], parse_item("a bag of reduced fat crisps"), {})
    assert choice.food is None  # made from dried potatoes or not: 45 or 89 mg/100 g, asked
    first = choice.candidates[0]
    assert names("crisps", first), first.name  # "Snacks, potato chips, ..." is potato chips
    assert parse_quantity("1 bag", first) == (28, "1 small single serving bag")


def test_a_bag_of_any_chips_is_the_single_serving_bag() -> None:
    """SR24's bags are sharing bags (8 oz of unsalted chips, 227 g); one eaten is FNDDS's
    28 g single-serving bag (`snack_bags`), where USDA weighs the chips by a bag or not."""
    plain, no_bag = find_by_id(TABLE, [], PLAIN_CHIPS), find_by_id(TABLE, [], NO_BAG_CHIPS)
    unsalted = find_by_id(TABLE, [], "usda:19811")  # plain, unsalted: 1 bag (8 oz) only
    assert plain is not None and no_bag is not None and unsalted is not None
    for chips in (plain, unsalted, no_bag):
        assert parse_quantity("1 bag", chips) == (28, "1 small single serving bag")
    assert parse_quantity("8 oz", unsalted)[0] == pytest.approx(226.8, abs=0.1)  # when said


def test_a_tea_bag_is_tea() -> None:
    index = full_index(TABLE, [])
    assert index.search("tea bag", 1)[0].name.startswith("Tea, black, brewed")
    choice = resolve(TABLE, [], parse_item("tea bag"), {})
    assert choice.food is not None and choice.food.id == "usda:14355"  # a cup of it
