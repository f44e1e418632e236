"""The shipped data/foods.tsv: size, seed foods, and the figures FACTS.md quotes."""

from __future__ import annotations

import pytest

from journal.core.food.foods import Food, parse_food_table
from journal.core.food.units import parse_quantity
from journal.store.shipped import food_table_candidates, read_food_table

# FACTS.md: USDA SR Legacy mg per 100 g, rounded.
PER_100G = {
    "usda:12516": 550,  # pumpkin seeds, roasted
    "usda:12061": 270,  # almonds
    "usda:12087": 290,  # cashews, raw
    "usda:11458": 87,  # spinach, boiled
    "usda:16015": 70,  # black beans, boiled
    "usda:20033": 235,  # oat bran, raw
    "usda:20041": 43,  # brown rice, cooked
    "usda:09040": 27,  # banana
    "usda:09037": 29,  # avocado
    "usda:18075": 78,  # whole-wheat bread
    "usda:19904": 230,  # dark chocolate 70-85%
}
SEEDS = {
    "dark leafy greens": "usda:11457",  # spinach, raw
    "peas": "usda:11304",
    "legumes": "usda:16015",
    "seeds": "usda:12516",
    "bananas": "usda:09040",
    "avocados": "usda:09037",
    "nuts": "usda:12061",
    "brown rice": "usda:20041",
    "whole wheat bread": "usda:18075",
    "oats": "usda:08120",
    "oat bran": "usda:20033",
}


@pytest.fixture(scope="module")
def foods() -> dict[str, Food]:
    return {food.id: food for food in parse_food_table(read_food_table())}


def test_table_is_found_in_the_checkout() -> None:
    assert any(path.is_file() for path in food_table_candidates())


def test_table_holds_the_sr24_foods_with_magnesium(foods: dict[str, Food]) -> None:
    # SR24 lists 7,906 current foods; 7,228 of them carry a magnesium value.
    assert len(foods) > 7000
    assert all(food.mg_per_100g is not None for food in foods.values())


def test_seed_foods_are_present(foods: dict[str, Food]) -> None:
    for kind, food_id in SEEDS.items():
        assert food_id in foods, kind


@pytest.mark.parametrize(("food_id", "expected"), sorted(PER_100G.items()))
def test_per_100g_matches_facts(foods: dict[str, Food], food_id: str, expected: int) -> None:
    assert foods[food_id].mg_per_100g == pytest.approx(expected, rel=0.07)


def test_one_ounce_of_almonds(foods: dict[str, Food]) -> None:
    almonds = foods["usda:12061"]
    grams, label = parse_quantity("1 oz", almonds)
    mg = almonds.mg_for(grams)
    assert label == "1 oz"
    assert mg is not None
    assert any(abs(mg - seed) <= 0.1 * seed for seed in (76, 80))


def test_half_cup_of_oat_bran(foods: dict[str, Food]) -> None:
    oat_bran = foods["usda:20033"]
    grams, _ = parse_quantity("1/2 cup", oat_bran)
    mg = oat_bran.mg_for(grams)
    assert mg is not None
    assert any(abs(mg - seed) <= 0.1 * seed for seed in (96, 110))


def test_unknown_energy_is_none_not_zero() -> None:
    food = Food("usda:1", "x", "g", 10.0, None, ())
    assert food.kcal_for(100) is None
    assert food.mg_for(50) == 5.0


def test_malformed_row_names_its_line() -> None:
    with pytest.raises(ValueError, match="line 3"):
        parse_food_table("# c\nndb\tgroup\tname\tmg_per_100g\tkcal_per_100g\tportions\n1\t2\n")
