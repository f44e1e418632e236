"""Words joined by "and" name a food only when its name joins words so: "rice and beans"
logged cellophane noodles ("... long rice (mung beans), dehydrated", 140 g, 4 mg)."""

from __future__ import annotations

import pytest

from journal.core.food.choose import names
from journal.core.food.eat_line import resolve
from journal.core.food.joined_words import joins_apart
from journal.core.food.phrase import parse_line
from journal.core.food.quick_search import find_by_id
from tests.unit.food.as_logged import TABLE, assert_logs

NOODLES = "Noodles, chinese, cellophane or long rice (mung beans), dehydrated"


@pytest.mark.parametrize("phrase", ["rice and beans", "beans and rice", "rice & beans"])
def test_two_foods_joined_by_and_are_asked_not_logged_as_one(phrase: str) -> None:
    [item] = parse_line(phrase)
    choice = resolve(TABLE, [], item, {})
    assert choice.food is None  # asked: the noodles only offered among others


def test_cellophane_noodles_are_still_logged_by_their_words() -> None:
    assert_logs("cellophane noodles 1 cup", "usda:16082", 140.0, 4.2)


@pytest.mark.parametrize(
    ("words", "food_id", "named"),
    [
        ("rice and beans", "usda:16082", False),
        ("mac and cheese", "usda:36009", True),  # its name joins the words so
        ("sweet and sour sauce", "usda:27050", True),
    ],
)
def test_words_joined_by_and_name_only_a_food_whose_name_joins_them(
    words: str, food_id: str, named: bool
) -> None:
    food = find_by_id(TABLE, [], food_id)
    assert food is not None and names(words, food) is named


def test_joins_apart_reads_and_between_words_only() -> None:
    assert joins_apart("rice and beans", NOODLES)
    assert joins_apart("rice & beans", NOODLES)
    assert not joins_apart("rice beans", NOODLES)
    assert not joins_apart("mac and cheese", "Macaroni and Cheese, canned entree")
    assert not joins_apart("salt and", NOODLES)  # a word typed last, as a prefix
