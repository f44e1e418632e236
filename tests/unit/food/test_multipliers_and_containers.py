"""Amounts written as a multiplier ("2x eggs", "banana x 2") or as a weight in a
container ("a 30g bag of crisps", "330ml can of coke", "a 150g yogurt"): each found
nothing, its words read as the food's ("x2 eggs", "bag of crisps", "150g yogurt")."""

from __future__ import annotations

import pytest

from journal.core.food.phrase import parse_item
from tests.unit.food.as_logged import assert_logs


@pytest.mark.parametrize(
    ("text", "words", "quantity"),
    [
        ("2x eggs", "eggs", "2"),  # each of these found nothing
        ("x2 eggs", "eggs", "2"),
        ("eggs x2", "eggs", "2"),
        ("2 x eggs", "eggs", "2"),
        ("banana x 2", "banana", "2"),
        ("a 150g yogurt", "yogurt", "150 g"),
        ("a 12 oz steak", "steak", "12 oz"),
        ("a 30g bag of crisps", "crisps", "30 g"),  # the weight said, not a bag's
        ("330ml can of coke", "coke", "330 ml"),
        ("an 8oz glass of milk", "milk", "8 oz"),
        ("a 3 oz serving of salmon", "salmon", "3 oz"),
        ("a bag of crisps", "crisps", "1 bag"),  # no weight: the bag, as before
    ],
)
def test_a_multiplier_and_a_weighed_container_read_as_amounts(
    text: str, words: str, quantity: str
) -> None:
    item = parse_item(text)
    assert (item.words, item.quantity) == (words, quantity)


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams", "mg"),
    [
        ("2x eggs", "usda:01129", 100.0, 10.0),  # two large boiled eggs
        ("a 30g bag of crisps", "usda:19411", 30.0, 21.0),  # potato chips, 70 mg/100 g
        ("a 150g yogurt", "usda:01116", 150.0, 18.0),  # plain whole-milk, 12 mg/100 g
        ("a couple of eggs", "usda:01129", 100.0, 10.0),  # and a count said in words
        ("half a dozen eggs", "usda:01129", 300.0, 30.0),
    ],
)
def test_a_multiplier_or_a_weighed_container_logs(
    phrase: str, food_id: str, grams: float, mg: float
) -> None:
    assert_logs(phrase, food_id, grams, mg)
