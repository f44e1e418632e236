"""A yogurt is a pot: "a yogurt" logged SR's 8 oz container (227 g, 27 mg), where UK pots
are 125-150 g; the table's smaller container, "0.5 container (4 oz)" (113 g), is nearer.
A pot said so is still refused (SR weighs none), its hint now that smaller container."""

from __future__ import annotations

import pytest

from journal.core.food.eat_line import resolve
from journal.core.food.phrase import parse_line
from tests.unit.food.as_logged import TABLE, as_logged, assert_logs

YOGURT = "usda:01116"  # Yogurt, plain, whole milk: 12 mg/100 g


@pytest.mark.parametrize("phrase", ["a yogurt", "yogurt", "natural yoghurt", "1 yogurt"])
def test_a_yogurt_is_the_small_container(phrase: str) -> None:
    assert_logs(phrase, YOGURT, 113.0, 13.56)


def test_the_8_oz_container_said_is_still_it() -> None:
    assert_logs("yogurt 1 container", YOGURT, 227.0, 27.24)
    assert_logs("a 150g yogurt", YOGURT, 150.0, 18.0)


def test_a_pot_hints_the_smaller_container() -> None:
    [item] = parse_line("a pot of yogurt")
    said = resolve(TABLE, [], item, {}).missing
    assert said.endswith("say the grams, e.g. 113 g for its 0.5 container (4 oz)")


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
