"""A negative amount is refused in one line (a reviewer's report: "banana -2" searched
for the words "banana -2" and offered banana pudding dry mix as what it "could mean")."""

from __future__ import annotations

from pathlib import Path

import pytest

from journal.core.food.phrase import negative_amount
from tests.helpers import run_cli


@pytest.mark.parametrize(
    ("text", "minus"),
    [
        ("banana -2", "-2"),
        ("-2 banana", "-2"),
        ("almonds -30 g", "-30"),
        ("oat bran -1/2 cup", "-1/2"),
        ("banana -0.5", "-0.5"),
        ("banana -½", "-½"),
        ("banana 2", None),
        ("banana - 2", None),  # a spaced dash is no sign
        ("2-3 eggs", None),  # a range
        ("7-up", None),  # a hyphen in a name
        ("long-grain rice 1 cup", None),
    ],
)
def test_a_minus_on_a_number_is_found(text: str, minus: str | None) -> None:
    assert negative_amount(text) == minus


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("banana -2",), "banana -2: amount must be positive, not '-2'"),
        (("--", "-2 banana"), "-2 banana: amount must be positive, not '-2'"),
        (("--", "-2", "banana"), "-2 banana: amount must be positive, not '-2'"),
        (("oatmeal 1 cup, banana -1",), "banana -1: amount must be positive, not '-1'"),
        (("banana", "-2"), "banana -2: amount must be positive, not '-2'"),  # as before
    ],
)
def test_the_shell_says_the_amount_must_be_positive_and_stores_nothing(
    data_dir: Path, args: tuple[str, ...], said: str
) -> None:
    done = run_cli("eat", *args)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == f"mg-journal: quantity: {said}\n"
    assert "Bananas" not in run_cli("list").stdout


def test_a_custom_foods_words_are_its_name(data_dir: Path) -> None:
    done = run_cli("eat", "soup -2", "--custom", "5")  # the name as written, not an amount
    assert done.returncode == 0 and "Logged soup -2: 5 mg" in done.stdout
