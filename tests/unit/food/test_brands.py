"""A brand's food is logged only when a word of the brand is typed (a sweep's finds:
"pesto" logged a whole "KASHI Pizza, Basil Pesto", 342 g, 68 mg, the one name holding
the word; "hash browns" McDonald's, whose "McDONALD'S" the brand test did not read, 56
g at 21 mg/100 g where home-prepared hash browns hold 35)."""

from __future__ import annotations

import pytest

from journal.core.food.food_rank import brand_words
from journal.core.food.quick_search import find_by_id
from tests.unit.food.as_logged import TABLE, as_logged


@pytest.mark.parametrize("phrase", ["pesto", "hash browns", "basil pesto"])
def test_a_brands_food_is_asked_about_when_the_brand_is_not_typed(phrase: str) -> None:
    assert as_logged(phrase)[0] is None


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams", "mg_per_100g"),
    [
        ("mcdonald's hash browns", "usda:21319", 56.0, 21.0),  # "2 oz" = 56 g
        ("kashi pizza basil pesto 100 g", "usda:21502", 100.0, 20.0),
    ],
)
def test_a_brand_typed_logs_its_food(
    phrase: str, food_id: str, grams: float, mg_per_100g: float
) -> None:
    food, logged_grams, _ = as_logged(phrase)
    assert food is not None and (food.id, logged_grams) == (food_id, pytest.approx(grams))
    assert food.mg_for(logged_grams) == pytest.approx(grams * mg_per_100g / 100)


def test_brand_words() -> None:
    kashi, mcd = find_by_id(TABLE, [], "usda:21502"), find_by_id(TABLE, [], "usda:21319")
    assert kashi is not None and brand_words(kashi) == {"kashi"}
    assert mcd is not None and brand_words(mcd) == {"mcdonald", "s"}
