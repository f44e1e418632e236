"""Takeaway and bakery dishes by their everyday names: an ingredient named for a dish
("chow mein" noodles) or a diet form ("low-fat" muffin) is not logged for the dish."""

from __future__ import annotations

import pytest

from journal.core.food.eat_line import resolve
from journal.core.food.phrase import parse_line
from tests.unit.food.as_logged import TABLE, as_logged, assert_logs


@pytest.mark.parametrize("phrase", ["a chow mein", "chow mein"])
def test_a_chow_mein_is_not_logged_as_its_fried_noodles(phrase: str) -> None:
    # it logged "Noodles, chinese, chow mein": 1 cup, 45 g, 23 mg, for the takeaway dish
    [item] = parse_line(phrase)
    choice = resolve(TABLE, [], item, {})
    assert choice.food is None
    assert "usda:36623" in [f.id for f in choice.candidates]  # the restaurant's dish


def test_chow_mein_noodles_are_the_noodles() -> None:
    assert_logs("chow mein noodles", "usda:20113", 45.0, 23.4)


@pytest.mark.parametrize("phrase", ["a blueberry muffin", "2 blueberry muffins"])
def test_a_blueberry_muffin_offers_the_bakerys_first(phrase: str) -> None:
    # it logged the low-fat one silently: "1 muffin small", 71 g, 7.1 mg
    [item] = parse_line(phrase)
    choice = resolve(TABLE, [], item, {})
    assert choice.food is None and choice.candidates[0].id == "usda:18274"
    assert "usda:18940" not in [f.id for f in choice.candidates[:5]]


def test_the_low_fat_muffin_when_said() -> None:
    assert_logs("a low fat blueberry muffin", "usda:18940", 71.0, 7.1)


def test_the_bakerys_blueberry_muffin_by_its_id_is_a_medium_one() -> None:
    assert as_logged("blueberry muffin 1 medium")[0] is None  # still asked which kind
    # by id, SR24's medium, 113 g
    assert_logs("usda:18274 1 medium", "usda:18274", 113.0, 11.3)


@pytest.mark.parametrize("phrase", ["salad", "a side salad", "green salad"])
def test_a_salad_alone_is_a_tossed_salad_without_dressing(phrase: str) -> None:
    # it offered ham salad spread and five dressings; SR's serving, 1.5 cup, 11 mg/100 g
    assert_logs(phrase, "usda:21052", 207.0, 22.77)


def test_a_salad_of_something_is_not_the_plain_one() -> None:
    food, _, _ = as_logged("potato salad")
    assert food is not None and food.name == "Potato salad, home-prepared"


def test_fried_rice_is_the_chinese_restaurants() -> None:
    # it asked between it and a frozen rice bowl with chicken (10 and 14 mg/100 g)
    assert_logs("fried rice", "usda:36602", 140.0, 14.0)
