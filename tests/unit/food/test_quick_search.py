"""The shell's search gives what the app's index gives, and decides when a name is plain."""

from __future__ import annotations

import pytest

from journal.core.food.choose import choose
from journal.core.food.foods import Food, Portion
from journal.core.food.quick_search import find_by_id, full_index, rank_foods, search_foods
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
YOGURT = "usda:01116"  # Yogurt, plain, whole milk, 8 grams protein per 8 ounce
SWEET_POTATO = "usda:11508"  # Sweet potato, cooked, baked in skin, without salt
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
    "dry lentils",  # the index gives dry grains every word for "as sold"
    "uncooked oats",
    "raw rice",
    "raw",
    "walnut halves",  # a portion word no name holds
    "raw almonds",  # and raw nuts every word for "raw"
    "raw pumpkin seeds",
    "raw milk",  # cow's milk words read as USDA's
    "full fat milk",
    "toast",  # read as "toasted bread"
    "french toast",
    "red wine",  # a vinegar ranks after the wine
    "cider",
    "fresh spinach",  # "fresh" finds "raw"
    "milkshake",  # read "milk shakes"
    "hot dog",  # read "hotdog"
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
        ("black beans", "Beans, black, mature seeds, cooked, boiled, without salt"),
        ("lentils cooked", "Lentils, mature seeds, cooked, boiled, without salt"),
        ("milk", "Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D"),
        ("a", None),
        ("alm", None),
        ("rice", None),  # brown or white: 84 or 19 mg a cup
        ("spinach 1 cup", None),  # raw or cooked: 24 or 157 mg a cup
        # not "Sauce, pizza" or "Sauce, steak": a cheese pizza slice, a cooked beef steak
        ("pizza", 'Fast Food, Pizza Chain, 14" pizza, cheese topping, regular crust'),
        (
            "steak",
            'Beef, short loin, top loin, steak, separable lean and fat, trimmed to 0" fat, '
            "all grades, cooked, broiled",
        ),
        ("pizza sauce", "Sauce, pizza, canned, ready-to-serve"),
        ("olive oil", "Oil, olive, salad or cooking"),
        ("almond milk", None),  # not "Candies, milk chocolate, with almonds"
        ("rolled oats", None),  # not a sweetened cereal "with pecans" made with them
        (
            "oats",
            "Cereals, oats, regular and quick, unenriched, cooked with water (includes "
            "boiling and microwaving), without salt",
        ),  # as eaten, not SR's whole grain "Oats"
        ("cashews", "Nuts, cashew nuts, dry roasted, with salt added"),  # "Nuts" is no sauce
        ("coffee", "Coffee, brewed from grounds, prepared with tap water"),
    ],
)
def test_choose(query: str, plain: str | None) -> None:
    words, _, quantity = query.partition(" 1 ")
    chosen = choose(words, rank_foods(TABLE, [], words, 8), {}, quantity and "1 " + quantity)
    assert (chosen.food.name if chosen.food else None) == plain


def test_variants_with_the_same_magnesium_are_one_choice() -> None:
    words = "black turtle beans cooked"
    chosen = choose(words, rank_foods(TABLE, [], words, 8), {})
    assert chosen.food is not None and chosen.food.id == "usda:16017"  # without salt
    assert "usda:16317" in [f.id for f in chosen.alike]  # with salt: the same 49 mg/100 g


def test_a_food_eaten_before_is_the_clear_choice() -> None:
    found = rank_foods(TABLE, [], "rice", 8, {"usda:20045": 2.0})
    assert choose("rice", found, {"usda:20045": 2.0}).food.id == "usda:20045"  # type: ignore[union-attr]


def test_two_foods_eaten_before_with_different_figures_are_asked_about() -> None:
    # Brown rice (84 mg a cup) and white (19 mg): "rice" is asked about, not the first.
    eaten = {"usda:20045": 2.0, "usda:20037": 1.9}
    chosen = choose("rice", rank_foods(TABLE, [], "rice", 8, eaten), eaten)
    assert chosen.food is None
    assert {"usda:20045", "usda:20037"} <= {f.id for f in chosen.candidates}
    # Only one of them eaten: it is the choice, as above.
    one = {"usda:20037": 2.0}
    assert choose("rice", rank_foods(TABLE, [], "rice", 8, one), one).food.id == "usda:20037"  # type: ignore[union-attr]


def test_a_food_eaten_before_is_not_the_choice_for_words_naming_another() -> None:
    # Yogurt eaten yesterday ("Yogurt, plain, whole milk"): "milk" is still 2% milk.
    eaten = {YOGURT: 2.0}
    chosen = choose("milk", rank_foods(TABLE, [], "milk", 8, eaten), eaten, "1 cup")
    assert chosen.food is not None and chosen.food.name.startswith("Milk, reduced fat")
    # "almonds" names no head of "Nuts, almonds": the almonds eaten before stay the choice.
    nuts = {"usda:12061": 2.0}
    found = rank_foods(TABLE, [], "almonds", 8, nuts)
    assert choose("almonds", found, nuts).food.id == "usda:12061"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("query", "food_id"),
    [
        ("potato chips", "usda:19411"),  # "Snacks, potato chips, plain, salted"
        ("crisps", "usda:19411"),
        ("pepperoni pizza", "usda:21302"),  # "Fast Food, Pizza Chain, ..., pepperoni"
    ],
)
def test_an_everyday_food_of_two_words_eaten_before_stays_the_choice(
    query: str, food_id: str
) -> None:
    # Its head ("Snacks") is not typed, so eaten yesterday it went astray behind "Potato
    # chips, without salt, ..." and past the list: asked, and not even offered.
    eaten = {food_id: 6.0}
    chosen = choose(query, rank_foods(TABLE, [], query + " ", 8, eaten), eaten)
    assert chosen.food is not None and chosen.food.id == food_id


@pytest.mark.parametrize("query", ["rice", "eggs", "oatmeal", "soy milk", "lentils raw"])
def test_ranked_scores_match_the_full_index(query: str) -> None:
    assert rank_foods(TABLE, OWN, query, 8) == INDEX.ranked(query, 8)


def test_two_foods_eaten_before_with_the_same_figure_are_one_choice() -> None:
    eaten = {"usda:16017": 2.0, "usda:16317": 1.9}  # black turtle beans, without and with salt
    words = "black turtle beans cooked"
    chosen = choose(words, rank_foods(TABLE, [], words, 8, eaten), eaten)
    assert chosen.food is not None and chosen.food.id == "usda:16017"
    assert [f.id for f in chosen.alike] == ["usda:16317"]


def test_a_sweet_potato_eaten_before_is_not_a_potato() -> None:
    eaten = {SWEET_POTATO: 2.0}
    chosen = choose("potato", rank_foods(TABLE, [], "potato", 8, eaten), eaten)
    assert chosen.food is not None and chosen.food.name.startswith("Potatoes")
    again = choose("sweet potato", rank_foods(TABLE, [], "sweet potato", 8, eaten), eaten)
    assert again.food is not None and again.food.id == SWEET_POTATO
