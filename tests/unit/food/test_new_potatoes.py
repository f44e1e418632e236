""" "new potatoes" found no food: they are boiled potatoes, asked among SR's boiled ones
and weighed; counted, refused in one line, since SR's smallest boiled potato is 125 g
(five would be 625 g and more)."""

from __future__ import annotations

import pytest

from journal.core.food.eat_line import resolve
from journal.core.food.phrase import parse_line
from tests.unit.food.as_logged import TABLE, assert_logs

BOILED = "usda:11367"  # Potatoes, boiled, cooked without skin, flesh, without salt: 20 mg


@pytest.mark.parametrize("phrase", ["new potatoes", "new potatoes 150 g", "new potatoes 1 cup"])
def test_new_potatoes_ask_among_the_boiled_ones(phrase: str) -> None:
    [item] = parse_line(phrase)
    choice = resolve(TABLE, [], item, {})
    assert choice.food is None
    assert choice.candidates[0].id == BOILED
    assert all("boiled" in food.name for food in choice.candidates[:5])


def test_the_lines_offered_log_the_weight() -> None:
    assert_logs(f"{BOILED} 150 g", BOILED, 150.0, 30.0)
    assert_logs(f"{BOILED} 1 cup", BOILED, 156.0, 31.2)


@pytest.mark.parametrize(
    ("phrase", "words"), [("5 new potatoes", "new potatoes"), ("a new potato", "new potato")]
)
def test_counted_they_are_refused_with_what_to_type(phrase: str, words: str) -> None:
    [item] = parse_line(phrase)
    choice = resolve(TABLE, [], item, {})
    assert choice.food is None and not choice.candidates
    assert choice.missing == (
        "the table (USDA SR24) weighs no new potato one by one (its small boiled potato "
        f"is 125 g): weigh them, e.g. mg-journal eat '{words} 150 g' or '{words} 1 cup'"
    )
