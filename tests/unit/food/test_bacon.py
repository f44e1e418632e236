"""Bacon as eaten is cooked pork bacon by the slice (a reviewer's find: "bacon 2 slices"
was refused, naming "Bacon, meatless", first by its short name and weighed by the
strip; bare "bacon" asked, meatless first). USDA SR24 weighs "Pork, cured, bacon,
cooked, broiled, pan-fried or roasted" (usda:10124, 33 mg/100 g) by "1 slice cooked", 8 g."""

from __future__ import annotations

import pytest

from tests.unit.food.as_logged import as_logged

SLICE = 8.0


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams"),
    [
        ("bacon 2 slices", "usda:10124", 2 * SLICE),
        ("2 slices of bacon", "usda:10124", 2 * SLICE),
        ("bacon", "usda:10124", SLICE),
        ("3 rashers of bacon", "usda:10124", 3 * SLICE),  # British for slices
        ("bacon 30 g", "usda:10124", 30.0),
        ("raw bacon", "usda:10123", 29.0),  # said raw: SR's "1 slice raw"
        ("bacon bits", "usda:43212", 7.0),  # the meatless bits: their own name
    ],
)
def test_bacon_is_cooked_pork_bacon_by_the_slice(phrase: str, food_id: str, grams: float) -> None:
    food, logged_grams, _ = as_logged(phrase)
    assert food is not None, phrase
    assert (food.id, logged_grams) == (food_id, pytest.approx(grams))
    per_100g = {"usda:10124": 33.0, "usda:10123": 12.0, "usda:43212": 95.0}[food_id]
    assert food.mg_for(logged_grams) == pytest.approx(grams * per_100g / 100)


def test_meatless_bacon_is_what_its_words_name() -> None:
    food, _, _ = as_logged("meatless bacon 1 strip")
    assert food is None or food.id == "usda:16104"  # never pork


TURKEY = "usda:42130"  # Turkey bacon, cooked: 29 mg/100 g; FNDDS's slice, 8 g (build_foods)


@pytest.mark.parametrize(
    ("phrase", "grams", "mg"),
    [
        ("turkey bacon", 8.0, 2.32),  # was "1 cup pieces", 82 g, 23.8 mg
        ("2 slices turkey bacon", 16.0, 4.64),  # was refused: "unknown unit 'slices'"
        ("3 rashers of turkey bacon", 24.0, 6.96),
        ("turkey bacon 1 oz", 28.3495, 8.22),
    ],
)
def test_turkey_bacon_is_counted_by_the_slice(phrase: str, grams: float, mg: float) -> None:
    food, logged_grams, _ = as_logged(phrase)
    assert food is not None and food.id == TURKEY
    assert logged_grams == pytest.approx(grams)
    assert food.mg_for(logged_grams) == pytest.approx(mg, abs=0.01)


def test_turkey_is_not_turkey_bacon() -> None:
    """The slice added no bonus to turkey bacon's words: "bacon" is still pork bacon."""
    food, _, _ = as_logged("bacon")
    assert food is not None and food.id == "usda:10124"
