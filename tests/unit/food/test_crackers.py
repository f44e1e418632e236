"""A plain cracker is a saltine, counted by its own cracker: "a cracker" logged a 1 g
cheese cracker (1" square), 0 mg, silently, where "crackers" asked among them all.

FNDDS's plain cracker is "Crackers, saltine"; SR24's (usda:18228, 25 mg/100 g, which
includes soda and soup crackers) weighs "5 crackers square (1 serving)" 15 g and "1
cracker square" 3 g."""

from __future__ import annotations

import pytest

from journal.core.food.eat_line import resolve
from journal.core.food.phrase import parse_line
from tests.unit.food.as_logged import TABLE, assert_logs, logged

SALTINE = "usda:18228"


@pytest.mark.parametrize(
    ("phrase", "grams"),
    [
        ("a cracker", 3),  # one cracker square, not the 1 g cheese cracker
        ("1 cracker", 3),
        ("5 crackers", 15),  # five squares, not five "round large" ones (50 g)
        ("2 saltine crackers", 6),
        ("5 usda:18228", 15),  # the line the shell offers to repeat counts the same
        ("crackers", 15),  # a bare word: SR's serving of five
        ("crackers 30g", 30),
    ],
)
def test_a_plain_cracker_is_a_saltine(phrase: str, grams: float) -> None:
    assert_logs(phrase, SALTINE, grams, grams * 0.25)


def test_one_cracker_is_named_as_the_square_it_is() -> None:
    assert logged("a cracker") == (SALTINE, 3.0, "1 cracker square")


@pytest.mark.parametrize("phrase", ["whole wheat crackers", "cheese crackers", "rye crackers"])
def test_a_cracker_of_a_kind_is_not_the_saltine(phrase: str) -> None:
    [item] = parse_line(phrase)
    choice = resolve(TABLE, [], item, {})
    assert choice.food is None or choice.food.id != SALTINE
    assert choice.candidates and choice.candidates[0].id != SALTINE


@pytest.mark.parametrize("phrase", ["soda", "oysters", "a can of soda"])
def test_the_saltines_aside_leads_no_other_food(phrase: str) -> None:
    # "(includes oyster, soda, soup)": with the everyday rank it led "soda", and the
    # shell offered to log crackers for it
    [item] = parse_line(phrase)
    choice = resolve(TABLE, [], item, {})
    assert SALTINE not in [food.id for food in choice.candidates[:5]]
