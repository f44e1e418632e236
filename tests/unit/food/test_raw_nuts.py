"""Raw nuts and seeds by USDA's names for them (a sweep's find: "raw almonds" found
nothing, USDA naming the raw kernel "Nuts, almonds"; "raw pumpkin seeds" logged a raw
sunfish, "Fish, sunfish, pumpkin seed, raw", 14 mg, where USDA's raw kernels are
"Seeds, pumpkin and squash seed kernels, dried", 168 mg an ounce)."""

from __future__ import annotations

import pytest

from journal.core.food.everyday import DRIED_NOT_RAW, NUTS
from journal.core.food.foods import parse_food_table
from tests.unit.food.as_logged import TABLE, as_logged

OZ = 28.35


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams", "mg_per_100g"),
    [
        ("raw almonds", "usda:12061", OZ, 268.0),  # 1 oz (23 whole kernels)
        ("20 raw almonds", "usda:12061", 24.0, 268.0),  # 1 almond = 1.2 g
        ("raw walnuts", "usda:12155", OZ, 158.0),
        ("raw pumpkin seeds", "usda:12014", OZ, 592.0),
        ("raw sunflower seeds", "usda:12036", OZ, 325.0),
        ("raw cashews", "usda:12087", OZ, 292.0),  # named raw by USDA: as before
        ("almonds", "usda:12061", OZ, 268.0),
    ],
)
def test_raw_nuts_are_the_kernels_usda_names_without_roasting(
    phrase: str, food_id: str, grams: float, mg_per_100g: float
) -> None:
    food, logged_grams, _ = as_logged(phrase)
    assert food is not None and (food.id, logged_grams) == (food_id, pytest.approx(grams, rel=1e-3))
    assert food.mg_for(logged_grams) == pytest.approx(grams * mg_per_100g / 100, rel=1e-3)


def test_a_dried_nut_is_raw_unless_the_table_has_its_raw_form_too() -> None:
    nuts = [f.name.lower() for f in parse_food_table(TABLE) if f.group == NUTS]
    both = set()
    for name in nuts:
        if "dried" in name:
            head = name.split(", dried")[0]
            if any(n.startswith(head) and "raw" in n for n in nuts):
                both.add(head)
    assert len(both) >= len(DRIED_NOT_RAW)  # chestnuts of three kinds among them
    for head in both:
        assert set(head.replace(",", " ").split()) & DRIED_NOT_RAW, head
