"""Words for a grain or pulse as sold find USDA's dry form, whichever word its name uses (a
brief's report: "dry lentils", "uncooked couscous", "uncooked oats" found nothing, USDA
naming them "Lentils, raw", "Couscous, dry", "Oats"; "dry pasta 75 g" asked among
spinach and whole-wheat spaghetti). Plain words keep the cooked form, and a dry form
eaten before is no longer taken for them (dry lentils weighed once logged a cup of them,
234 mg, for every later "lentils 1 cup": 71 mg cooked)."""

from __future__ import annotations

import pytest

from journal.core.food.eat_line import resolve
from journal.core.food.phrase import parse_line
from journal.core.food.quick_search import full_index
from tests.unit.food.as_logged import TABLE, as_logged
from tests.unit.food.test_weighed import WEIGHED

INDEX = full_index(TABLE, [])


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams", "mg"),
    [
        ("dry lentils 50 g", "usda:16069", 50.0, 61.0),  # Lentils, raw: 122 mg/100 g
        ("dry lentils", "usda:16069", 192.0, 234.24),  # its "1 cup", as USDA weighs it
        ("uncooked couscous 60 g", "usda:20028", 60.0, 26.4),  # Couscous, dry: 44
        ("uncooked oats 40 g", "usda:08120", 40.0, 55.2),  # rolled oats, dry: 138
        ("dry pasta 75 g", "usda:20120", 75.0, 39.75),  # Spaghetti, dry, enriched: 53
        ("raw brown rice 100 g", "usda:20036", 100.0, 143.0),
        ("dried chickpeas 100 g", "usda:16056", 100.0, 115.0),
        ("lentils 1 cup", "usda:16070", 198.0, 71.28),  # no word of the form: cooked
        ("raw spinach", "usda:11457", 30.0, 23.7),  # not a grain: raw as typed
    ],
)
def test_the_words_of_the_form_find_it(phrase: str, food_id: str, grams: float, mg: float) -> None:
    food, logged_grams, _ = as_logged(phrase)
    assert food is not None and (food.id, logged_grams) == (food_id, grams)
    assert food.mg_for(logged_grams) == pytest.approx(mg)


@pytest.mark.parametrize("cooked", sorted(WEIGHED))
@pytest.mark.parametrize("word", ["dry", "uncooked", "raw"])
def test_every_everyday_grain_and_pulse_said_dry_is_its_dry_form(word: str, cooked: str) -> None:
    phrase, dry = WEIGHED[cooked]
    food, _, _ = as_logged(f"{word} {phrase}")
    assert food is not None and food.id == dry, phrase


def test_raw_rice_still_asks_brown_or_white_both_dry() -> None:
    [item] = parse_line("raw rice")
    choice = resolve(TABLE, [], item, {})
    assert choice.food is None
    assert [f.id for f in choice.candidates[:2]] == ["usda:20036", "usda:20044"]


def test_plain_words_by_weight_still_ask_dry_or_cooked() -> None:
    [item] = parse_line("lentils 50 g")
    choice = resolve(TABLE, [], item, {})
    assert choice.dry is not None and [f.id for f in choice.candidates] == [
        "usda:16070",
        "usda:16069",
    ]


@pytest.mark.parametrize(
    ("phrase", "eaten", "food_id", "grams"),
    [
        ("lentils 1 cup", "usda:16069", "usda:16070", 198.0),  # not 192 g of raw lentils
        ("lentils", "usda:16069", "usda:16070", 198.0),
        ("milk", "usda:01154", "usda:01079", 244.0),  # 2% milk, not a cup of milk powder
        ("dry lentils 50 g", "usda:16069", "usda:16069", 50.0),  # said: taken again
    ],
)
def test_a_form_eaten_before_is_not_taken_for_words_that_do_not_say_it(
    phrase: str, eaten: str, food_id: str, grams: float
) -> None:
    [item] = parse_line(phrase)
    food = resolve(TABLE, [], item, {eaten: 1.0}).food
    assert food is not None and food.id == food_id
    assert as_logged(phrase)[1] == grams


def test_a_dry_grain_eaten_before_is_still_taken_by_weight() -> None:
    [item] = parse_line("brown rice 100 g")
    food = resolve(TABLE, [], item, {"usda:20036": 1.0}).food
    assert food is not None and food.id == "usda:20036"  # weighed dry, as before


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("dry lentils", "Lentils, raw"),
        ("uncooked couscous", "Couscous, dry"),
        ("uncooked oats", "Oats"),
        ("raw rice", "Rice, brown, long-grain, raw"),
    ],
)
def test_the_apps_search_finds_them_too(query: str, first: str) -> None:
    assert INDEX.search(query, 1)[0].name == first


def test_dry_words_for_what_may_be_no_grain_search_as_typed() -> None:
    """ "cereal" may mean oatmeal or granola: "dry cereal" is not rolled oats, unasked."""
    [item] = parse_line("dry cereal")
    assert resolve(TABLE, [], item, {}).food is None


@pytest.mark.parametrize("phrase", ["oatmeal", "oats", "porridge", "oatmeal 1 cup"])
def test_oatmeal_eaten_before_is_oatmeal_again_not_asked_beside_whole_oats(phrase: str) -> None:
    """Its name's head is "Cereals", so yesterday's oatmeal went astray behind "Oats" (the
    whole grain, 156 g and 276 mg a cup), which led the list then asked. "oats 1 cup" is
    now asked dry or cooked, as oats by weight are (`oats`), eaten before or not."""
    [item] = parse_line(phrase)
    food = resolve(TABLE, [], item, {"usda:08121": 1.0}).food
    assert food is not None and food.id == "usda:08121"
    _, grams, _ = as_logged(phrase)
    assert (grams, food.mg_for(grams)) == (234.0, pytest.approx(63.18))
