"""An amount with no food word (`eat ", 2"`, `eat 2`, `eat "2, banana"`) is refused in
one line and nothing is logged. Before, the number was looked up as a food's words:
"'2' could mean foods with different magnesium" and 2% milk was offered."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from journal.core.food.phrase import amount_only, parse_item
from journal.store.journal import Journal
from tests.helpers import run_cli

TODAY = date(2026, 11, 25)  # the pinned clock's day (tests/conftest.py)


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("2", True),
        ("0.5", True),
        ("1,5", True),  # a decimal comma
        ("½", True),
        ("1 1/2", True),
        ("100g", True),
        ("2 eggs", False),
        ("banana 2", False),
        ("7up", False),  # a name with a digit in it
        ("2%", False),  # 2% milk's own word
        ("100 g", False),  # an amount and a measure: `names_no_food` says it
        ("banana", False),
    ],
)
def test_an_amount_with_no_food_word_is_found(text: str, alone: bool) -> None:
    assert amount_only(parse_item(text)) is alone


def _logged(data_dir: Path) -> list[str]:
    if not data_dir.exists():
        return []
    return [food.name for food in Journal.open(data_dir).day(TODAY).foods]


@pytest.mark.parametrize(
    ("args", "amount"),
    [
        ((", 2",), "2"),
        (("2",), "2"),
        (("2, banana",), "2"),
        (("banana, 2",), "2"),
        (("eggs 2, 3",), "3"),
        (("1 1/2",), "1 1/2"),
        (("½",), "½"),
        (("100g",), "100g"),
    ],
)
def test_an_amount_alone_is_refused_and_nothing_is_logged(
    data_dir: Path, args: tuple[str, ...], amount: str
) -> None:
    refused = run_cli("eat", *args)
    assert refused.returncode == 2 and refused.stdout == ""
    assert refused.stderr == (
        f"mg-journal: food: '{amount}' is an amount with no food; put the food with it, "
        f"e.g. 'banana {amount}'. Nothing was logged.\n"
    )
    assert _logged(data_dir) == []


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("",), "mg-journal: food: is empty; type what you ate"),
        ((",",), "mg-journal: food: ',' names no food"),
    ],
)
def test_no_food_at_all_is_refused(data_dir: Path, args: tuple[str, ...], said: str) -> None:
    refused = run_cli("eat", *args)
    assert refused.returncode == 2 and refused.stderr.startswith(said)
    assert _logged(data_dir) == []


def test_a_trailing_comma_is_harmless(data_dir: Path) -> None:
    logged = run_cli("eat", "banana,")
    assert logged.returncode == 0, logged.stderr
    assert _logged(data_dir) == ["Bananas, raw"]


@pytest.mark.parametrize("words", ["2", "1 1/2", "100 g", "100g", "2 cups", "½", "..."])
def test_a_figure_of_ones_own_needs_a_food_word(data_dir: Path, words: str) -> None:
    """`eat 2 --custom 40` logged a food named "2"."""
    refused = run_cli("eat", words, "--custom", "40")
    assert refused.returncode == 2 and refused.stdout == ""
    assert refused.stderr == (
        f"mg-journal: food: {words!r} names no food: give the food's words with your figure, "
        f'e.g. mg-journal eat "grandma\'s soup {words}" --custom 40\n'
    )
    assert _logged(data_dir) == []


def test_a_figure_of_ones_own_with_a_word_logs(data_dir: Path) -> None:
    logged = run_cli("eat", "soup 2", "--custom", "40")
    assert logged.returncode == 0, logged.stderr
    assert _logged(data_dir) == ["soup 2"]
