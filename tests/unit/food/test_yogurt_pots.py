"""A yogurt is a pot: "a yogurt" logged SR's 8 oz container (227 g, 27 mg), where UK pots
are 125-150 g; the table's smaller container, "0.5 container (4 oz)" (113 g), is nearer.
A pot said so is that pot too: "a pot of yogurt" was refused, as SR names no pot."""

from __future__ import annotations

import pytest

from journal.core.food.eat_line import resolve
from journal.core.food.phrase import parse_line
from journal.core.food.quick_search import find_by_id
from journal.core.food.units import parse_quantity
from tests.unit.food.as_logged import TABLE, as_logged, assert_logs

YOGURT = "usda:01116"  # Yogurt, plain, whole milk: 12 mg/100 g


@pytest.mark.parametrize("phrase", ["a yogurt", "yogurt", "natural yoghurt", "1 yogurt"])
def test_a_yogurt_is_the_small_container(phrase: str) -> None:
    assert_logs(phrase, YOGURT, 113.0, 13.56)


def test_the_8_oz_container_said_is_still_it() -> None:
    assert_logs("yogurt 1 container", YOGURT, 227.0, 27.24)
    assert_logs("a 150g yogurt", YOGURT, 150.0, 18.0)


@pytest.mark.parametrize(
    ("phrase", "grams"),
    [("a pot of yogurt", 113.0), ("a pot of natural yoghurt", 113.0), ("2 pots of yogurt", 226.0)],
)
def test_a_pot_of_yogurt_is_the_pot_a_yogurt_is(phrase: str, grams: float) -> None:
    # refused: "the table (USDA SR24) has no pot of Yogurt, ...: say the grams"
    assert_logs(phrase, YOGURT, grams, grams * 0.12)


def test_a_pot_of_another_food_is_still_refused() -> None:
    [item] = parse_line("a pot of hummus")
    choice = resolve(TABLE, [], item, {})
    assert "no pot of Hummus, commercial: say the grams" in choice.missing


@pytest.mark.parametrize("food_id", ["usda:01120", "usda:43261"])  # fruit yogurts
def test_a_fruit_yogurt_alone_is_its_pot_as_one_counted(food_id: str) -> None:
    # a bare "fruit yogurt" (asked which, then its usual portion) was its cup, 245 g,
    # where "a fruit yogurt" logs its "1 container (6 oz)", 170 g
    food = find_by_id(TABLE, [], food_id)
    assert food is not None
    alone = parse_quantity("1", food)
    assert alone == (170.0, "1 container (6 oz)")
    assert parse_quantity("1", food, "fruit yogurt") == alone


@pytest.mark.parametrize(
    ("phrase", "grams"),
    [
        # refused: "the table weighs yogurts by the serving, not one by one"
        ("2 yogurts", 226.0),
        ("3 yoghurts", 339.0),  # asked among frozen yogurts
        ("2 natural yoghurts", 226.0),
        ("yogurts 2", 226.0),
        ("2 usda:01116", 226.0),  # the line an asked "2 yogurts" would offer
    ],
)
def test_a_count_of_yogurts_is_that_many_pots(phrase: str, grams: float) -> None:
    # two of the pots "a yogurt" is: SR's "0.5 container (4 oz)", 113 g (it has no 6 oz)
    assert_logs(phrase, YOGURT, grams, grams * 0.12)


def test_a_count_of_yogurts_reads_as_that_many_pots() -> None:
    # it read "2 servings (0.5 container (4 oz))", brackets in brackets
    assert as_logged("2 yogurts")[2] == "2 × 0.5 container (4 oz)"


@pytest.mark.parametrize(
    ("phrase", "grams"),
    [
        ("2 usda:01120", 340.0),  # Yogurt, fruit, low fat: its "1 container (6 oz)", 170 g
        ("2 usda:01118", 454.0),  # Yogurt, plain, skim: its only one, "1 container (8 oz)"
    ],
)
def test_a_yogurt_without_that_pot_counts_its_own(phrase: str, grams: float) -> None:
    food, logged, _ = as_logged(phrase)
    assert food is not None and logged == pytest.approx(grams)
