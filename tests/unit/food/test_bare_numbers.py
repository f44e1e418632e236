"""A bare number for a food the table weighs by no portion is grams ("porridge 150"),
but a small one is a count typed last: "rice cakes 2" logged 2 g of "Rice cake, cracker"
(usda:42204, weighed only by the cubic inch, 131 mg/100 g): 2.6 mg for two cakes."""

from __future__ import annotations

import pytest

from journal.core.food.eat_line import too_few_grams
from journal.core.food.phrase import parse_item
from journal.core.food.quick_search import find_by_id
from journal.core.food.units import parse_quantity
from tests.unit.food.as_logged import TABLE

CAKE = find_by_id(TABLE, [], "usda:42204")


@pytest.mark.parametrize("phrase", ["rice cakes 2", "rice cakes 1/2", "rice cakes 9.5"])
def test_a_small_bare_number_is_refused(phrase: str) -> None:
    assert CAKE is not None
    said = too_few_grams(parse_item(phrase), CAKE)
    assert said is not None and said.startswith(f"{phrase}: the table has no household portion")
    assert said.endswith("say how much, e.g. rice cakes 30 g")


@pytest.mark.parametrize(
    "phrase", ["rice cakes 20", "rice cakes 10 g", "rice cakes 2 g", "rice cakes"]
)
def test_grams_or_a_larger_number_are_taken(phrase: str) -> None:
    assert CAKE is not None
    item = parse_item(phrase)
    assert too_few_grams(item, CAKE) is None
    if item.quantity:
        grams = parse_quantity(item.quantity, CAKE)[0]
        assert CAKE.mg_for(grams) == pytest.approx(grams * 1.31)


def test_a_food_with_a_portion_counts_it() -> None:
    banana = find_by_id(TABLE, [], "usda:09040")
    assert banana is not None and too_few_grams(parse_item("banana 2"), banana) is None
