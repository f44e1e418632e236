"""A cooked vegetable alone is a cup of it, where the table lists first a measure no one
is served: "cooked carrots" logged a spoon (10 g, 1 mg), a boiled broccoli eaten before
(or its id, as the shell's line offers it) a large stalk (280 g, 59 mg), boiled cabbage
a whole head (1,262 g). A whole one keeps its size, and counted they are pieces."""

from __future__ import annotations

import pytest

from journal.core.food.eat_line import resolve
from journal.core.food.phrase import parse_line
from journal.core.food.quick_search import full_index
from tests.unit.food.as_logged import TABLE, assert_logs

INDEX = full_index(TABLE, [])


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams", "mg"),
    [
        ("cooked carrots", "usda:11125", 156.0, 15.6),  # was 1 tbsp, 9.7 g
        ("usda:11091", "usda:11091", 156.0, 32.76),  # broccoli: was a large stalk, 280 g
        ("usda:11110", "usda:11110", 150.0, 22.5),  # cabbage: was 1 head, 1,262 g
        ("usda:11099", "usda:11099", 156.0, 31.2),  # Brussels sprouts: was 1 sprout, 21 g
        ("usda:11464", "usda:11464", 190.0, 155.8),  # frozen spinach: was the package
    ],
)
def test_a_bare_cooked_vegetable_is_a_cup(
    phrase: str, food_id: str, grams: float, mg: float
) -> None:
    assert_logs(phrase, food_id, grams, mg)


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams", "mg"),
    [
        # each asked among raw, canned and frozen forms (baby zucchini, raw, 33 mg/100 g,
        # led zucchini); mashed potato among the margarine one and dry flakes (66 mg)
        ("green beans", "usda:11053", 125.0, 22.5),
        ("courgette", "usda:11478", 180.0, 34.2),
        ("zucchini", "usda:11478", 180.0, 34.2),
        ("mashed potato", "usda:11934", 210.0, 37.8),
        ("raw green beans", "usda:11052", 100.0, 25.0),  # said: given
    ],
)
def test_a_vegetable_eaten_cooked_is_the_cooked_one_by_the_cup(
    phrase: str, food_id: str, grams: float, mg: float
) -> None:
    assert_logs(phrase, food_id, grams, mg)


def test_a_boiled_broccoli_eaten_before_is_a_cup_again() -> None:
    [item] = parse_line("broccoli")
    food = resolve(TABLE, [], item, {"usda:11091": 1.0}).food
    assert food is not None and food.id == "usda:11091"
    assert_logs("usda:11091", "usda:11091", 156.0, 32.76)


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams", "mg"),
    [
        ("2 cooked carrots", "usda:11125", 92.0, 9.2),  # counted: two carrots
        ("usda:11091 2 spears", "usda:11091", 74.0, 15.54),  # a measure said
        ("usda:11367", "usda:11367", 167.0, 33.4),  # a boiled potato: one, medium
        ("usda:11008", "usda:11008", 120.0, 50.4),  # an artichoke: one, medium
    ],
)
def test_a_piece_said_or_a_whole_vegetable_keeps_its_measure(
    phrase: str, food_id: str, grams: float, mg: float
) -> None:
    assert_logs(phrase, food_id, grams, mg)


@pytest.mark.parametrize("phrase", ["cooked broccoli", "boiled broccoli", "broccoli cooked"])
def test_cooked_broccoli_is_fresh_broccoli_boiled_without_salt(phrase: str) -> None:
    # it asked among boiled with and without salt (both 21 mg/100 g), Chinese and frozen
    assert_logs(phrase, "usda:11091", 156.0, 32.76)  # a cup, chopped


def test_the_app_lists_boiled_broccoli_first_and_a_bare_broccoli_is_still_raw() -> None:
    assert INDEX.search("cooked broccoli", 1)[0].id == "usda:11091"
    assert_logs("broccoli", "usda:11090", 88.0, 18.48)  # Broccoli, raw: a cup, chopped
    assert INDEX.search("boiled", 1)[0].id == "usda:01129"  # a boiled egg, as before
