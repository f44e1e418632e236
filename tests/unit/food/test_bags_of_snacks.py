"""A bag of peanuts or of popcorn, and a piece of cheese, as eaten: each was refused as
an unknown unit ('bag' for peanuts and popcorn, 'piece' for cheddar)."""

from __future__ import annotations

import pytest

from journal.core.food.foods import Food, Portion
from journal.core.food.snack_bags import single_bag
from tests.unit.food.as_logged import as_logged

PEANUTS = "usda:16090"  # Peanuts, all types, dry-roasted, with salt: 176 mg/100 g
POPCORN = "usda:25026"  # Popcorn, microwave, regular (butter) flavor, made with palm oil
CHEDDAR = "usda:01009"  # Cheese, cheddar: "1 slice (1 oz)" 28 g, "1 cubic inch" 17 g


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams", "label"),
    [
        # no bag in the table: the 1 oz snack bag, said so
        ("a bag of peanuts", PEANUTS, 28.35, "1 snack bag (taken as 1 oz)"),
        ("2 bags of peanuts", PEANUTS, 56.7, "2 snack bags (taken as 1 oz)"),
        ("a packet of peanuts", PEANUTS, 28.35, "1 snack bag (taken as 1 oz)"),
        ("a bag of almonds", "usda:12061", 28.35, "1 snack bag (taken as 1 oz)"),
        # SR24's cooked (popped) package, "1 ckd pr g", 87 g: the "1 bag" of its twin
        ("a bag of popcorn", POPCORN, 87.0, "1 microwave bag (popped)"),
        ("popcorn 2 bags", POPCORN, 174.0, "2 microwave bags (popped)"),
        # a piece is the slice where no piece is weighed: cheddar's 1 oz slice
        ("a piece of cheddar", CHEDDAR, 28.0, "1 slice (1 oz)"),
        ("2 pieces of cheddar", CHEDDAR, 56.0, "2 slices (1 oz)"),
        ("a piece of toast", "usda:18070", 22.0, "1 slice"),
    ],
)
def test_a_bag_or_a_piece_is_the_one_eaten(
    phrase: str, food_id: str, grams: float, label: str
) -> None:
    food, logged_grams, logged_label = as_logged(phrase)
    assert food is not None and food.id == food_id
    assert (logged_grams, logged_label) == (pytest.approx(grams), label)


def test_bags_the_table_weighs_or_no_snack_has_stay_as_they_were() -> None:
    assert as_logged("a bag of crisps")[1] == 28.0  # the chips' single-serving bag
    with pytest.raises(ValueError, match="unknown unit 'bag'"):
        as_logged("a bag of lentils")  # a bag of them is no snack: not guessed
    with pytest.raises(ValueError, match="unknown unit 'bag'"):
        as_logged("a bag of air-popped popcorn")  # no bag of it in the table


def _nut(*portions: Portion) -> Food:
    return Food(
        "usda:1", "Nuts, cashew nuts, dry roasted", "Nut and Seed Products", 260.0, 574.0, portions
    )


def test_a_nut_the_table_weighs_by_a_bag_keeps_that_bag() -> None:
    assert single_bag(_nut(Portion("1 oz", 28.35)), "bag") == (28.35, "snack bag (taken as 1 oz)")
    assert single_bag(_nut(Portion("1 bag", 50.0)), "bag") is None  # its own, found as before
    assert single_bag(_nut(Portion("1 oz", 28.35)), "cup") is None
