"""Eggs of a size: SR24 weighs sizes only of the raw egg (usda:01123: small 38 g, medium
44 g, large 50 g), so "2 medium eggs", as British eggs are sold, asked among six forms
and refused the boiled one ("unknown unit 'medium'"). A cooked egg of a size is its
large one in the raw sizes' proportion."""

from __future__ import annotations

import pytest

from tests.unit.food.as_logged import assert_logs, logged

BOILED = "usda:01129"  # Egg, whole, cooked, hard-boiled: 10 mg/100 g, 1 large 50 g


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams", "mg"),
    [
        ("a medium egg", BOILED, 44.0, 4.4),
        ("2 medium eggs", BOILED, 88.0, 8.8),
        ("2 small eggs", BOILED, 76.0, 7.6),
        ("2 large eggs", BOILED, 100.0, 10.0),  # its own large, as before
        # Egg, whole, cooked, fried: 13 mg/100 g, 1 large 46 g; medium 46 * 44 / 50
        ("a medium fried egg", "usda:01128", 40.48, 5.26),
    ],
)
def test_an_egg_of_a_size_is_weighed_by_the_raw_sizes(
    phrase: str, food_id: str, grams: float, mg: float
) -> None:
    assert_logs(phrase, food_id, grams, mg)


def test_the_size_says_it_is_the_raw_eggs() -> None:
    assert logged("a medium egg")[2] == "1 medium (as a raw medium egg)"


@pytest.mark.parametrize(
    ("phrase", "grams", "mg"),
    [
        ("an extra large egg", 56.0, 5.6),
        ("2 extra large eggs", 112.0, 11.2),
        ("a jumbo egg", 63.0, 6.3),
    ],
)
def test_an_extra_large_or_jumbo_egg_is_its_sr24_size(phrase: str, grams: float, mg: float) -> None:
    # each found nothing ("extra large egg" was read as the food's words)
    assert_logs(phrase, "usda:01129", grams, mg)
