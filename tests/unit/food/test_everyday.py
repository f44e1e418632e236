"""The everyday table names real foods and portions; as-eaten forms rank first."""

from __future__ import annotations

import pytest

from journal.core.food.everyday import as_eaten_rank, is_dry_form
from journal.core.food.everyday_foods import EVERYDAY
from journal.core.food.quick_search import find_by_id, full_index
from journal.core.food.units import parse_quantity
from journal.store.shipped import read_food_table
from tests.unit.food.as_logged import assert_logs

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
    ("query", "first"),
    [
        # "Chicken, skin (drumsticks and thighs), ..." led them: skin alone, not the meat
        ("chicken thigh", "Chicken, broilers or fryers, thigh, "),
        ("chicken drumsticks", "Chicken, broilers or fryers, drumstick, "),
        ("chicken skin", "Chicken, skin (drumsticks and thighs)"),  # asked for: given
    ],
)
def test_a_cut_of_chicken_is_its_meat_not_its_skin(query: str, first: str) -> None:
    assert INDEX.search(query, 1)[0].name.startswith(first)


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


def test_own_foods_and_history_rank_above_everything() -> None:
    from journal.core.food.foods import Food, Portion
    from journal.core.food.quick_search import rank_foods

    mine = Food(
        "custom:7",
        "Egg muffin, homemade",
        "Your own foods",
        20.0,
        250.0,
        (Portion("1 muffin", 120.0),),
        "custom",
    )
    index = full_index(TABLE, [mine])
    assert index.search("egg", 1) == [mine]
    assert rank_foods(TABLE, [mine], "egg", 1) == index.ranked("egg", 1)
    eaten_before = {"usda:01123": 3.0}  # raw egg, logged lately
    assert index.search("egg", 2, eaten_before)[0].id == "usda:01123"


@pytest.mark.parametrize(
    ("food_id", "grams", "label"),
    [
        ("usda:01123", 50, "1 large"),  # raw egg: USDA's everyday egg is large, not medium
        ("usda:01128", 46, "1 large"),  # fried
        ("usda:12062", 28.35, "1 oz"),  # blanched almonds: nuts by the ounce
        ("usda:09040", 118, '1 medium (7" to 7-7/8" long)'),
    ],
)
def test_a_bare_number_is_the_usual_portion(food_id: str, grams: float, label: str) -> None:
    food = find_by_id(TABLE, [], food_id)
    assert food is not None
    assert parse_quantity("1", food) == (pytest.approx(grams), label)


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams", "mg"),
    [
        # each asked among its frozen sweetened and canned forms
        ("raspberries", "usda:09302", 123.0, 27.06),  # 1 cup, 22 mg/100 g
        ("pineapple", "usda:09266", 165.0, 19.8),  # 1 cup, chunks, 12 mg/100 g
        ("frozen raspberries", "usda:09306", 250.0, 32.5),  # said: given
        # snacks asked among their flavours ("a rice cake": a 4 g cube of rice cracker first)
        ("a rice cake", "usda:19051", 9.0, 11.79),  # plain, brown rice: 1 cake
        ("2 rice cakes", "usda:19051", 18.0, 23.58),
        ("trail mix", "usda:19059", 28.35, 44.793),  # regular, by the ounce, not a cup
        ("mixed nuts", "usda:12635", 28.35, 63.7875),  # dry roasted, with peanuts, salted
    ],
)
def test_a_fruit_or_snack_is_the_plain_one_as_eaten(
    phrase: str, food_id: str, grams: float, mg: float
) -> None:
    assert_logs(phrase, food_id, grams, mg)


@pytest.mark.parametrize(
    ("ndb", "dry"),
    [
        ("20038", True),  # "Oats": SR's whole grain as sold, 156 g a cup
        ("20062", True),  # "Rye"
        ("08121", False),  # oats cooked with water
        ("16114", False),  # "Tempeh": a one-word legume food, eaten as sold
        ("20027", False),  # "Cornstarch": one word, but no grain
    ],
)
def test_a_grain_named_alone_is_the_grain_as_sold(ndb: str, dry: bool) -> None:
    food = find_by_id(read_food_table(), [], "usda:" + ndb)
    assert food is not None and is_dry_form(food) is dry


def test_milk_is_the_drink_and_its_powder_only_when_asked_for() -> None:
    index = full_index(read_food_table(), [])
    first = [f.name for f in index.search("milk", 8)]
    assert not [n for n in first if " dry" in n or "dried" in n], first
    assert index.search("milk dry", 1)[0].name.startswith("Milk, dry,")  # typed: meant
    assert index.search("cheese parmesan", 1)[0].name.startswith("Cheese, parmesan")
