"""Foods said alone log the serving a person means (a helper's report: "oven fries" logged
one strip of steak fries, 13 g, and "a plate of pasta" found no food: "plate" was no
measure)."""

from __future__ import annotations

import pytest

from tests.unit.food.as_logged import as_logged

OVEN_FRIES = "usda:11412"  # Potatoes, french fried, steak fries, ..., oven-heated: "10 strip" 133 g
SPAGHETTI = "usda:20121"  # Spaghetti, cooked, enriched, without added salt: 1 cup 140 g


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams", "label"),
    [
        ("oven fries", OVEN_FRIES, 133.0, "10 strips"),  # was "1 strip", 13 g
        ("a portion of oven fries", OVEN_FRIES, 133.0, "10 strips"),
        ("oven fries 100 g", OVEN_FRIES, 100.0, "100 g"),  # a weight is as typed
        ("a plate of pasta", SPAGHETTI, 140.0, "1 cup"),  # one serving, as a portion
        ("2 plates of spaghetti", SPAGHETTI, 280.0, "2 cups"),
    ],
)
def test_a_food_said_alone_is_its_usual_serving(
    phrase: str, food_id: str, grams: float, label: str
) -> None:
    food, logged_grams, logged_label = as_logged(phrase)
    assert food is not None and food.id == food_id, phrase
    assert (logged_grams, logged_label) == (pytest.approx(grams), label)


def test_a_plate_of_a_food_several_foods_fit_is_still_asked() -> None:
    assert as_logged("a plate of rice")[0] is None  # brown or white
