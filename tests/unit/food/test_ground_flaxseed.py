""" "ground flaxseed" found nothing (USDA names no food "ground"; it weighs the ground
seed by its own spoon, "1 tbsp, ground" 7 g, whole 10.3 g): the word moves to the
measure, so a spoon of it is a ground spoon."""

from __future__ import annotations

import pytest

from tests.unit.food.as_logged import as_logged, assert_logs

FLAX = "usda:12220"  # Seeds, flaxseed: 392 mg/100 g


@pytest.mark.parametrize(
    ("phrase", "grams", "mg"),
    [
        ("ground flaxseed", 7.0, 27.44),  # its everyday tbsp, ground
        ("2 tbsp ground flaxseed", 14.0, 54.88),  # not the whole spoon's 20.6 g
        ("ground flaxseed 2 tbsp", 14.0, 54.88),
        ("a tablespoon of ground flaxseed", 7.0, 27.44),
        ("1/2 tsp ground linseed", 1.25, 4.9),
        ("20g ground flaxseed", 20.0, 78.4),  # a weight stays a weight
    ],
)
def test_ground_flaxseed_is_weighed_by_the_ground_spoon(
    phrase: str, grams: float, mg: float
) -> None:
    assert_logs(phrase, FLAX, grams, mg)


def test_ground_beef_is_untouched() -> None:
    food, _, _ = as_logged("ground beef")
    assert food is not None and food.id == "usda:23568"


def test_a_cup_ground_is_refused_not_weighed_whole() -> None:
    with pytest.raises(ValueError, match="unknown unit 'cup ground' for Seeds, flaxseed"):
        as_logged("1 cup ground flaxseed")
