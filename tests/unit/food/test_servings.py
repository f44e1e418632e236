""" "A serving", "a portion" or "a helping" of a food is its usual portion, what its name
alone logs: "a serving of almonds" was refused ("unknown unit 'serving'"), "a portion of
pasta" found nothing, and "a serving of rice" logged no question between brown and white
(the unit weighed neither, so they compared alike)."""

from __future__ import annotations

import pytest

from journal.core.food.eat_line import resolve
from journal.core.food.phrase import parse_line
from tests.unit.food.as_logged import TABLE, as_logged, assert_logs


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams", "mg"),
    [
        ("a serving of almonds", "usda:12061", 28.35, 75.98),  # 1 oz, 268 mg/100 g
        ("a portion of pasta", "usda:20121", 140.0, 25.2),  # 1 cup cooked, 18 mg/100 g
        ("a helping of peas", "usda:11313", 160.0, 35.2),  # 1 cup cooked, 22 mg/100 g
        ("2 portions of brown rice", "usda:20037", 390.0, 167.7),  # 1 cup 195 g, 43 mg
        ("a serving of wine", "usda:14084", 148.0, 16.28),  # its own "1 serving 5 fl oz"
    ],
)
def test_a_serving_is_the_usual_portion(phrase: str, food_id: str, grams: float, mg: float) -> None:
    assert_logs(phrase, food_id, grams, mg)


def test_a_serving_of_rice_asks_brown_or_white_as_rice_does() -> None:
    [item] = parse_line("a serving of rice")
    choice = resolve(TABLE, [], item, {})
    assert choice.food is None
    assert {"usda:20037", "usda:20045"} <= {food.id for food in choice.candidates}


SALAD = "usda:21052"  # Fast foods, salad, vegetable, tossed, without dressing: 11 mg/100 g


@pytest.mark.parametrize(("phrase", "servings"), [("2 salads", 2), ("salads 3", 3)])
def test_a_count_of_a_dish_by_the_serving_is_that_many_servings(phrase: str, servings: int) -> None:
    # refused: "the table weighs salads by the serving, not one by one" (as "2 yogurts"
    # was): each is the "1 serving (1.5 cup)", 207 g, "a salad" logs
    assert_logs(phrase, SALAD, servings * 207.0, servings * 207 * 0.11)
    assert as_logged(phrase)[2] == f"{servings} × 1.5 cup"


def test_a_count_of_a_food_served_by_weight_is_still_refused() -> None:
    # a chicken's serving is 3 oz of its meat: two chickens are not 6 oz
    with pytest.raises(ValueError, match="weighs chickens by the serving, not one by one"):
        as_logged("2 chickens")
