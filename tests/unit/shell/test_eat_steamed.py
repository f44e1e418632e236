""" "steamed broccoli" found no food (SR24 steams nothing): it is read as boiled, the
table's nearest, and the shell says so under what it logs or offers."""

from __future__ import annotations

import pytest

from journal.core.food.eaten_words import nearest_note
from tests.helpers import run_cli
from tests.unit.food.as_logged import assert_logs

NOTE = "('steamed broccoli': the table has nothing steamed; boiled is its nearest)"


def test_the_note_names_the_words() -> None:
    assert nearest_note("steamed broccoli") == NOTE
    assert nearest_note("boiled broccoli") is None


@pytest.mark.usefixtures("data_dir")
def test_steamed_broccoli_logs_boiled_and_says_so() -> None:
    # it asked among boiled with and without salt, Chinese and frozen broccoli
    said = run_cli("eat", "steamed broccoli")
    assert said.returncode == 0
    assert said.stdout.startswith("Logged Broccoli, cooked, boiled, drained, without salt:")
    assert said.stdout.splitlines()[-1].strip() == NOTE
    assert_logs("steamed broccoli", "usda:11091", 156.0, 32.76)  # 1 cup, chopped


@pytest.mark.usefixtures("data_dir")
def test_steamed_spinach_logs_boiled_and_says_so() -> None:
    said = run_cli("eat", "steamed spinach")
    assert said.returncode == 0
    assert said.stdout.startswith("Logged Spinach, cooked, boiled, drained, without salt: 1 cup")
    assert "(180 g) = 157 mg magnesium" in said.stdout
    assert said.stdout.splitlines()[-1].strip() == (
        "('steamed spinach': the table has nothing steamed; boiled is its nearest)"
    )
    assert_logs("steamed spinach", "usda:11458", 180.0, 156.6)
