"""Dishes, brands and drinks by their everyday names log the food as eaten, and the
app's search lists that food first (a brief's report: each asked among the wrong foods
first, "french fries" frozen fries as purchased, "snickers" a SNICKERS Marathon protein
bar of 255 mg/100 g, "baked beans" the home recipe, "ramen" four dry packets alike;
"water" listed watermelon first in the app)."""

from __future__ import annotations

import pytest

from journal.core.food.eat_line import resolve
from journal.core.food.phrase import parse_line
from journal.core.food.quick_search import search_foods
from tests.unit.food.as_logged import TABLE, as_logged, assert_logs

CASES = [
    # fast-food fries (34 mg/100 g), a medium serving
    ("french fries", "usda:21138", 134.0, 45.56),
    ("fries", "usda:21138", 134.0, 45.56),
    # roasted chicken breast, meat only (29 mg/100 g): SR grills no chicken; 3 oz
    ("grilled chicken", "usda:05064", 85.0485, 24.66),
    ("grilled chicken breast", "usda:05064", 85.0485, 24.66),
    # the candy bar (72 mg/100 g) by its 2 oz bar, not a Marathon bar (255 mg/100 g)
    ("snickers", "usda:19155", 57.0, 41.04),
    ("a snickers bar", "usda:19155", 57.0, 41.04),
    ("2 snickers", "usda:19155", 114.0, 82.08),
    # a fast-food hard-shell taco with beef, cheese and lettuce (32 mg/100 g), 69 g
    ("tacos", "usda:21082", 69.0, 22.08),
    ("2 tacos", "usda:21082", 138.0, 44.16),
    # USDA's one Caesar salad, without chicken (9 mg/100 g), 213 g
    ("caesar salad", "usda:21372", 213.0, 19.17),
    # a tossed salad with chicken (15 mg/100 g), SR's serving of 1.5 cup, 218 g
    ("chicken salad", "usda:21054", 218.0, 32.7),
    # canned baked beans, plain or vegetarian (27 mg/100 g), half a cup of its 254 g cup
    ("baked beans", "usda:16006", 127.0, 34.29),
    ("tinned baked beans", "usda:16006", 127.0, 34.29),
    ("baked beans 1 cup", "usda:16006", 254.0, 68.58),
    # the dry packet (23 mg/100 g), whole: 85 g (SR's serving is half a packet)
    ("ramen", "usda:06583", 85.0, 19.55),
    ("instant noodles", "usda:06583", 85.0, 19.55),
    # tap water (1 mg/100 g), a cup of 8 fl oz
    ("water", "usda:14429", 237.0, 2.37),
    ("a glass of water", "usda:14429", 237.0, 2.37),
]


@pytest.mark.parametrize(("phrase", "food_id", "grams", "mg"), CASES)
def test_a_dish_or_brand_logs_the_food_as_eaten(
    phrase: str, food_id: str, grams: float, mg: float
) -> None:
    assert_logs(phrase, food_id, grams, mg)


@pytest.mark.parametrize(
    "words",
    sorted({words for words, *_ in CASES if not any(w in words for w in (" 1 ", "glass"))}),
)
def test_the_apps_search_lists_first_what_eat_logs(words: str) -> None:
    words = words.removeprefix("a ").removeprefix("2 ")
    food, _, _ = as_logged(words)
    assert food is not None
    assert search_foods(TABLE, [], words, 5)[0].id == food.id


def test_water_typed_in_the_app_lists_water_before_watermelon() -> None:
    # the app searches as the person types: "water" without a space listed watermelon
    assert search_foods(TABLE, [], "water", 2)[0].id == "usda:14429"
    assert search_foods(TABLE, [], "waterm", 1)[0].name == "Watermelon, raw"  # typing on


def test_water_is_logged_when_oats_cooked_with_water_were_eaten() -> None:
    # the oats (27 mg/100 g), eaten before and moved behind water, were its rival: asked
    [item] = parse_line("water")
    choice = resolve(TABLE, [], item, {"usda:08121": 5.0})
    assert choice.food is not None and choice.food.id == "usda:14429"


@pytest.mark.parametrize(
    ("phrase", "food_id"),
    [
        ("home prepared baked beans", "usda:16005"),  # the recipe when said
        ("chicken", "usda:05064"),
    ],
)
def test_the_words_of_another_food_keep_it(phrase: str, food_id: str) -> None:
    food, _, _ = as_logged(phrase)
    assert food is not None and food.id == food_id


@pytest.mark.parametrize(
    ("phrase", "first"),
    [
        ("canned beans", "usda:16006"),  # baked, kidney or black: asked, as before
        ("snickers marathon", "usda:25004"),  # the protein bars when said
        ("taco shells", "usda:18360"),  # with or without salt (85, 105 mg/100 g)
    ],
)
def test_words_that_may_mean_several_foods_still_ask(phrase: str, first: str) -> None:
    [item] = parse_line(phrase)
    choice = resolve(TABLE, [], item, {})
    assert choice.food is None and choice.candidates[0].id == first


@pytest.mark.parametrize("query", ["water", "water "])
def test_the_apps_list_puts_water_before_coffee_made_with_it_drunk_lately(query: str) -> None:
    # "water" listed "Coffee, brewed from grounds, prepared with tap water", drunk lately,
    # before water, where `eat` logs water (the coffee astray: its head is not named)
    coffee = "usda:14209"
    found = search_foods(TABLE, [], query, 8, {coffee: 5.0})
    assert found[0].id == "usda:14429"
    assert coffee in [f.id for f in found]  # still listed, at its own place


def test_a_food_eaten_lately_still_comes_first_while_typing_on() -> None:
    coffee = "usda:14209"
    assert search_foods(TABLE, [], "wat", 3, {coffee: 5.0})[0].id == coffee  # no head named
    assert search_foods(TABLE, [], "coffee", 3, {coffee: 5.0})[0].id == coffee
