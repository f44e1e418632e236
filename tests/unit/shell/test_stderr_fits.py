"""What goes to stderr fits the terminal stderr is, as stdout's output already did: eat's
choices (`mg-journal eat jam` without a terminal to ask on) ran 100 columns past an
80-column edge and on at column 0 mid-word. Piped, each line stays whole."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import run_cli
from tests.unit.shell.stderr_terminal import stderr_on_a_terminal


def test_eats_choices_wrap_at_the_terminals_width(data_dir: Path) -> None:
    piped = run_cli("eat", "jam")
    assert piped.returncode == 1 and piped.stdout == ""
    assert max(len(line) for line in piped.stderr.splitlines()) > 60  # whole when piped
    shown = stderr_on_a_terminal("eat", "jam", columns=60)
    assert shown.code == 1 and shown.stdout == ""
    lines = shown.stderr.splitlines()
    assert max(len(line) for line in lines) <= 60, shown.stderr
    assert shown.stderr.split() == piped.stderr.split()  # every word, in order
    assert lines[:3] == [
        "mg-journal: 'jam' could mean foods with different magnesium;",
        "nothing logged. Repeat with the one you ate, e.g.:",
        "  usda:19297     Jams and preserves  (4 mg/100 g)",
    ]
    # A long food name goes on under the name, not at column 0.
    assert "  usda:43028     Jams and preserves, dietetic (with sodium" in lines
    assert "                 saccharin), any flavor  (5 mg/100 g)" in lines
    assert not data_dir.exists()  # refused: no journal made


def test_a_refusal_wraps_too(data_dir: Path) -> None:
    shown = stderr_on_a_terminal("eat", "zzzqqq", columns=50)
    assert shown.code == 2 and not data_dir.exists()
    assert shown.stderr.startswith("mg-journal: food: no food matches 'zzzqqq';")
    assert max(len(line) for line in shown.stderr.splitlines()) <= 50, shown.stderr
    assert shown.stderr.split() == run_cli("eat", "zzzqqq").stderr.split()


def test_a_mistyped_argument_wraps_and_piped_stays_one_line(data_dir: Path) -> None:
    """argparse's own refusals go through the parser, not the command: they too."""
    piped = run_cli("import", "xyz", "f.json")
    assert piped.returncode == 2 and len(piped.stderr.splitlines()) == 1
    shown = stderr_on_a_terminal("import", "xyz", "f.json", columns=50)
    assert shown.code == 2
    assert shown.stderr.splitlines() == [
        "mg-journal import: argument source: invalid",
        "choice: 'xyz' (choose from 'json', 'cronometer');",
        "see mg-journal import --help",
    ]
    assert not data_dir.exists()
