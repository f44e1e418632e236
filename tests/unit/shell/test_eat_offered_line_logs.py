"""The line `eat` offers to repeat is one that logs what the words mean: "a piece of milk
chocolate" offered `usda:01105 1 piece` (hot cocoa), "a square of chocolate" a line
itself refused, "a sausage" raw Italian sausage (`1 usda:07036`, 113 g)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import run_cli
from tests.unit.food.as_logged import assert_logs

MILK_CHOCOLATE = "usda:19120"  # Candies, milk chocolate: 63 mg/100 g
COOKED_SAUSAGE = "usda:07089"  # Sausage, Italian, pork, cooked: 18 mg/100 g, link 83 g


@pytest.mark.usefixtures("data_dir")
def test_a_piece_of_milk_chocolate_asks_its_weight_in_one_line() -> None:
    said = run_cli("eat", "a piece of milk chocolate")
    assert said.returncode != 0 and "01105" not in said.stderr  # not hot cocoa
    [line] = said.stderr.splitlines()
    assert "no piece of Candies, milk chocolate" in line
    assert "weight from the wrapper in g or oz" in line


def test_milk_chocolate_is_the_bar_of_candy() -> None:
    assert_logs("milk chocolate", MILK_CHOCOLATE, 44.0, 27.72)  # 1 bar (1.55 oz)
    assert_logs("milk chocolate 20 g", MILK_CHOCOLATE, 20.0, 12.6)


@pytest.mark.usefixtures("data_dir")
def test_a_square_of_chocolate_offers_no_refused_line() -> None:
    said = run_cli("eat", "a square of chocolate")
    assert said.returncode == 1
    last = said.stderr.splitlines()[-1]
    assert last.strip() == (
        "(the table weighs none of these by '1 square': repeat with the weight in g "
        "or oz, e.g. mg-journal eat 'usda:19904 20 g')"
    )
    assert_logs("usda:19904 20 g", "usda:19904", 20.0, 45.6)  # and that line logs


@pytest.mark.usefixtures("data_dir")
@pytest.mark.parametrize(
    ("phrase", "offered", "grams"),
    [("a sausage", "1 usda:07089", 83.0), ("2 sausages", "2 usda:07089", 166.0)],
)
def test_a_sausage_offers_a_cooked_one_listed_first(
    phrase: str, offered: str, grams: float
) -> None:
    said = run_cli("eat", phrase)
    assert said.returncode == 1
    lines = said.stderr.splitlines()
    assert lines[1].strip().startswith(COOKED_SAUSAGE)
    assert lines[-1].strip() == f"mg-journal eat '{offered}'"
    assert_logs(offered, COOKED_SAUSAGE, grams, grams * 0.18)


def test_a_sausage_still_logs_nothing_by_itself(data_dir: Path) -> None:
    # moving raw sausages last in the ranking once logged a 23 g slice of Berliner
    assert run_cli("eat", "a sausage").returncode == 1
    assert run_cli("list").stdout.count("Sausage") == 0


@pytest.mark.usefixtures("data_dir")
def test_raw_said_is_offered_raw() -> None:
    said = run_cli("eat", "raw sausage")
    assert said.stderr.splitlines()[-1].strip() == "mg-journal eat usda:07036"
