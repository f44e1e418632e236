"""The everyday table names real foods and portions; as-eaten forms rank first."""

from __future__ import annotations

import pytest

from journal.core.food.everyday import EVERYDAY, as_eaten_rank, is_dry_form
from journal.core.food.quick_search import find_by_id, full_index
from journal.core.food.units import parse_quantity
from journal.store.shipped import read_food_table

TABLE = read_food_table()
INDEX = full_index(TABLE, [])


@pytest.mark.parametrize("food_id", sorted(EVERYDAY))
def test_every_everyday_food_and_portion_exists(food_id: str) -> None:
    food = find_by_id(TABLE, [], food_id)
    assert food is not None, food_id
    _, label = parse_quantity("1", food)
    measure = EVERYDAY[food_id]
    assert label == f"1 serving ({measure})" or measure.split(" (")[0] in label, (label, measure)
    assert not is_dry_form(food)


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("egg", "Egg, whole, cooked, hard-boiled"),
        ("eggs", "Egg, whole, cooked, hard-boiled"),
        ("milk", "Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D"),
        ("coffee", "Coffee, brewed from grounds, prepared with tap water"),
        ("lentils", "Lentils, mature seeds, cooked, boiled, without salt"),
        ("lentils raw", "Lentils, raw"),  # asked for: given
        ("quinoa", "Quinoa, cooked"),
        ("coffee powder", "Coffee, instant, regular, powder"),
    ],
)
def test_the_food_as_eaten_comes_first(query: str, first: str) -> None:
    assert INDEX.search(query, 1)[0].name == first


@pytest.mark.parametrize(
    "query", ["egg", "milk", "coffee", "almonds", "yogurt", "cheese", "peanut butter"]
)
def test_brand_baby_powder_and_substitute_never_outrank_the_plain_food(query: str) -> None:
    top = INDEX.search(query, 5)
    late = [
        f.name
        for f in top
        if f.group == "Baby Foods"
        or as_eaten_rank(f)[0] < 0
        or any(w.isupper() for w in f.name.split() if len(w) > 2)
    ]
    assert top[0].name not in late


def test_dry_forms() -> None:
    lentils = find_by_id(TABLE, [], "usda:16069")
    tofu = find_by_id(TABLE, [], "usda:16426")
    assert lentils is not None and is_dry_form(lentils)
    assert tofu is not None and not is_dry_form(tofu)  # tofu is eaten as sold
