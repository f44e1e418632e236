"""`mg-journal help` and `mg-journal help eat`, the first lines a newcomer types, show the
help as --help does (they said "'help' is not a command"); a word after help that is no
command is refused in one line, with a "did you mean" as any mistyped command is."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import run_cli


@pytest.mark.parametrize(
    ("typed", "same_as"),
    [
        (["help"], ["--help"]),
        (["help", "eat"], ["eat", "--help"]),
        (["HELP", "Eat"], ["eat", "--help"]),  # as "EAT" is eat
        (["help", "trial", "plan"], ["trial", "plan", "--help"]),
        (["help", "help"], ["--help"]),
    ],
)
def test_help_shows_what_help_option_shows(
    data_dir: Path, typed: list[str], same_as: list[str]
) -> None:
    done = run_cli(*typed)
    assert done.returncode == 0 and done.stderr == ""
    assert done.stdout.startswith(f"usage: mg-journal {' '.join(same_as[:-1])}".rstrip())
    assert done.stdout == run_cli(*same_as).stdout
    assert not data_dir.exists()  # only words: no journal made


def test_the_top_help_says_help_command_is_there() -> None:
    shown = " ".join(run_cli("help").stdout.split())
    assert "mg-journal help COMMAND (or mg-journal COMMAND --help) shows its help." in shown


@pytest.mark.parametrize(
    ("word", "said"),
    [
        ("xyz", "'xyz' is not a command; mg-journal --help lists them"),
        ("lgo", "'lgo' is not a command; did you mean 'log'? (mg-journal --help lists them)"),
    ],
)
def test_help_on_no_command_says_so_in_one_line(data_dir: Path, word: str, said: str) -> None:
    done = run_cli("help", word)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == f"mg-journal: {said}\n"
    assert not data_dir.exists()


def test_help_mistyped_is_offered(data_dir: Path) -> None:
    done = run_cli("hepl")
    assert done.returncode == 2
    assert "did you mean 'help'?" in done.stderr


def test_help_after_data_dir_and_as_its_value(tmp_path: Path) -> None:
    from journal.shell.help_word import help_as_option

    folder = tmp_path / "help"
    done = run_cli("--data-dir", str(folder), "help", "log")
    assert done.returncode == 0 and done.stdout.startswith("usage: mg-journal log")
    assert not folder.exists()
    # A folder named help is no command: the word after it is.
    assert help_as_option(["--data-dir", "help", "help", "log"]) == [
        "--data-dir",
        "help",
        "log",
        "--help",
    ]
    assert help_as_option(["--data-dir", "help", "list"]) == ["--data-dir", "help", "list"]
