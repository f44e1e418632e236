"""What people write about a meal is split into foods, amounts and measures."""

from __future__ import annotations

import pytest

from journal.core.food.eat_line import item_text, repeat_line, resolve
from journal.core.food.foods import parse_food_table
from journal.core.food.name_words import number_blind, number_blind_lines, number_forms
from journal.core.food.phrase import (
    Item,
    names_no_food,
    parse_item,
    parse_line,
    split_items,
)
from journal.core.food.phrase_words import FOOD_MEASURES, MEASURES
from tests.unit.food.as_logged import TABLE, as_logged, assert_logs


@pytest.mark.parametrize(
    ("text", "words", "quantity"),
    [
        ("2 eggs", "eggs", "2"),
        ("a cup of cooked lentils", "cooked lentils", "1 cup"),
        ("1 oz almonds", "almonds", "1 oz"),
        ("half an avocado", "avocado", "1/2"),
        ("200g yogurt", "yogurt", "200 g"),
        ("200 g yogurt", "yogurt", "200 g"),
        ("1 tbsp peanut butter", "peanut butter", "1 tbsp"),
        ("1 1/2 cups oatmeal", "oatmeal", "1 1/2 cups"),
        ("a half cup of rice", "rice", "1/2 cup"),
        ("three eggs", "eggs", "3"),
        ("2 large eggs", "eggs", "2 large"),
        ("large egg", "egg", "1 large"),
        ("a glass of milk", "milk", "1 glass"),
        ("glass of milk", "milk", "1 glass"),
        ("1 fl oz milk", "milk", "1 fl oz"),
        ("banana 1", "banana", "1"),
        ("oatmeal 1 cup", "oatmeal", "1 cup"),
        ("oat bran 1/2 cup", "oat bran", "1/2 cup"),
        ("almonds 1oz", "almonds", "1 oz"),
        ("milk 1 fl oz", "milk", "1 fl oz"),
        ("usda:12061 100g", "usda:12061", "100 g"),
        ("½ cup oats", "oats", "½ cup"),
        ("banana", "banana", ""),
        ("oat bran", "oat bran", ""),
        ("2% milk", "2% milk", ""),  # a figure of the name, not an amount
        ("milk 2%", "milk 2%", ""),
        ("1 cup 2% milk", "2% milk", "1 cup"),
        ("a", "a", ""),
        ("cup", "cup", ""),  # a measure alone is searched as a word
        ("dark chocolate 2 squares", "dark chocolate", "2 squares"),
        ("milk 250 ml", "milk", "250 ml"),
        ("250ml milk", "milk", "250 ml"),
        ("half a litre of milk", "milk", "1/2 litre"),
        ("1 quart milk", "milk", "1 quart"),
        ("1 c. milk", "milk", "1 c."),
        ("a couple of eggs", "eggs", "2"),  # it found nothing
        ("couple of bananas", "bananas", "2"),
        ("half a dozen eggs", "eggs", "6"),  # it found nothing ("dozen eggs", 1/2)
    ],
)
def test_parse_item(text: str, words: str, quantity: str) -> None:
    item = parse_item(text)
    assert (item.words, item.quantity) == (words, quantity)


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("20 cashews", True),  # a number before the words, no measure: it counts them
        ("2 eggs", True),
        ("three eggs", True),
        ("half an avocado", True),
        ("a banana", True),
        ("cashews 20", False),  # after the words: servings, as "cashews" alone
        ("banana 1", False),
        ("1 oz almonds", False),  # a measure says how much
        ("2 large eggs", False),
        ("a glass of milk", False),
        ("200g yogurt", False),
        ("banana", False),
    ],
)
def test_a_number_before_the_words_without_a_measure_counts_them(text: str, counts: bool) -> None:
    assert parse_item(text).counts is counts


def test_a_line_holds_several_foods() -> None:
    assert parse_line("oatmeal 1 cup, banana, almonds 1 oz") == [
        Item("oatmeal", "1 cup"),
        Item("banana", ""),
        Item("almonds", "1 oz"),
    ]


def test_a_decimal_comma_does_not_split() -> None:
    assert split_items("rice 1,5 cups; 2 eggs") == ["rice 1,5 cups", "2 eggs"]
    assert split_items(" , banana,, ") == ["banana"]


def test_the_repeat_line_keeps_a_count_before_the_food() -> None:
    # "20 cashews" repeated with an id must still count kernels, not ounces.
    items = [Item("cashews", "20", counts=True), Item("rice", "1 cup")]
    line = repeat_line(items, {0: "usda:12586", 1: "usda:20037"})
    assert line == "mg-journal eat '20 usda:12586, usda:20037 1 cup'"
    assert parse_line(line.split(" ", 2)[2].strip("'")) == [
        Item("usda:12586", "20", counts=True),
        Item("usda:20037", "1 cup"),
    ]
    assert item_text(Item("cashews", "20")) == "cashews 20"


@pytest.mark.parametrize(
    ("text", "no_food"),
    [("1 oz", True), ("oz 1", True), ("2 cups", True), ("1 oz almonds", False), ("cup", False)],
)
def test_an_amount_and_a_measure_alone_name_no_food(text: str, no_food: bool) -> None:
    assert names_no_food(parse_item(text)) is no_food


@pytest.mark.parametrize(
    ("text", "no_food"),
    [("a biscuit", False), ("2 biscuits", False), ("a slice", True), ("a piece of fruit", True)],
)
def test_a_measure_that_is_also_a_food_names_the_food(text: str, no_food: bool) -> None:
    # "a biscuit" was refused ("'1 biscuit' names no food"): the word is weetabix's measure
    assert names_no_food(parse_item(text)) is no_food


@pytest.mark.parametrize("phrase", ["a biscuit", "2 biscuits"])
def test_a_biscuit_asks_among_the_biscuits(phrase: str) -> None:
    food, _, _ = as_logged(phrase)  # refused before; now asked, as a bare "biscuit" is
    [item] = parse_line(phrase)
    choice = resolve(TABLE, [], item, {})
    assert food is None and choice.candidates
    # American biscuits and British ones, cookies (`either_words`): it was American only
    first = [f.name.split(",")[0] for f in choice.candidates[:5]]
    assert "Biscuits" in first and "Cookies" in first


def test_the_measures_the_table_names_foods_by_are_decided() -> None:
    # A measure word that heads a food's name is read as the food (`FOOD_MEASURES`),
    # or is "fruit", which names no one food: a new such word must be decided too.
    heads = {food.name.split(",")[0].lower() for food in parse_food_table(TABLE)}
    named = {m for m in MEASURES if number_forms(m) & heads}
    assert named == FOOD_MEASURES | {"fruit"}


NAMES = {
    "bananas, raw",
    "cheese, cheddar",
    "oat milk, homemade",
    "oil, olive, salad or cooking",
    "lentils, mature seeds, cooked, boiled, without salt",
}


@pytest.mark.parametrize(
    ("line", "items"),
    [
        ("Bananas, raw 100 g", [Item("Bananas, raw", "100 g")]),
        ("oat milk, homemade", [Item("oat milk, homemade", "")]),
        ("cheese, cheddar 1 oz, banana", [Item("cheese, cheddar", "1 oz"), Item("banana", "")]),
        # An amount before the comma ends that food: two foods, as typed.
        ("cheese 1 oz, cheddar", [Item("cheese", "1 oz"), Item("cheddar", "")]),
        # Not a name together: two foods, as before.
        ("oatmeal 1 cup, banana", [Item("oatmeal", "1 cup"), Item("banana", "")]),
        ("banana, raw almonds", [Item("banana", ""), Item("raw almonds", "")]),
        # Names of several parts, each run the longest that is one name.
        (
            "Oil, olive, salad or cooking 1 tbsp, Lentils, mature seeds, cooked, boiled, "
            "without salt 1 cup, banana",
            [
                Item("Oil, olive, salad or cooking", "1 tbsp"),
                Item("Lentils, mature seeds, cooked, boiled, without salt", "1 cup"),
                Item("banana", ""),
            ],
        ),
        # An amount inside a run ends it: "olive 1 tbsp" is no part of a longer name.
        (
            "oil, olive 1 tbsp, salad or cooking",
            [Item("oil", ""), Item("olive", "1 tbsp"), Item("salad or cooking", "")],
        ),
    ],
)
def test_a_foods_own_comma_keeps_it_one_item(line: str, items: list[Item]) -> None:
    """A helper's report: `eat "oat milk, homemade"` logged two foods, 15 mg each."""
    assert parse_line(line, lambda words: words.casefold() in NAMES) == items
    assert len(parse_line(line)) == len(split_items(line))  # without names: every comma


def test_the_ready_line_keeps_the_options_it_was_typed_with() -> None:
    """The fifth helper's report: `eat rice --date yesterday --meal dinner` offered a line
    without them, which filed the rice on today's breakfast."""
    items = parse_line("rice 1 cup, banana")
    line = repeat_line(items, {0: "usda:20037"}, {"--date": "yesterday", "--meal": "dinner"})
    assert line == "mg-journal eat 'usda:20037 1 cup, banana' --date yesterday --meal dinner"
    assert repeat_line(items, {0: "usda:20037"}) == "mg-journal eat 'usda:20037 1 cup, banana'"
    spaced = repeat_line(items, {}, {"--time": "7 pm"})
    assert spaced.endswith("--time '7 pm'")


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("banana, raw", "Bananas, raw"),
        ("peach, raw", "Peaches, raw"),
        ("strawberry, raw", "Strawberries, raw"),
        ("apple, raw, with skins", "Apples, raw, with skin"),
        ("Oats", "oat"),
        ("glass", "Glass"),
        ("tomatoes , red", "Tomato, red"),
    ],
)
def test_a_name_reads_alike_in_either_number(typed: str, name: str) -> None:
    """A helper's report: `eat "banana, raw 100 g"` logged bananas and raw almonds."""
    assert number_blind(typed) == number_blind(name)
    assert number_blind_lines(f"{typed}\n{name}") == [number_blind(typed)] * 2


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("cheese cheddar", "Cheese, cheddar"),  # the comma parts a name
        ("egg", "Eggplant"),
        ("glass", "glas"),  # "ss" is no plural
        ("banana, raw", "Bananas, raw, dried"),
    ],
)
def test_names_that_differ_in_more_than_number_stay_apart(typed: str, name: str) -> None:
    assert number_blind(typed) != number_blind(name)


@pytest.mark.parametrize(
    ("text", "words", "quantity"),
    [
        ("orange juice glass", "orange juice", "1 glass"),
        ("coffee mug", "coffee", "1 mug"),
        ("orange juice 2 glasses", "orange juice", "2 glasses"),  # as before
        ("glass", "glass", ""),  # nothing else: the words
    ],
)
def test_a_last_glass_or_mug_is_one_of_it(text: str, words: str, quantity: str) -> None:
    """ "orange juice glass" named no food: the glass was searched as a word."""
    assert parse_item(text) == Item(words, quantity)


def test_orange_juice_glass_logs_a_glass_of_it() -> None:
    food, grams, _ = as_logged("orange juice glass")
    assert food is not None and (food.id, grams) == ("usda:09206", 248.0)  # 1 cup, 27 mg
    assert food.mg_for(grams) == pytest.approx(27.28)


@pytest.mark.parametrize(
    ("text", "words", "quantity"),
    [
        ("half and half", "half and half", ""),  # cream: was half a serving of "and half"
        ("2 tbsp half and half", "half and half", "2 tbsp"),
    ],
)
def test_half_and_half_is_a_name(text: str, words: str, quantity: str) -> None:
    assert parse_item(text) == Item(words, quantity)


@pytest.mark.parametrize(
    ("text", "item"),
    [
        # read "of an avocado" as the food: nothing found
        ("a quarter of an avocado", Item("avocado", "1/4", counts=True)),
        ("quarter of an avocado", Item("avocado", "1/4", counts=True)),
        ("a half of a banana", Item("banana", "1/2", counts=True)),
        ("a dozen almonds", Item("almonds", "12", counts=True)),  # was "dozen almonds"
        # a quarter of a McDonald's Quarter Pounder was logged: 42.8 g of 171
        ("a quarter pounder", Item("quarter pounder", "1", counts=True)),
        ("quarter pounder", Item("quarter pounder", "")),
        ("a quarter cup of almonds", Item("almonds", "1/4 cup")),  # as before
    ],
)
def test_a_fraction_or_dozen_with_a_and_of(text: str, item: Item) -> None:
    assert parse_item(text) == item


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams", "mg"),
    [
        ("a quarter of an avocado", "usda:09037", 50.25, 14.57),  # 29 mg/100 g
        ("a dozen almonds", "usda:12061", 14.4, 38.59),  # 1 almond 1.2 g, 268 mg/100 g
        ("a quarter pounder", "usda:21234", 171.0, 37.62),  # 22 mg/100 g; was 42.8 g
    ],
)
def test_those_log_the_amount_said(phrase: str, food_id: str, grams: float, mg: float) -> None:
    assert_logs(phrase, food_id, grams, mg)
