"""A bare word lists the food it names as eaten first, in the app's search and in the
shell's candidates (a helper's report: `eat beer` listed Beerwurst sausages first, `eat
pizza` pizza sauce, `eat turkey` its heart, gizzard and liver)."""

from __future__ import annotations

import pytest

from journal.core.food.eat_line import resolve
from journal.core.food.foods import Food
from journal.core.food.made_with import heads, made_with
from journal.core.food.phrase import parse_line
from journal.core.food.quick_search import find_by_id, full_index, rank_foods
from journal.store.shipped import read_food_table

TABLE = read_food_table()
INDEX = full_index(TABLE, [])
BEER = "usda:14003"  # Alcoholic beverage, beer, regular, all
# Fast Food, Pizza Chain, 14" pizza, cheese topping, regular crust: the plain cheese
# pizza USDA weighs by the slice (the frozen one, first before, has no slice)
CHEESE_PIZZA = "usda:21299"
ROAST_TURKEY = "usda:05166"  # Turkey, all classes, meat and skin, cooked, roasted
OFFAL = ("heart", "gizzard", "liver", "giblets", "neck", "skin only")


def _shell_first(phrase: str) -> str:
    """The food the shell logs, or else the first it offers."""
    [item] = parse_line(phrase)
    choice = resolve(TABLE, [], item, {})
    return (choice.food or choice.candidates[0]).id


@pytest.mark.parametrize(
    ("word", "first"), [("beer", BEER), ("pizza", CHEESE_PIZZA), ("turkey", ROAST_TURKEY)]
)
def test_the_food_the_word_names_leads_in_the_app_and_the_shell(word: str, first: str) -> None:
    assert INDEX.search(word, 1)[0].id == first
    assert _shell_first(word) == first


def test_beer_logs_one_can_of_regular_beer() -> None:
    [item] = parse_line("beer")
    assert resolve(TABLE, [], item, {}).food == find_by_id(TABLE, [], BEER)  # 1 can, 356 g


def test_beers_come_before_a_sausage_named_after_beer() -> None:
    names = [food.name for food in INDEX.search("beer", 6)]
    first_sausage = next(i for i, name in enumerate(names) if name.startswith("Beerwurst"))
    assert first_sausage >= 3 and all("beer" in n for n in names[:first_sausage]), names
    assert INDEX.search("beerwurst", 1)[0].name.startswith("Beerwurst")  # asked: given


def test_a_whole_word_beats_a_longer_word_it_begins() -> None:
    assert INDEX.search("pea", 1)[0].name.startswith("Peas, green")  # not Peaches
    assert INDEX.search("horse", 1)[0].name.startswith("Game meat, horse")  # not horseradish
    assert INDEX.search("peach", 1)[0].name.startswith("Peaches")  # still found as typed


def test_pizza_sauce_only_after_the_pizzas_and_first_when_asked() -> None:
    names = [food.name for food in INDEX.search("pizza", 8)]
    assert names[0].startswith('Fast Food, Pizza Chain, 14" pizza, cheese')  # by the slice
    assert names[1].startswith('Fast Food, Pizza Chain, 14" pizza, pepperoni')  # everyday too
    assert names[2:7] == [n for n in names if n.startswith("Pizza,")][:5], names
    assert names[7] == "Sauce, pizza, canned, ready-to-serve"
    assert INDEX.search("pizza sauce", 1)[0].name == "Sauce, pizza, canned, ready-to-serve"


def test_a_sauce_whose_word_heads_no_food_stays_first() -> None:
    assert INDEX.search("salsa", 1)[0].name == "Sauce, salsa, ready-to-serve"


def test_offal_only_when_asked() -> None:
    names = [food.name.lower() for food in INDEX.search("turkey", 8)]
    assert not [n for n in names if any(part in n for part in OFFAL)], names
    assert INDEX.search("turkey liver", 1)[0].name.startswith("Turkey, liver")
    assert INDEX.search("chicken gizzard", 1)[0].name.startswith("Chicken, gizzard")


@pytest.mark.parametrize("query", ["beer", "pizza", "turkey", "pizza sauce", "turkey gravy"])
def test_the_shell_ranks_as_the_app(query: str) -> None:
    assert rank_foods(TABLE, [], query, 8) == INDEX.ranked(query, 8)


def test_made_with_words_are_those_heading_foods_of_their_own() -> None:
    table = heads(["Pizza, cheese", "Turkey, roasted", "Apples, raw", "Sauce, salsa"])
    assert {"pizza", "apple", "apples"} <= table and "salsa" not in table
    sauce = find_by_id(TABLE, [], "usda:06152")  # Sauce, pizza, canned, ready-to-serve
    salsa = find_by_id(TABLE, [], "usda:06164")  # Sauce, salsa, ready-to-serve
    milk_chocolate = find_by_id(TABLE, [], "usda:19120")  # Candies, milk chocolate: everyday
    assert sauce is not None and salsa is not None and milk_chocolate is not None
    assert made_with(sauce, table) == {"pizza"}
    assert made_with(salsa, table) == set()
    assert made_with(milk_chocolate, {"milk", "chocolate"}) == set()


def test_a_word_a_compound_head_begins_with_names_what_it_is_named_after() -> None:
    salami = find_by_id(TABLE, [], "usda:07003")  # Beerwurst, beer salami, pork
    assert salami is not None
    assert made_with(salami, frozenset()) == {"beer"}
    apples = Food("usda:x", "Apples, apple slices, ale", "Fruits", 5.0, 50.0, ())
    assert made_with(apples, frozenset()) == set()  # "apple" is the head in the singular


def test_a_word_typed_in_full_lists_its_longer_words_last() -> None:
    # "water" is an everyday drink too (`test_dishes_as_eaten`): watermelon at "waterm"
    assert INDEX.search("waterm", 1)[0].name == "Watermelon, raw"
    assert INDEX.search("water ", 1)[0].name == "Water, tap, municipal"  # a space: in full
    assert INDEX.search("crab ", 1)[0].name.startswith("Crustaceans, crab")  # not crabapples
    assert _shell_first("water") == "usda:14429"  # the shell's words are typed in full
    assert INDEX.search("choc ", 1)[0].name.startswith(("Candies", "Chocolate"))  # still found
    assert rank_foods(TABLE, [], "water ", 8) == INDEX.ranked("water ", 8)
