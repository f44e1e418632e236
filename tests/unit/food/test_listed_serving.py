"""A bare name is the serving USDA lists, not one unit of it (a sweep's find: USDA weighs
dry spaghetti only as "2 oz" and honey ham as "1.94 oz (1 serving)", and a bare "dry
pasta" logged 1 oz, "honey ham" "1 oz (1 serving)", half the serving either way; a
steak listed as "3 oz (1 serving)" logged 1 oz). A half cup of soup stays a cup
(`test_units`): a volume is counted in whole units, as before."""

from __future__ import annotations

import pytest

from tests.unit.food.as_logged import as_logged


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams", "mg_per_100g", "label"),
    [
        ("dry pasta", "usda:20120", 57.0, 53.0, "2 oz"),  # Spaghetti, dry
        ("honey ham", "usda:07938", 55.0, 8.0, "1.94 oz (1 serving)"),
        ("dry pasta 2", "usda:20120", 114.0, 53.0, "2 × 2 oz"),  # two servings
        ("dry pasta 1 oz", "usda:20120", 28.3495, 53.0, "1 oz"),  # an ounce, when said
    ],
)
def test_a_bare_name_is_usdas_listed_serving(
    phrase: str, food_id: str, grams: float, mg_per_100g: float, label: str
) -> None:
    food, logged_grams, logged_label = as_logged(phrase)
    assert food is not None
    assert (food.id, logged_grams) == (food_id, pytest.approx(grams))
    assert food.mg_for(logged_grams) == pytest.approx(grams * mg_per_100g / 100)
    assert logged_label == label
