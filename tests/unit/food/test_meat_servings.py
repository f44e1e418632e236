"""Meat and fish USDA weighs first by the cup are a 3 oz serving where USDA lists one
(`meat_servings`): a bare "smoked salmon" logged a cup, 136 g."""

from __future__ import annotations

import pytest

from tests.unit.food.as_logged import assert_logs


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams", "mg"),
    [
        # Fish, salmon, chinook, smoked: 18 mg/100 g; was "1 cup, cooked", 136 g, 24.5 mg
        ("smoked salmon", "usda:15077", 85.0, 15.3),
        # Fish, tuna salad: 19 mg/100 g; was "1 cup", 205 g, 39.0 mg
        ("tuna salad", "usda:15128", 85.0, 16.15),
        # Mollusks, mussel, blue, cooked, moist heat: 37 mg/100 g; was asked (raw or cooked)
        ("mussels", "usda:15165", 85.0, 31.45),
        ("tuna", "usda:15121", 165.0, 44.55),  # canned tuna: its can, as before
    ],
)
def test_a_bare_meat_or_fish_is_a_3_oz_serving(
    phrase: str, food_id: str, grams: float, mg: float
) -> None:
    assert_logs(phrase, food_id, grams, mg)
