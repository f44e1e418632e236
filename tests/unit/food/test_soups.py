"""Soups by their everyday names: a kind the table holds only "with" something else
("Soup, lentil with ham") is offered, not logged as if the words named it; a soup
alone ("minestrone") is named; a condensed soup comes after those eaten as they are."""

from __future__ import annotations

import pytest

from journal.core.food.choose import names
from journal.core.food.eat_line import offers, resolve
from journal.core.food.phrase import parse_line
from journal.core.food.quick_search import find_by_id
from tests.unit.food.as_logged import TABLE, as_logged, assert_logs


def test_lentil_soup_is_not_logged_as_the_ham_soup() -> None:
    # It logged "Soup, lentil with ham, canned" silently: 248 g, 22 mg
    food, _, _ = as_logged("lentil soup")
    assert food is None


def test_the_ham_soup_is_still_named_when_the_ham_is_said() -> None:
    ham = find_by_id(TABLE, [], "usda:06037")
    assert ham is not None
    assert names("lentil and ham soup", ham)
    assert not names("lentil soup", ham)
    assert_logs("lentil with ham soup 1 cup", "usda:06037", 248, 22.32)


def test_bean_soup_is_no_bean_with_pork() -> None:
    pork = find_by_id(TABLE, [], "usda:06004")
    assert pork is not None and not names("bean soup", pork)


@pytest.mark.parametrize("phrase", ["minestrone", "tomato soup", "a cup of tomato soup"])
def test_a_soup_asks_with_the_diluted_or_ready_soups_first(phrase: str) -> None:
    # the condensed can led, and its line was offered: a cup of it is double strength
    [item] = parse_line(phrase)
    choice = resolve(TABLE, [], item, {})
    assert choice.food is None
    first = choice.candidates[0]
    assert "condensed" not in first.name and offers(item.words, first)


def test_condensed_soup_first_when_said() -> None:
    [item] = parse_line("condensed tomato soup")
    assert resolve(TABLE, [], item, {}).candidates[0].id == "usda:06159"
