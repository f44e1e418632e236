""" "ground flaxseed" found nothing (USDA names no food "ground"; it weighs the ground
seed by its own spoon, "1 tbsp, ground" 7 g, whole 10.3 g): the word moves to the
measure, so a spoon of it is a ground spoon, and a cup of it 16 ground spoons."""

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


@pytest.mark.parametrize(
    ("phrase", "grams", "label"),
    [
        # refused, "unknown unit 'cup ground'": USDA weighs a cup only whole (168 g)
        ("1 cup ground flaxseed", 112.0, "1 cup, ground (as 16 tbsp)"),
        ("1/4 cup ground flaxseed", 28.0, "1/4 cup, ground (as 16 tbsp)"),
        ("ground flaxseed 1/2 cup", 56.0, "1/2 cup, ground (as 16 tbsp)"),
        ("1 fl oz ground flaxseed", 14.0, "1 fl oz, ground (as 2 tbsp)"),
    ],
)
def test_a_cup_ground_is_its_ground_spoons_not_the_whole_cup(
    phrase: str, grams: float, label: str
) -> None:
    food, logged, said = as_logged(phrase)
    assert food is not None and food.id == FLAX
    assert (logged, said) == (pytest.approx(grams), label)
    assert food.mg_for(logged) == pytest.approx(grams * 3.92)


def test_a_whole_cup_is_still_the_whole_one() -> None:
    assert_logs("1 cup flaxseed", FLAX, 168.0, 658.56)
