"""A slice of cake or pie is USDA's piece of it ("1 piece (1/12 of 9" dia)"): "a slice of
cake" was refused ("unknown unit 'slice'") for a cake it had taken unasked, and "a piece
of chocolate cake" took the chocolate cake-type doughnut listed first, which no piece
weighs, and refused it, where the cakes the words name are weighed by the piece."""

from __future__ import annotations

import pytest

from journal.core.food.eat_line import resolve
from journal.core.food.phrase import parse_line
from tests.unit.food.as_logged import TABLE, assert_logs


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams", "mg"),
    [
        # Cake, chocolate, prepared from recipe without frosting: 32 mg/100 g
        ("a slice of usda:18101", "usda:18101", 95.0, 30.4),
        ("usda:18302 1 slice", "usda:18302", 155.0, 10.85),  # Pie, apple: 1/8 of 9" pie
        ("2 slices of usda:18147", "usda:18147", 160.0, 17.6),  # Cheesecake: 1/6 of 17 oz
        ("a slice of watermelon", "usda:09326", 286.0, 28.6),  # still its wedge
    ],
)
def test_a_slice_of_cake_or_pie_is_its_piece(
    phrase: str, food_id: str, grams: float, mg: float
) -> None:
    assert_logs(phrase, food_id, grams, mg)


@pytest.mark.parametrize(
    "phrase", ["a slice of cake", "a piece of chocolate cake", "a slice of chocolate cake"]
)
def test_a_slice_of_cake_asks_among_cakes_weighed_by_the_piece(phrase: str) -> None:
    [item] = parse_line(phrase)
    choice = resolve(TABLE, [], item, {})
    assert choice.food is None
    assert choice.candidates[0].name.startswith("Cake, ")
