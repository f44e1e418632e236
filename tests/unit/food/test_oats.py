"""Oats by the cup or spoon: measured dry or cooked is asked; oatmeal and porridge by the
cup are the cooked dish."""

from __future__ import annotations

import pytest

from journal.core.food.eat_line import resolve
from journal.core.food.eaten_words import nearest_note
from journal.core.food.phrase import parse_line
from tests.unit.food.as_logged import TABLE, as_logged, assert_logs

COOKED, DRY = "usda:08121", "usda:08120"


@pytest.mark.parametrize(
    "phrase", ["a cup of oats", "half a cup of oats", "oats 2 tbsp", "a cup of rolled oats"]
)
def test_oats_by_a_volume_ask_dry_or_cooked(phrase: str) -> None:
    # "a cup of oats" logged the cooked cup silently: 234 g, 63 mg (dry: 81 g, 112 mg)
    [item] = parse_line(phrase)
    choice = resolve(TABLE, [], item, {})
    assert choice.food is None
    assert choice.dry is not None and choice.dry.id == DRY
    assert [food.id for food in choice.candidates] == [COOKED, DRY]


def test_porridge_oats_by_the_cup_ask_too() -> None:
    # the packet's British name: it logged the cooked cup (the dish "porridge")
    assert as_logged("porridge oats 1/2 cup")[0] is None


@pytest.mark.parametrize(
    "phrase", ["a cup of oatmeal", "a cup of porridge", "cooked oats 1 cup", "a bowl of oats"]
)
def test_the_dish_by_the_cup_is_cooked(phrase: str) -> None:
    assert_logs(phrase, COOKED, 234, 63.18)


def test_dry_oats_by_the_cup_are_the_dry_cup() -> None:
    assert_logs("dry oats 1 cup", DRY, 81, 111.78)


def test_oats_eaten_cooked_before_are_still_asked_by_the_cup() -> None:
    [item] = parse_line("oats 1 cup")
    assert resolve(TABLE, [], item, {COOKED: 1.0}).food is None


def test_rolled_oats_alone_still_ask() -> None:
    assert as_logged("rolled oats")[0] is None  # no food is named so; no amount to read


@pytest.mark.parametrize(
    ("phrase", "grams"),
    [
        ("porridge with milk", 234.0),  # found nothing: no food is named "with milk"
        ("oatmeal made with milk", 234.0),
        ("a bowl of porridge with semi-skimmed milk", 234.0),
        ("porridge with milk 1/2 cup", 117.0),
    ],
)
def test_porridge_with_milk_is_oats_cooked_in_water_and_says_so(phrase: str, grams: float) -> None:
    # SR24 cooks oats only in water (its "with milk" oatmeals are baby foods)
    assert_logs(phrase, COOKED, grams, grams * 0.27)
    [item] = parse_line(phrase)
    note = nearest_note(item.words)
    assert note is not None and "the table has no oats cooked in milk" in note
    assert note.endswith(
        "log the milk they were made with too, e.g. mg-journal eat "
        f"'{item.words.split('with ')[-1].lower()} 1 cup')"
    )


def test_porridge_alone_has_no_note() -> None:
    assert_logs("porridge", COOKED, 234.0, 63.18)
    assert nearest_note("porridge") is None and nearest_note("oats with milk") is None
