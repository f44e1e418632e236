"""Hummus is the bought one by the tub's serving, 2 tbsp: a bare "hummus" logged the
home recipe's 1 tbsp (15 g, 4 mg), where the bought dip holds 71 mg/100 g to its 29 and
is eaten by the 2 tbsp serving (30 g, 21 mg). The home recipe is logged when said."""

from __future__ import annotations

import pytest

from tests.unit.food.as_logged import assert_logs

BOUGHT = "usda:16158"  # Hummus, commercial: 71 mg/100 g, 1 tbsp 15 g
HOME = "usda:16137"  # Hummus, home prepared: 29 mg/100 g, 1 tablespoon 15 g


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams", "mg"),
    [
        ("hummus", BOUGHT, 30.0, 21.3),
        ("hummus 2", BOUGHT, 60.0, 42.6),  # two servings
        ("1 tbsp hummus", BOUGHT, 15.0, 10.65),  # a spoon said
        ("hummus 50 g", BOUGHT, 50.0, 35.5),
        ("home prepared hummus", HOME, 30.0, 8.7),  # its 2 tbsp, not its cup (246 g)
    ],
)
def test_hummus_is_the_bought_one_by_two_tablespoons(
    phrase: str, food_id: str, grams: float, mg: float
) -> None:
    assert_logs(phrase, food_id, grams, mg)
