"""Milk words find cow's milk unless another animal or a plant is named (a reviewer's
find: "raw milk" logged 1 oz of "Nuts, coconut milk, raw", 10 mg, the one name holding
both words; "fresh milk" and "full fat milk" found nothing, "whole milk" asked between
whole milk and chocolate milk)."""

from __future__ import annotations

import pytest

from tests.unit.food.as_logged import as_logged, assert_logs

CUP = 244.0


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams", "mg"),
    [
        ("raw milk", "usda:01078", CUP, 31.72),  # Milk, producer, fluid, 3.7%: 13 mg/100 g
        ("unpasteurised milk", "usda:01078", CUP, 31.72),
        ("raw cow's milk", "usda:01078", CUP, 31.72),
        ("fresh milk", "usda:01079", CUP, 26.84),  # 2%, as "milk"
        ("a glass of cold milk", "usda:01079", CUP, 26.84),
        ("cow's milk", "usda:01079", CUP, 26.84),
        ("milk", "usda:01079", CUP, 26.84),
        ("whole milk", "usda:01077", CUP, 24.4),  # 3.25%: 10 mg/100 g
        ("full fat milk", "usda:01077", CUP, 24.4),
        ("full-fat milk", "usda:01077", CUP, 24.4),
        ("semi-skimmed milk", "usda:01082", CUP, 26.84),  # 1%
        ("skimmed milk", "usda:01085", 245.0, 26.95),
        # USDA's "lowfat" is one word: "low fat milk" found breads made with it first,
        # "low fat chocolate milk" nothing
        ("low fat milk", "usda:01082", CUP, 26.84),
        ("a glass of low-fat milk", "usda:01082", CUP, 26.84),
        ("low fat chocolate milk", "usda:01104", 250.0, 32.5),
        ("skim milk", "usda:01085", 245.0, 26.95),
        ("goat milk", "usda:01106", CUP, 34.16),  # another animal: its milk
        ("raw coconut milk", "usda:12117", 28.35, 10.49),  # a plant: its milk
        ("soy milk 250 ml", "usda:16120", 258.9, 64.7),
    ],
)
def test_milk_words_are_cows_milk_unless_another_is_named(
    phrase: str, food_id: str, grams: float, mg: float
) -> None:
    food, logged_grams, _ = as_logged(phrase)
    assert food is not None, phrase
    assert (food.id, logged_grams) == (food_id, pytest.approx(grams, rel=2e-3))
    assert food.mg_for(logged_grams) == pytest.approx(mg, rel=2e-3)


@pytest.mark.parametrize("phrase", ["coconut milk", "almond milk"])
def test_another_milk_named_is_still_asked_about(phrase: str) -> None:
    assert as_logged(phrase)[0] is None


CHOCOLATE_MILK = "usda:01102"  # Milk, chocolate, fluid, commercial, whole: 13 mg/100 g


@pytest.mark.parametrize(
    ("phrase", "grams"),
    [
        ("chocolate milk", 250.0),  # asked: hot cocoa first, milk chocolate candy second
        ("a glass of chocolate milk", 250.0),
        ("chocolate milk 1 cup", 250.0),
        ("2 cups of chocolate milk", 500.0),
    ],
)
def test_chocolate_milk_is_the_bought_drink(phrase: str, grams: float) -> None:
    assert_logs(phrase, CHOCOLATE_MILK, grams, grams * 0.13)


def test_the_other_chocolate_drinks_and_candy_are_said_so() -> None:
    assert_logs("lowfat chocolate milk", "usda:01104", 250.0, 32.5)
    assert_logs("hot cocoa", "usda:01105", 250.0, 57.5)  # Milk, chocolate beverage, homemade
    candy, _, _ = as_logged("milk chocolate")
    assert candy is not None and candy.id == "usda:19120"
    assert as_logged("chocolate milk powder")[0] is None  # the mixes, asked as before
    assert_logs("hot chocolate milk", "usda:01105", 250.0, 57.5)  # not the cold drink
    shake, _, _ = as_logged("chocolate milk shake")
    assert shake is not None and shake.id == "usda:01110"  # Milk shakes, thick chocolate
