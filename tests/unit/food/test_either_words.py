"""Words that mean different foods to different people ("a bun", "a biscuit") are asked,
those foods first, and the line offered to repeat logs the first."""

from __future__ import annotations

import pytest

from journal.core.food.eat_line import offers, resolve
from journal.core.food.phrase import parse_line
from tests.unit.food.as_logged import TABLE, assert_logs


def _first_ids(phrase: str, boost: dict[str, float] | None = None) -> tuple[bool, list[str]]:
    [item] = parse_line(phrase)
    choice = resolve(TABLE, [], item, boost or {})
    return choice.food is None, [food.id for food in choice.candidates[:5]]


@pytest.mark.parametrize("phrase", ["a bun", "2 buns"])
def test_a_bun_offers_the_bread_roll_first_then_a_sweet_bun(phrase: str) -> None:
    # it offered cinnamon buns and glazed doughnuts "(includes honey buns)", a doughnut's line
    asked, ids = _first_ids(phrase)
    assert asked and ids[:3] == ["usda:18350", "usda:18396", "usda:18964"]


def test_the_bun_line_offered_logs_a_hamburger_roll() -> None:
    [item] = parse_line("a bun")
    roll = resolve(TABLE, [], item, {}).candidates[0]
    assert offers("bun", roll)
    assert_logs("1 usda:18350", "usda:18350", 42, 10.08)  # SR24: 1 roll = 42 g


@pytest.mark.parametrize("phrase", ["a biscuit", "2 biscuits"])
def test_a_biscuit_offers_cookies_as_well_as_american_biscuits(phrase: str) -> None:
    asked, ids = _first_ids(phrase)  # British biscuits are cookies: it offered none
    assert asked and ids == ["usda:18009", "usda:18155", "usda:18204", "usda:18178", "usda:18159"]


def test_a_bun_eaten_before_is_that_bun_again() -> None:
    [item] = parse_line("a bun")
    choice = resolve(TABLE, [], item, {"usda:18964": 1.0})
    assert choice.food is not None and choice.food.id == "usda:18964"


@pytest.mark.parametrize("phrase", ["5 dates", "dates", "dates 50g"])
def test_dates_ask_deglet_noor_or_medjool(phrase: str) -> None:
    # "5 dates" logged 5 medjool, 120 g, 65 mg, where 5 deglet noor are 35.5 g, 15 mg
    asked, ids = _first_ids(phrase)
    assert asked and ids[:2] == ["usda:09087", "usda:09421"]


def test_each_kind_of_date_logs_by_its_own_date() -> None:
    assert_logs("5 usda:09087", "usda:09087", 35.5, 15.265)  # SR24: 1 date, pitted 7.1 g
    assert_logs("5 usda:09421", "usda:09421", 120, 64.8)  # 1 date, pitted 24 g
    assert_logs("2 medjool dates", "usda:09421", 48, 25.92)  # named: logged as before


KELLOGGS = "usda:08020"  # Cereals ready-to-eat, KELLOGG, KELLOGG'S Corn Flakes: 9 mg/100 g


@pytest.mark.parametrize("phrase", ["corn flakes", "cornflakes", "a bowl of cornflakes"])
def test_corn_flakes_offer_kelloggs_first(phrase: str) -> None:
    # Kellogg's was not among the five offered, and the line logged Simply Cinnamon's
    # (34 mg/100 g, four times as much)
    asked, ids = _first_ids(phrase)
    assert asked and ids[0] == KELLOGGS
    [item] = parse_line(phrase)
    assert offers(item.words, resolve(TABLE, [], item, {}).candidates[0])
    assert_logs(f"{KELLOGGS} 1 cup", KELLOGGS, 28.0, 2.52)


def test_kelloggs_corn_flakes_eaten_before_are_corn_flakes_again() -> None:
    [item] = parse_line("cornflakes")
    food = resolve(TABLE, [], item, {KELLOGGS: 1.0}).food
    assert food is not None and food.id == KELLOGGS
