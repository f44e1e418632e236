"""Espresso by the shot, SR24's one measure of it ("1 fluid ounce", 30 g, 80 mg/100 g:
24 mg a shot, the most magnesium of any coffee): "a shot of espresso", "a double
espresso" and "2 shots of espresso" found nothing, and "2 espressos" was refused ("the
table weighs espressos by the fl")."""

from __future__ import annotations

import pytest

from tests.unit.food.as_logged import assert_logs

ESPRESSO = "usda:14210"  # Coffee, brewed, espresso, restaurant-prepared


@pytest.mark.parametrize(
    ("phrase", "shots"),
    [
        ("a shot of espresso", 1),
        ("2 shots of espresso", 2),
        ("2 espressos", 2),  # a count of a drink is of its servings, as "2 beers" of cans
        ("2 usda:14210", 2),  # the line the shell offers to repeat
        ("a double espresso", 2),
        ("a triple espresso", 3),
        ("a single espresso", 1),
    ],
)
def test_espresso_is_counted_by_the_shot(phrase: str, shots: int) -> None:
    assert_logs(phrase, ESPRESSO, 30.0 * shots, 24.0 * shots)


def test_a_shot_of_a_spirit_is_its_jigger() -> None:
    # Alcoholic beverage, distilled, vodka, 80 proof: "1 jigger 1.5 fl oz" = 42 g, 0 mg
    assert_logs("a shot of vodka", "usda:14051", 42.0, 0.0)


def test_double_cream_is_still_cream() -> None:
    assert_logs("double cream", "usda:01053", 15.0, 1.05)  # heavy whipping, 1 tbsp
