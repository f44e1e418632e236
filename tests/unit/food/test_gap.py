"""Foods that close today's gap: seed figures exact, the person's own foods first."""

from __future__ import annotations

from datetime import date

import pytest

from journal.core.food.gap import Candidate, close_gap, own_candidates, seed_candidates
from tests.helpers import food


def test_seed_portions_from_usda_figures() -> None:
    mg = {c.name: round(c.mg, 2) for c in seed_candidates()}
    assert mg == {
        "Pumpkin seeds, roasted": 154.0,  # 550 mg/100 g x 28 g
        "Almonds": 75.6,  # 270 x 28 g
        "Oat bran, raw": 110.45,  # 235 x 47 g
        "Spinach, boiled": 78.3,  # 87 x 90 g
        "Black beans, boiled": 60.2,  # 70 x 86 g
    }


def test_gap_closed_in_one_portion_smallest_first() -> None:
    names = [c.name for c in close_gap(70.0, seed_candidates())]
    assert names == ["Almonds", "Spinach, boiled", "Oat bran, raw"]
    assert [c.name for c in close_gap(120.0, seed_candidates())] == ["Pumpkin seeds, roasted"]
    assert close_gap(0.0, seed_candidates()) == []
    assert close_gap(500.0, seed_candidates()) == []


def test_own_foods_are_preferred() -> None:
    day = date(2026, 11, 20)
    mine = own_candidates([food(day, "Cashews", 83.0), food(day, "Cashews", 83.0)])
    assert mine == [Candidate("Cashews", 83.0, "1 oz", own=True)]
    result = close_gap(70.0, [*mine, *seed_candidates()])
    assert [c.name for c in result] == ["Cashews", "Almonds", "Spinach, boiled"]


def test_foods_without_a_figure_are_not_suggested() -> None:
    assert own_candidates([food(date(2026, 11, 20), "Stew", None)]) == []


@pytest.mark.parametrize("gap", [1.0, 60.0, 154.0])
def test_every_suggestion_closes_the_gap(gap: float) -> None:
    assert all(c.mg >= gap for c in close_gap(gap, seed_candidates()))


def test_when_no_portion_closes_the_gap_the_richest_are_offered() -> None:
    from journal.core.food.gap import richest

    candidates = [
        Candidate("Almonds", 76.0, "1 oz"),
        Candidate("Pumpkin seeds", 154.0, "1 oz"),
        Candidate("almonds", 90.0, "1 oz roasted"),
        Candidate("Banana", 32.0, "1 medium"),
    ]
    assert close_gap(500, candidates) == []
    assert [(c.name, c.mg) for c in richest(candidates, 2)] == [
        ("Pumpkin seeds", 154.0),
        ("almonds", 90.0),
    ]
