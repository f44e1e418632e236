"""A burger is one in its bun, as fast foods weigh it: "a burger" offered only veggie
burgers (GARDENBURGER and the like), and "a burger bun" found nothing though USDA has
hamburger rolls."""

from __future__ import annotations

import pytest

from journal.core.food.eat_line import resolve
from journal.core.food.phrase import parse_line
from tests.unit.food.as_logged import TABLE, assert_logs


def _asked(phrase: str) -> list[str]:
    [item] = parse_line(phrase)
    choice = resolve(TABLE, [], item, {})
    assert choice.food is None
    return [food.name for food in choice.candidates]


@pytest.mark.parametrize(
    "phrase",
    # "hamburger" offered the bun first, then pickle relish
    ["a burger", "2 burgers", "a beef burger", "burger 100g", "hamburger", "2 hamburgers"],
)
def test_a_burger_asks_among_hamburgers(phrase: str) -> None:
    names = _asked(phrase)
    assert names and all(name.startswith("Fast foods, hamburger") for name in names)


@pytest.mark.parametrize("phrase", ["a hot dog", "hotdog", "2 hot dogs"])
def test_a_hot_dog_asks_among_hot_dogs_in_their_bun(phrase: str) -> None:
    # it offered the bun first ("Rolls, hamburger or hotdog, plain")
    names = _asked(phrase)
    assert names and all(name.startswith("Fast foods, hotdog") for name in names)


@pytest.mark.parametrize("phrase", ["a veggie burger", "a bean burger"])
def test_a_veggie_burger_is_still_one(phrase: str) -> None:
    assert not any("hamburger" in name.lower() for name in _asked(phrase))


@pytest.mark.parametrize("phrase", ["a burger bun", "a hot dog bun", "a hotdog roll"])
def test_a_burger_bun_is_a_hamburger_roll(phrase: str) -> None:
    assert _asked(phrase)[0] == "Rolls, hamburger or hotdog, plain"


def test_the_hamburger_chosen_is_one_item() -> None:
    # Fast foods, hamburger; single, regular patty; plain: 21 mg/100 g, 1 item 86 g
    assert_logs("1 usda:21107", "usda:21107", 86.0, 18.06)
