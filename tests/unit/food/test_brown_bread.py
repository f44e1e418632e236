"""British brown bread is a wholemeal loaf (a brief's report: "brown bread" logged USDA's
"Bread, boston brown, canned", a steamed molasses bread, 45 g a slice). Whole-wheat
bread (usda:18075, 82 mg/100 g, 1 slice 28 g) and its toast (usda:18076, 99 mg/100 g,
1 slice 25 g) as SR24 weighs them."""

from __future__ import annotations

import pytest

from tests.unit.food.as_logged import as_logged, assert_logs

BREAD, TOAST = "usda:18075", "usda:18076"


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams", "mg"),
    [
        ("brown bread", BREAD, 28.0, 22.96),  # was Boston brown bread: 45 g, 28.4 mg
        ("2 slices of brown bread", BREAD, 56.0, 45.92),  # was 90 g of it, 56.7 mg
        ("a brown roll", "usda:18348", 28.0, 23.8),  # Rolls, dinner, whole-wheat: 85 mg/100 g
        ("brown toast", TOAST, 25.0, 24.75),  # was asked (the home recipe's, toasted, first)
        ("wholemeal toast", TOAST, 25.0, 24.75),  # was asked
        ("2 slices brown toast", TOAST, 50.0, 49.5),
        ("boston brown bread", "usda:18021", 45.0, 28.35),  # said: the American one
    ],
)
def test_brown_bread_is_whole_wheat(phrase: str, food_id: str, grams: float, mg: float) -> None:
    assert_logs(phrase, food_id, grams, mg)


def test_toast_alone_is_still_white() -> None:
    food, grams, _ = as_logged("toast")
    assert food is not None and (food.id, grams) == ("usda:18070", 22.0)
