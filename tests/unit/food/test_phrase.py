"""What people write about a meal is split into foods, amounts and measures."""

from __future__ import annotations

import pytest

from journal.core.food.phrase import Item, parse_item, parse_line, split_items


@pytest.mark.parametrize(
    ("text", "words", "quantity"),
    [
        ("2 eggs", "eggs", "2"),
        ("a cup of cooked lentils", "cooked lentils", "1 cup"),
        ("1 oz almonds", "almonds", "1 oz"),
        ("half an avocado", "avocado", "1/2"),
        ("200g yogurt", "yogurt", "200 g"),
        ("200 g yogurt", "yogurt", "200 g"),
        ("1 tbsp peanut butter", "peanut butter", "1 tbsp"),
        ("1 1/2 cups oatmeal", "oatmeal", "1 1/2 cups"),
        ("a half cup of rice", "rice", "1/2 cup"),
        ("three eggs", "eggs", "3"),
        ("2 large eggs", "eggs", "2 large"),
        ("large egg", "egg", "1 large"),
        ("a glass of milk", "milk", "1 glass"),
        ("glass of milk", "milk", "1 glass"),
        ("1 fl oz milk", "milk", "1 fl oz"),
        ("banana 1", "banana", "1"),
        ("oatmeal 1 cup", "oatmeal", "1 cup"),
        ("oat bran 1/2 cup", "oat bran", "1/2 cup"),
        ("almonds 1oz", "almonds", "1 oz"),
        ("milk 1 fl oz", "milk", "1 fl oz"),
        ("usda:12061 100g", "usda:12061", "100 g"),
        ("½ cup oats", "oats", "½ cup"),
        ("banana", "banana", ""),
        ("oat bran", "oat bran", ""),
        ("2% milk", "2% milk", ""),  # a figure of the name, not an amount
        ("milk 2%", "milk 2%", ""),
        ("1 cup 2% milk", "2% milk", "1 cup"),
        ("a", "a", ""),
        ("cup", "cup", ""),  # a measure alone is searched as a word
    ],
)
def test_parse_item(text: str, words: str, quantity: str) -> None:
    assert parse_item(text) == Item(words, quantity)


def test_a_line_holds_several_foods() -> None:
    assert parse_line("oatmeal 1 cup, banana, almonds 1 oz") == [
        Item("oatmeal", "1 cup"),
        Item("banana", ""),
        Item("almonds", "1 oz"),
    ]


def test_a_decimal_comma_does_not_split() -> None:
    assert split_items("rice 1,5 cups; 2 eggs") == ["rice 1,5 cups", "2 eggs"]
    assert split_items(" , banana,, ") == ["banana"]
