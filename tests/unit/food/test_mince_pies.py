"""A mince pie is a small pie, which SR24 does not weigh: counted or alone it is refused
in one line (it logged a slice of a 9" pie, 165 g, 23 mg); a slice or grams are logged."""

from __future__ import annotations

import pytest

from journal.core.food.eat_line import resolve
from journal.core.food.phrase import parse_line
from tests.unit.food.as_logged import TABLE, assert_logs


@pytest.mark.parametrize("phrase", ["a mince pie", "2 mince pies", "mince pie"])
def test_a_mince_pie_is_refused_saying_to_give_grams(phrase: str) -> None:
    [item] = parse_line(phrase)
    choice = resolve(TABLE, [], item, {})
    assert choice.food is None and not choice.candidates
    assert "not a small pie: say the grams on its pack" in choice.missing


@pytest.mark.parametrize(
    ("phrase", "grams", "mg"),
    [("a slice of mince pie", 165.0, 23.1), ("mince pie 100 g", 100.0, 14.0)],
)
def test_a_slice_or_grams_of_mince_pie_are_logged(phrase: str, grams: float, mg: float) -> None:
    assert_logs(phrase, "usda:18322", grams, mg)
