"""Eat's dry-or-cooked choices, wrapped on a narrow terminal, go on under the choice's
text (after "cooked: "), not at the indent of the command line under them: at 60
columns "(includes boiling and" stood 4 in, as "mg-journal eat ..." does, and read as
the next line of the list."""

from __future__ import annotations

from pathlib import Path

import pytest

from journal.core.food.eat_line import resolve
from journal.core.food.phrase import parse_line
from journal.store.shipped import read_food_table
from tests.helpers import run_cli
from tests.unit.shell.stderr_terminal import stderr_on_a_terminal


def test_without_a_terminal_to_ask_on_a_wrapped_choice_hangs_under_its_text(
    data_dir: Path,
) -> None:
    shown = stderr_on_a_terminal("eat", "a cup of oats", columns=60)
    assert shown.code == 1 and shown.stdout == ""
    assert shown.stderr.splitlines()[3:] == [
        "  cooked: Cereals, oats, regular and quick, unenriched,",
        "          cooked with water (includes boiling and",
        "          microwaving), without salt: 1 cup = 63 mg",
        "          magnesium",
        "    mg-journal eat 'usda:08121 1 cup'",
        "  dry: Cereals, oats, regular and quick, not fortified, dry:",
        "       1 cup = 112 mg magnesium",
        "    mg-journal eat 'usda:08120 1 cup'",
    ]
    # Piped, byte for byte as before: one line a choice, one a command.
    assert run_cli("eat", "a cup of oats").stderr.splitlines()[1:] == [
        "  cooked: Cereals, oats, regular and quick, unenriched, cooked with water "
        "(includes boiling and microwaving), without salt: 1 cup = 63 mg magnesium",
        "    mg-journal eat 'usda:08121 1 cup'",
        "  dry: Cereals, oats, regular and quick, not fortified, dry: 1 cup = 112 mg magnesium",
        "    mg-journal eat 'usda:08120 1 cup'",
    ]
    assert not data_dir.exists()


def test_asked_on_a_terminal_a_wrapped_choice_hangs_under_its_text(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from journal.shell.eat_ask import ask_form

    monkeypatch.setattr("journal.shell.fit.columns", lambda stream=None: 60)
    monkeypatch.setattr("builtins.input", lambda _: "")
    [item] = parse_line("lentils 100 g")
    choice = resolve(read_food_table(), [], item, {})
    assert ask_form(item, choice) is None  # Enter cancels
    assert capsys.readouterr().out.splitlines() == [
        "'lentils 100 g': weighed dry or cooked?",
        " 1. cooked: Lentils, mature seeds, cooked, boiled, without",
        "            salt: 100 g = 36 mg magnesium",
        " 2. dry: Lentils, raw: 100 g = 122 mg magnesium",
    ]
