"""Squares of chocolate (a brief's report: "dark chocolate 2 squares" was refused as an
unknown unit, naming only units). USDA weighs dark chocolate by "1 oz" and "1 bar" (101
g) and no square, so the refusal says what the table has and asks for the weight."""

from __future__ import annotations

import pytest

from journal.core.food.eat_line import counted, resolve
from journal.core.food.phrase import parse_line
from journal.core.food.quick_search import find_by_id
from journal.core.food.units import parse_quantity
from tests.unit.food.as_logged import TABLE, as_logged

DARK = "usda:19904"  # Chocolate, dark, 70-85% cacao solids: 228 mg/100 g


@pytest.mark.parametrize("phrase", ["dark chocolate 2 squares", "2 squares of dark chocolate"])
def test_squares_ask_for_the_weight(phrase: str) -> None:
    [item] = parse_line(phrase)
    food = resolve(TABLE, [], item, {}).food
    assert food is not None and food.id == DARK
    with pytest.raises(ValueError, match=r"1 bar = 101 g\).*weight from the wrapper in g or oz"):
        as_logged(phrase)


@pytest.mark.parametrize("phrase", ["a piece of dark chocolate", "2 pieces of dark chocolate"])
def test_a_piece_is_asked_for_by_weight_as_a_square_is(phrase: str) -> None:
    # it said "unknown unit 'piece' for Chocolate, dark, ...; use one of: g, kg, oz, lb, bar"
    with pytest.raises(ValueError, match=r"no piece of Chocolate, dark.*1 bar = 101 g\).*wrapper"):
        as_logged(phrase)


def test_a_piece_of_another_food_is_still_an_unknown_unit() -> None:
    """Not cheddar's: a piece of it is its 1 oz slice (`test_bags_of_snacks`)."""
    with pytest.raises(ValueError, match="unknown unit 'piece' for Watermelon, raw"):
        as_logged("a piece of watermelon")


def test_the_weight_logs() -> None:
    food, grams, _ = as_logged("dark chocolate 20 g")
    assert food is not None and food.id == DARK and grams == 20.0
    assert food.mg_for(grams) == pytest.approx(45.6)


@pytest.mark.parametrize("phrase", ["chocolate bar", "a chocolate bar", "chocolate bar 50 g"])
def test_a_chocolate_bar_asks_as_a_bar_of_chocolate_does(phrase: str) -> None:
    # it offered granola bars and a formulated bar (190 mg/100 g) before any chocolate
    [item] = parse_line(phrase)
    choice = resolve(TABLE, [], item, {})
    [bar] = parse_line("a bar of chocolate")
    assert choice.food is None and choice.candidates[0].name == "Candies, milk chocolate"
    assert choice.candidates == resolve(TABLE, [], bar, {}).candidates


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams"),
    [
        ("a milk chocolate bar", "usda:19120", 44.0),  # its "1 bar (1.55 oz)"
        ("2 milk chocolate bars", "usda:19120", 88.0),
        ("dark chocolate bar", DARK, 101.0),  # asked: only a brand's SPECIAL DARK bar
        ("chocolate bar 50 g", "usda:19120", 50.0),
    ],
)
def test_a_chocolate_bar_is_a_bar_of_it(phrase: str, food_id: str, grams: float) -> None:
    [item] = parse_line(phrase)
    food = find_by_id(TABLE, [], food_id)
    assert food is not None
    assert parse_quantity(item.quantity, food, counted(item))[0] == pytest.approx(grams)


def test_a_chocolate_bar_of_a_chocolate_eaten_before_is_its_bar() -> None:
    # with dark chocolate eaten before, "chocolate bar" is a bar of it, as "a bar of
    # chocolate" is (101 g), not the ounce "chocolate" alone is
    [item] = parse_line("chocolate bar")
    choice = resolve(TABLE, [], item, {DARK: 1.0})
    assert choice.food is not None and choice.food.id == DARK
    assert parse_quantity(item.quantity, choice.food, counted(item))[0] == 101.0
