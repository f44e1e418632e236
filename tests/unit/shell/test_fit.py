"""On a terminal, report, list and profile fit its width: a line wider than the
terminal is wrapped at a space, its continuation under where its text starts. Before,
the report's paragraphs ran to 900 columns and a list row's long USDA name went over
the edge and on at column 0, mid-word. Piped, lines stay whole, for grep and scripts."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from journal.cli import main
from journal.shell.fit import fit
from tests.helpers import Terminal, run_cli

ROW = (
    "  f4725fdf  09:30  food        Cereals, oats, regular and quick, unenriched, cooked "
    "with water (includes boiling and microwaving), without salt, 1 cup · 63.2 mg"
)


def test_a_row_goes_on_under_its_text() -> None:
    assert fit(ROW, 80).splitlines() == [
        "  f4725fdf  09:30  food        Cereals, oats, regular and quick, unenriched,",
        "                               cooked with water (includes boiling and",
        "                               microwaving), without salt, 1 cup · 63.2 mg",
    ]


@pytest.mark.parametrize(
    ("line", "width", "lines"),
    [
        (  # a bullet goes on under its text, and "p < 0.001" is not cut
            "- the ratio is 4.2; p < 0.001",
            22,
            ["- the ratio is 4.2;", "  p < 0.001"],
        ),
        (  # an indented line without columns goes on further in; a figure keeps its unit
            "  RR 4.0 and 31.9 mg of [bold]",
            18,
            ["  RR 4.0 and", "    31.9 mg of", "    [bold]"],
        ),
        (  # a paragraph goes on at the margin
            "This is not medical advice: the journal shows associations.",
            40,
            ["This is not medical advice: the journal", "shows associations."],
        ),
    ],
)
def test_each_kind_of_line_wraps_as_it_reads(line: str, width: int, lines: list[str]) -> None:
    assert fit(line, width).splitlines() == lines


@pytest.mark.parametrize("width", [None, 200])
def test_lines_that_fit_or_no_terminal_leave_the_text_as_it_is(width: int | None) -> None:
    assert fit(f"{ROW}\n\n  short\n", width) == f"{ROW}\n\n  short\n"


@pytest.fixture
def long_lines(data_dir: Path) -> None:
    """A day whose list, report and profile have lines over 80 columns."""
    assert run_cli("eat", "oatmeal 1 cup").returncode == 0
    assert run_cli("log", "cramp", "--note", "[bold]woke me[/bold] at night " * 3).returncode == 0


@pytest.mark.parametrize("command", [["list"], ["report"], ["profile"]])
@pytest.mark.usefixtures("long_lines")
def test_on_an_80_column_terminal_every_line_fits(
    monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    piped = run_cli(*command).stdout
    assert max(len(line) for line in piped.splitlines()) > 80
    out = Terminal()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setenv("COLUMNS", "80")
    assert main(command) == 0
    shown = out.getvalue()
    assert max(len(line) for line in shown.splitlines()) <= 80
    assert shown.split() == piped.split()  # every word, in order, [bold] as typed


def test_a_line_of_a_list_goes_on_indented_so_the_next_is_seen_to_start() -> None:
    logged = "Logged Bananas, raw: 1 medium (118 g) = 32 mg magnesium, 105 kcal [6a9146a8]"
    assert fit(logged, 50, hang=2).splitlines() == [
        "Logged Bananas, raw: 1 medium (118 g) = 32 mg",
        "  magnesium, 105 kcal [6a9146a8]",
    ]


@pytest.mark.parametrize(
    "command",
    [
        ["eat", "oatmeal 1 cup, banana, avocado"],
        ["supplement", "citrate", "--salt", "1000"],
    ],
)
def test_what_was_logged_fits_an_80_column_terminal(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    """eat's 'Logged Cereals, oats, ... [id]' ran to 170 columns."""
    out = Terminal()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setenv("COLUMNS", "80")
    assert main(command) == 0
    lines = out.getvalue().splitlines()
    assert max(len(line) for line in lines) <= 80
    assert all(line.startswith(("Logged ", "  ", "3 foods: ")) for line in lines), lines
    assert len([line for line in lines if line.startswith("Logged ")]) == len(command[1].split(","))


def test_the_choices_eat_asks_between_fit_an_80_column_terminal(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'oats 40 g': weighed dry or cooked? Each choice names USDA's food in full."""
    out = Terminal()
    monkeypatch.setattr(sys, "stdin", Terminal("\n"))  # Enter: none of them
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setenv("COLUMNS", "80")
    assert main(["eat", "oats 40 g"]) == 1
    lines = out.getvalue().splitlines()
    assert max(len(line) for line in lines) <= 80
    assert lines[1].startswith(" 1. cooked: ") and lines[2].startswith("    ")
