"""Measures people say: "large" is SR24's size, and "big" is told to say it; a pot of
yogurt and a scoop of ice cream, which SR24 weighs by no such measure, are refused in
one line naming the grams to type."""

from __future__ import annotations

import pytest

from journal.core.food.eat_line import resolve
from journal.core.food.phrase import parse_line
from journal.core.food.pots_and_scoops import big_hint
from tests.unit.food.as_logged import TABLE, as_logged, assert_logs


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams", "mg"),
    [
        ("a large apple", "usda:09003", 223.0, 11.15),  # SR24: 1 large (3-1/4" dia)
        ("a big mac", "usda:21237", 219.0, 43.8),  # the burger's name, not a size
    ],
)
def test_large_is_sr24s_size_and_big_a_name(
    phrase: str, food_id: str, grams: float, mg: float
) -> None:
    assert_logs(phrase, food_id, grams, mg)


def test_big_apple_is_told_to_say_large() -> None:
    # "big" is no measure (an own "Big salad" is a name); it was told to try "apple"
    assert big_hint("big apple") == (
        "no food matches 'big apple': for the table's large one say 'large', "
        "e.g. mg-journal eat 'a large apple'"
    )
    assert big_hint("big mac") is not None and big_hint("apple") is None


@pytest.mark.parametrize(
    ("phrase", "says"),
    [
        ("a pot of hummus", "no pot of Hummus, commercial"),  # a yogurt's is its pot
        # it named "Ice creams, chocolate", the first of a dozen it may be
        (
            "a scoop of ice cream",
            "no scoop of ice cream: say the grams or a measure it has, "
            "e.g. mg-journal eat 'ice cream 0.5 cup'",
        ),
        (
            "2 scoops of vanilla ice cream",
            "no scoop of Ice creams, vanilla: say the grams, e.g. 66 g",
        ),
        ("a spoonful of honey", "no spoonful of Honey: say tsp or tbsp"),  # found nothing
        ("a spoon of peanut butter", "no spoon of Peanut butter, smooth style"),
    ],
)
def test_a_pot_or_scoop_is_refused_saying_what_to_type(phrase: str, says: str) -> None:
    # each found nothing ("pot of yogurt" was read as the food's words)
    [item] = parse_line(phrase)
    choice = resolve(TABLE, [], item, {})
    if choice.food is not None:  # one food named: its amount is refused
        with pytest.raises(ValueError, match=says):
            as_logged(phrase)
        return
    assert says in choice.missing and ": say " in choice.missing


def test_a_pot_noodle_is_no_pot_of_egg_noodles() -> None:
    # read as "1 pot" of noodles, it was refused naming cooked egg noodles
    [item] = parse_line("a pot noodle")
    assert item.words == "pot noodle"


@pytest.mark.parametrize(("phrase", "count"), [("a fruit yogurt", "1"), ("2 fruit yogurts", "2")])
def test_a_fruit_yogurt_is_no_fruit_of_plain_yogurt(phrase: str, count: str) -> None:
    # read as one "fruit" of plain yogurt, refused: "unknown unit 'fruit'"
    [item] = parse_line(phrase)
    assert (item.words.removesuffix("s"), item.quantity) == ("fruit yogurt", count)
    choice = resolve(TABLE, [], item, {})  # fruit yogurts: 13 and 15 mg/100 g, asked
    assert choice.food is None and choice.candidates[0].id == "usda:01120"
    assert_logs(f"{count} usda:01120", "usda:01120", 170.0 * int(count), 22.1 * int(count))


@pytest.mark.parametrize(
    ("phrase", "line"),
    [
        # each logged the chain's 14" pizza whole: 853 g, 205 mg, 2,269 kcal
        ("a pizza", "'pizza 2 slices'"),
        ("2 pizzas", "'pizza 2 slices'"),
        ("half a pizza", "'pizza 2 slices'"),  # half the 14" pie, 426.5 g
        ("a pepperoni pizza", "'pepperoni pizza 2 slices'"),  # 895 g, 215 mg
    ],
)
def test_a_whole_pizza_asks_for_slices(phrase: str, line: str) -> None:
    [item] = parse_line(phrase)
    choice = resolve(TABLE, [], item, {})
    assert choice.food is None and "whole only as a pizza to share" in choice.missing
    assert "about 8 slices" in choice.missing and f"mg-journal eat {line}" in choice.missing


def test_pizza_by_the_slice_logs_as_before() -> None:
    assert_logs("pizza", "usda:21299", 107, 25.68)  # SR24: 1 slice 107 g, 24 mg/100 g
    assert_logs("pizza 2 slices", "usda:21299", 214, 51.36)
    assert_logs("1 usda:21299", "usda:21299", 853, 204.72)  # its id counted: the pizza
