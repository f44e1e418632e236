"""A handful of fresh fruit is half the fruit's own cup (a brief's report: a handful of
blueberries, grapes or strawberries logged 1 oz, 28 g, the handful of nuts). Nuts and
dried fruit keep the ounce."""

from __future__ import annotations

import pytest

from tests.unit.food.as_logged import as_logged, logged


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams", "mg"),
    [
        ("a handful of blueberries", "usda:09050", 74.0, 4.44),  # 1 cup = 148 g, 6 mg/100 g
        ("a handful of grapes", "usda:09132", 75.5, 5.285),  # 1 cup = 151 g, 7 mg/100 g
        ("a handful of strawberries", "usda:09316", 72.0, 9.36),  # 1 cup, whole = 144 g
        ("2 handfuls of strawberries", "usda:09316", 144.0, 18.72),
    ],
)
def test_a_handful_of_fruit_is_half_its_cup(
    phrase: str, food_id: str, grams: float, mg: float
) -> None:
    food, logged_grams, label = as_logged(phrase)
    assert food is not None and food.id == food_id
    assert logged_grams == pytest.approx(grams)
    assert food.mg_for(logged_grams) == pytest.approx(mg)
    assert "handful" in label and "1/2 cup" in label


@pytest.mark.parametrize(
    ("phrase", "food_id"),
    [("a handful of almonds", "usda:12061"), ("a handful of raisins", "usda:09298")],
)
def test_nuts_and_dried_fruit_keep_the_ounce(phrase: str, food_id: str) -> None:
    assert logged(phrase)[:2] == (food_id, pytest.approx(28.3495))
