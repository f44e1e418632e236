"""British words for foods USDA names otherwise (`name_words.BRITISH`): "sweets" logged
an ear of sweet corn (103 g, 26.8 mg), "minced beef" found nothing where "beef mince"
did, "swede" asked among sweet corn and cherries."""

from __future__ import annotations

import pytest

from journal.core.food.eat_line import resolve
from journal.core.food.phrase import parse_item
from tests.unit.food.as_logged import TABLE, assert_logs


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams", "mg"),
    [
        # Beef, ground, 85% lean, patty, broiled: 21 mg/100 g, 1 patty 77 g
        ("minced beef", "usda:23568", 77.0, 16.17),
        ("natural yoghurt 150g", "usda:01116", 150.0, 18.0),  # plain yogurt, 12 mg/100 g
        ("sultanas", "usda:09298", 43.0, 13.76),  # raisins' small box, 32 mg/100 g
        ("double cream", "usda:01053", 15.0, 1.05),  # heavy whipping cream, 1 tbsp
        # Found nothing: a satsuma is a mandarin, USDA's tangerine (12 mg/100 g, medium
        # 88 g); tinned is canned; rocket is arugula (47 mg/100 g, 0.5 cup 10 g)
        ("a satsuma", "usda:09218", 88.0, 10.56),
        ("2 satsumas", "usda:09218", 176.0, 21.12),
        ("tinned tuna", "usda:15121", 165.0, 44.55),  # 27 mg/100 g, 1 can 165 g
        ("rocket", "usda:11959", 20.0, 9.4),
        ("a cuppa", "usda:14355", 237.0, 7.11),  # black tea, 3 mg/100 g
        # found nothing; by the stick (28 g), not SR's first measure, a 57 g fish portion
        ("fish fingers", "usda:15027", 28.0, 7.84),
        ("3 fish fingers", "usda:15027", 84.0, 23.52),
    ],
)
def test_a_british_word_logs_the_usda_food(
    phrase: str, food_id: str, grams: float, mg: float
) -> None:
    assert_logs(phrase, food_id, grams, mg)


@pytest.mark.parametrize(
    ("phrase", "first"),
    [
        ("sweets", "Candies, "),  # asked among candies, not logged as sweet corn
        ("swede", "Rutabagas, "),
        ("single cream", "Cream, fluid, light"),
        ("mangetout", "Peas, edible-podded"),
    ],
)
def test_a_british_word_asks_among_the_usda_foods(phrase: str, first: str) -> None:
    choice = resolve(TABLE, [], parse_item(phrase), {})
    assert choice.food is None and choice.candidates[0].name.startswith(first)
