"""Doughnuts by either spelling and counted by their own piece: "a donut" found nothing
(USDA spells it "Doughnuts"), and a jelly doughnut, once chosen, was refused one by one
("the table weighs it by the oz") though USDA weighs "1 doughnut oval" 85 g."""

from __future__ import annotations

import pytest

from journal.core.food.eat_line import resolve
from journal.core.food.phrase import parse_line
from tests.unit.food.as_logged import TABLE, assert_logs


@pytest.mark.parametrize("phrase", ["a donut", "2 donuts", "donut", "a doughnut"])
def test_a_donut_asks_among_the_doughnuts(phrase: str) -> None:
    [item] = parse_line(phrase)
    choice = resolve(TABLE, [], item, {})  # plain, glazed, filled: 17 to 20 mg/100 g, asked
    assert choice.food is None
    assert choice.candidates and all(f.name.startswith("Doughnuts,") for f in choice.candidates)


def test_a_chocolate_donut_asks_among_the_chocolate_ones() -> None:
    [item] = parse_line("a chocolate donut")
    names = [f.name for f in resolve(TABLE, [], item, {}).candidates]
    assert names and all("chocolate" in name for name in names)


def test_a_doughnut_is_counted_by_its_own_piece() -> None:
    # Doughnuts, yeast-leavened, with jelly filling: 20 mg/100 g, 1 doughnut oval 85 g
    assert_logs("1 usda:18256", "usda:18256", 85.0, 17.0)
    assert_logs("2 usda:18256", "usda:18256", 170.0, 34.0)


@pytest.mark.parametrize(
    ("phrase", "grams", "mg"),
    [
        ("a jelly donut", 85.0, 17.0),
        ("a jelly doughnut", 85.0, 17.0),
        ("2 jelly donuts", 170.0, 34.0),
    ],
)
def test_a_jelly_donut_is_logged_as_one_doughnut(phrase: str, grams: float, mg: float) -> None:
    # "a jelly donut" asked with its one candidate ("with jelly filling" was read as what
    # it is eaten with); chosen, "donut" counted 1 oz (28 g), not its "1 doughnut oval"
    assert_logs(phrase, "usda:18256", grams, mg)
