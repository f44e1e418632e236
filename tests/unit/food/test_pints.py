"""A pint says which (a brief's report: a British "pint of beer" is 20 fl oz, 568 ml,
and was logged as the US pint, 16 fl oz, with nothing to say so). A bare pint stays the
US one of USDA's measures, shown as such; "uk pint" or "imperial pint" is the British."""

from __future__ import annotations

import pytest

from tests.unit.food.as_logged import as_logged

BEER = "usda:14003"  # Alcoholic beverage, beer, regular, all: 6 mg/100 g, 12 fl oz 356 g
MILK = "usda:01079"  # Milk, reduced fat, 2%: 11 mg/100 g, 1 cup 244 g


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams", "mg", "label"),
    [
        ("a pint of beer", BEER, 475.2, 28.51, "1 pint (US: 16 fl oz, 473 ml)"),
        ("pint of milk", MILK, 488.0, 53.68, "1 pint (US: 16 fl oz, 473 ml)"),
        # was refused: "uk pint" named no measure
        ("a uk pint of beer", BEER, 570.7, 34.24, "1 pint (UK: 20 fl oz, 568 ml)"),
        ("an imperial pint of lager", BEER, 570.7, 34.24, "1 pint (UK: 20 fl oz, 568 ml)"),
        ("2 uk pints of milk", MILK, 1172.2, 128.94, "2 pints (UK: 20 fl oz, 568 ml)"),
    ],
)
def test_a_pint_says_which(phrase: str, food_id: str, grams: float, mg: float, label: str) -> None:
    food, logged_grams, logged_label = as_logged(phrase)
    assert food is not None and food.id == food_id
    assert logged_grams == pytest.approx(grams, abs=0.1)
    assert food.mg_for(logged_grams) == pytest.approx(mg, abs=0.01)
    assert logged_label == label
