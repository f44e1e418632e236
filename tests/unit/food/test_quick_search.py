"""The shell's search gives what the app's index gives, and decides when a name is plain."""

from __future__ import annotations

import pytest

from journal.core.food.foods import Food, Portion
from journal.core.food.quick_search import clear_choice, find_by_id, full_index, search_foods
from journal.store.shipped import read_food_table

TABLE = read_food_table()
OWN = [
    Food(
        "custom:1",
        "Granola bar, homemade",
        "Your own foods",
        120.0,
        450.0,
        (Portion("1 bar", 40.0),),
        "custom",
    ),
    Food(
        "recipe:2",
        "Overnight oats with almonds",
        "Your recipes",
        90.0,
        150.0,
        (Portion("1 serving", 200.0),),
        "recipe",
    ),
]
INDEX = full_index(TABLE, OWN)
QUERIES = [
    "almonds",
    "almond",
    "oat bran",
    "banana",
    "black beans",
    "spinach boiled",
    "oatmeal",
    "almnd",
    "spinch",
    "a",
    "milk",
    "raw c",
    "be",
    "peas and",
    "peas and carrots",
    "the",
    "chicken breast",
    "yogurt plain",
    "granola",
    "oats almonds",
    "[bold]",
    "c c",
    "zzzqqq",
]


@pytest.mark.parametrize("query", QUERIES)
def test_same_results_as_the_full_index(query: str) -> None:
    boost = {"usda:12062": 3.0, "custom:1": 1.0}
    for limit in (1, 8, 30):
        assert search_foods(TABLE, OWN, query, limit, boost) == INDEX.search(query, limit, boost)


def test_own_foods_are_found() -> None:
    assert search_foods(TABLE, OWN, "granola bar", 1)[0].id == "custom:1"
    assert search_foods(TABLE, OWN, "overnight", 1)[0].id == "recipe:2"


def test_find_by_id() -> None:
    assert find_by_id(TABLE, OWN, "usda:12061").name == "Nuts, almonds"  # type: ignore[union-attr]
    assert find_by_id(TABLE, OWN, "recipe:2") is OWN[1]
    assert find_by_id(TABLE, OWN, "usda:99999999") is None


@pytest.mark.parametrize(
    ("query", "plain"),
    [
        ("almonds", "Nuts, almonds"),
        ("oat bran", "Oat bran, raw"),
        ("banana", "Bananas, raw"),
        ("black beans", "Beans, black, mature seeds, raw"),
        ("a", None),
        ("alm", None),
        ("milk", None),
        ("spinach boiled", None),
    ],
)
def test_clear_choice(query: str, plain: str | None) -> None:
    found = search_foods(TABLE, [], query, 8)
    chosen = clear_choice(query, found, {})
    assert (chosen.name if chosen else None) == plain


def test_a_food_eaten_before_is_the_clear_choice() -> None:
    found = search_foods(TABLE, [], "milk", 8, {"usda:01079": 2.0})
    assert clear_choice("milk", found, {"usda:01079": 2.0}).id == "usda:01079"  # type: ignore[union-attr]
