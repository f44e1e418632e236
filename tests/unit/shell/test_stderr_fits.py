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
    assert shown.code == 1 and not data_dir.exists()
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
        "mg-journal: KIND: invalid choice: 'xyz' (choose",
        "from 'json', 'cronometer'); see mg-journal import",
        "--help",
    ]
    assert not data_dir.exists()


def test_the_store_warning_about_a_folder_others_can_change_wraps_too(tmp_path: Path) -> None:
    """Said by the store, which knows no terminal: it ran past the edge as one line."""
    folder = tmp_path / "j"
    (folder / "entries").mkdir(parents=True)  # a journal's (an empty folder is none yet)
    folder.chmod(0o777)
    shown = stderr_on_a_terminal("--data-dir", str(folder), "list", columns=50)
    assert shown.code == 0 and folder.stat().st_mode & 0o777 == 0o700
    lines = shown.stderr.splitlines()
    # Only the path, one word, may run over (on a line of its own); nothing was lost.
    assert [line for line in lines if len(line) > 50] in ([], [str(folder)]), shown.stderr
    assert lines[-2:] == [
        "can be changed by others (0777) until now; it was",
        "made private (0700): check its files are yours.",
    ]
    said = (
        f"mg-journal: warning: {folder} can be changed by others (0777) until now; it was "
        "made private (0700): check its files are yours."
    )
    assert shown.stderr.split() == said.split()
    folder.chmod(0o777)
    assert run_cli("--data-dir", str(folder), "list").stderr == said + "\n"  # piped: whole
