"""Foods the table lacks, said in one line with what to type: "cereal with milk" offered a
coffee substitute made with milk and baby cereals; "a scoop of whey" (protein powder)
asked for 246 g, the cup of SR24's acid whey, the liquid left from cheese."""

from __future__ import annotations

import pytest

from journal.core.food.eat_line import resolve
from journal.core.food.phrase import parse_line
from tests.unit.food.as_logged import TABLE, assert_logs


def _missing(phrase: str) -> str:
    [item] = parse_line(phrase)
    choice = resolve(TABLE, [], item, {})
    assert choice.food is None and not choice.candidates
    return choice.missing


@pytest.mark.parametrize(
    "phrase", ["cereal with milk", "a bowl of cereal with milk", "cereal and skimmed milk"]
)
def test_cereal_with_milk_says_to_log_the_two(phrase: str) -> None:
    said = _missing(phrase)
    assert said.startswith("the table (USDA SR24) has no cereal with milk as one dish")
    assert "mg-journal eat 'cheerios 1 cup, milk 1/2 cup'" in said


def test_the_two_it_offers_log() -> None:
    assert_logs("cheerios 1 cup", "usda:08013", 28.0, 40.04)
    assert_logs("milk 1/2 cup", "usda:01079", 122.0, 13.42)


@pytest.mark.parametrize(
    "phrase", ["a scoop of whey", "2 scoops of whey protein", "protein powder", "whey powder"]
)
def test_protein_powder_is_refused_with_the_custom_line(phrase: str) -> None:
    said = _missing(phrase)
    assert said.startswith("the table (USDA SR24) has no protein powder")
    assert said.endswith("--custom MG")
    assert "246" not in said


def test_a_cup_of_whey_is_still_the_liquid() -> None:
    [item] = parse_line("a cup of whey")
    assert {f.id for f in resolve(TABLE, [], item, {}).candidates[:2]} == {
        "usda:01112",
        "usda:01114",
    }
