"""Boxed cereals by the name on the box (`cereals`): "cheerios" asked among Honey Nut
(86 mg/100 g) and Multi-Grain Cheerios (14) with plain Cheerios (143) and named none;
"weetabix" named its only food not at all, and by the cup (57 g) it would have logged
three biscuits."""

from __future__ import annotations

import pytest

from journal.core.food.eat_line import resolve
from journal.core.food.phrase import parse_item
from tests.unit.food.as_logged import TABLE, as_logged, assert_logs

CHEERIOS = "usda:08013"  # Cereals ready-to-eat, GENERAL MILLS, CHEERIOS: 143 mg/100 g
WEETABIX = "usda:42237"  # ..., WEETABIX WHOLE WHEAT CEREAL: 92 mg/100 g, 1 biscuit 18 g


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams", "mg"),
    [
        ("cheerios", CHEERIOS, 28.0, 40.04),  # "1 cup (1 NLEA serving)"
        ("a bowl of cheerios", CHEERIOS, 28.0, 40.04),
        ("honey nut cheerios", "usda:08045", 28.0, 24.08),  # 86 mg/100 g: said
        ("weetabix", WEETABIX, 18.0, 16.56),
        ("2 weetabix", WEETABIX, 36.0, 33.12),
        ("weetabix 2 biscuits", WEETABIX, 36.0, 33.12),
    ],
)
def test_a_cereal_by_its_box_name(phrase: str, food_id: str, grams: float, mg: float) -> None:
    assert_logs(phrase, food_id, grams, mg)


def test_cornflakes_are_corn_flakes() -> None:
    """ "cornflakes" found nothing; read as USDA's "corn flakes" it asks which (7-26 mg
    per 100 g): Kellogg's, Post or Ralston, each named."""
    choice = resolve(TABLE, [], parse_item("cornflakes"), {})
    assert choice.food is None and choice.candidates
    assert all("corn flake" in f.name.lower() for f in choice.candidates[:2])


@pytest.mark.parametrize(("phrase", "first"), [("rice", "usda:20037"), ("cereal", "usda:08121")])
def test_a_grain_is_still_no_boxed_cereal(phrase: str, first: str) -> None:
    assert resolve(TABLE, [], parse_item(phrase), {}).candidates[0].id == first


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams"),
    [
        ("corn pops", "usda:08068", 32.0),  # KELLOGG'S CORN POPS: asked, named by none
        ("kix", "usda:08048", 30.0),
    ],
)
def test_a_cereal_named_in_capitals(phrase: str, food_id: str, grams: float) -> None:
    food, logged_grams, _ = as_logged(phrase)
    assert food is not None and (food.id, logged_grams) == (food_id, grams)


@pytest.mark.parametrize("phrase", ["oat flakes", "total"])
def test_words_apart_or_before_a_flavour_name_no_product(phrase: str) -> None:
    """ "oat flakes" (British rolled oats) are no "OAT BRAN FLAKES" cereal (71.5 mg a
    cup); "total" no "TOTAL, Cranberry Crunch": both still asked, as before."""
    assert resolve(TABLE, [], parse_item(phrase), {}).food is None


OATMEAL = "usda:08121"  # Cereals, oats, ..., cooked with water: 1 cup 234 g, 63 mg


@pytest.mark.parametrize("phrase", ["cereal", "a bowl of cereal", "cereals 1 cup"])
def test_cereal_alone_is_not_the_oatmeal_eaten_before(phrase: str) -> None:
    # Once oatmeal was eaten, "cereal" logged 234 g of porridge, 63 mg, for a bowl of
    # cold cereal (30-40 g): "Cereals" heads USDA's hot cereals, it is no word of theirs
    choice = resolve(TABLE, [], parse_item(phrase), {OATMEAL: 1.0})
    assert choice.food is None


@pytest.mark.parametrize("phrase", ["oatmeal", "porridge", "oat cereal"])
def test_oatmeal_eaten_before_is_still_oatmeal_by_its_words(phrase: str) -> None:
    choice = resolve(TABLE, [], parse_item(phrase), {OATMEAL: 1.0})
    assert choice.food is not None and choice.food.id == OATMEAL
    assert_logs(phrase, OATMEAL, 234.0, 63.18)


GRANOLA = "usda:08037"  # Cereals ready-to-eat, granola, homemade: 175 mg/100 g


def test_granola_asks_homemade_or_bought_first() -> None:
    # Every bought granola the table holds is a brand: logging homemade unasked put 175
    # mg/100 g on a bowl that may hold 76 (Kellogg's low fat) or 121 (Quaker's).
    choice = resolve(TABLE, [], parse_item("granola"), {})
    assert choice.food is None
    assert [f.id for f in choice.candidates[:3]] == [GRANOLA, "usda:08054", "usda:08189"]


@pytest.mark.parametrize(
    ("phrase", "grams", "mg"),
    [("homemade granola", 28.35, 49.61), ("half a cup of homemade granola", 61.0, 106.75)],
)
def test_homemade_granola_is_the_tables_homemade_one(phrase: str, grams: float, mg: float) -> None:
    # "homemade granola" named no food at all ("granola, homemade" is the table's name)
    assert_logs(phrase, GRANOLA, grams, mg)


def test_a_bought_granola_eaten_before_is_that_granola_again() -> None:
    food = resolve(TABLE, [], parse_item("granola"), {"usda:08054": 1.0}).food
    assert food is not None and food.id == "usda:08054"


def test_a_granola_bar_is_still_asked_among_bars() -> None:
    choice = resolve(TABLE, [], parse_item("a granola bar"), {})
    assert choice.food is None and GRANOLA not in {f.id for f in choice.candidates[:5]}
