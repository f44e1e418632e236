"""Fresh produce is what USDA names "raw" (a sweep's finds: "fresh spinach" logged
"Pasta, fresh-refrigerated, spinach, cooked", 57 g, 14 mg, for "Spinach, raw", 24 mg
a cup; "fresh orange juice" and "fresh strawberries" found nothing). A food USDA
names "fresh" keeps it ("Basil, fresh", not the dried herb at 711 mg/100 g), and
"fresh bread" is no raw breadfruit (384 g, 96 mg, once "fresh" found "raw")."""

from __future__ import annotations

import pytest

from journal.core.food.quick_search import full_index
from tests.unit.food.as_logged import TABLE, as_logged


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams", "mg_per_100g"),
    [
        ("fresh spinach", "usda:11457", 30.0, 79.0),  # 1 cup
        ("fresh orange juice", "usda:09206", 248.0, 11.0),
        ("fresh strawberries", "usda:09316", 144.0, 13.0),
        ("fresh basil", "usda:02044", 2.65, 64.0),  # "Basil, fresh": 1 tbsp, chopped
        ("fresh milk", "usda:01079", 244.0, 11.0),  # cow's milk (`test_milk_words`)
    ],
)
def test_fresh_is_raw_where_usda_says_raw(
    phrase: str, food_id: str, grams: float, mg_per_100g: float
) -> None:
    food, logged_grams, _ = as_logged(phrase)
    assert food is not None, phrase
    assert (food.id, logged_grams) == (food_id, pytest.approx(grams, rel=0.02))
    assert food.mg_for(logged_grams) == pytest.approx(logged_grams * mg_per_100g / 100)


@pytest.mark.parametrize("phrase", ["fresh bread", "fresh salmon"])
def test_no_other_food_is_taken_for_fresh_words(phrase: str) -> None:
    """Asked: bread is no breadfruit; fresh salmon is cooked or raw, as said."""
    assert as_logged(phrase)[0] is None


def test_the_app_lists_raw_spinach_first() -> None:
    assert full_index(TABLE, []).search("fresh spinach", 1)[0].id == "usda:11457"
