"""Issue 24, item 12: a mistyped command gets "did you mean"; a supplement dose far above the
upper limit asks on a terminal and needs --yes without one (nothing stored until then)."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from journal.shell.suggest import mistyped_command
from journal.store.journal import Journal
from tests.helpers import ROOT, run_cli

COMMANDS = ["eat", "supplement", "log", "done", "list", "report", "profile"]


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["lgo", "cramp"], "did you mean 'log'?"),
        (["--data-dir", "/tmp/x", "suplement"], "did you mean 'supplement'?"),
        (["reprot"], "did you mean 'report'?"),
        (["xyzzy"], "'xyzzy' is not a command; mg-journal --help lists them"),
    ],
)
def test_mistyped_commands(argv: list[str], said: str) -> None:
    message = mistyped_command(argv, COMMANDS)
    assert message is not None and said in message


@pytest.mark.parametrize("argv", [[], ["--version"], ["log", "lgo"], ["--data-dir", "lgo"]])
def test_known_commands_and_values_pass(argv: list[str]) -> None:
    assert mistyped_command(argv, COMMANDS) is None


def test_the_shell_says_did_you_mean(data_dir: Path) -> None:
    result = run_cli("lgo", "cramp")
    assert result.returncode == 2
    assert result.stderr == (
        "mg-journal: 'lgo' is not a command; did you mean 'log'? (mg-journal --help lists them)\n"
    )
    assert not data_dir.exists() or not Journal.open(data_dir).has_entries()


def test_a_dose_far_above_the_limit_needs_yes_without_a_terminal(data_dir: Path) -> None:
    result = run_cli("supplement", "citrate", "5000")
    assert result.returncode == 2
    assert "14 times the 350 mg upper limit" in result.stderr
    assert "use --salt 5000" in result.stderr and "--yes" in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert not Journal.open(data_dir).has_entries()
    assert run_cli("supplement", "citrate", "5000", "--yes").returncode == 0
    assert run_cli("supplement", "citrate", "700").returncode == 0  # twice the limit: no question


def on_a_terminal(answer: str, *args: str) -> tuple[int, str]:
    """Run the command with a pseudo-terminal as stdin and stdout; type `answer` at the prompt."""
    main, child = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "journal", *args],
        stdin=child,
        stdout=child,
        stderr=child,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    os.close(child)
    seen = b""
    while b"[y/N]" not in seen:
        chunk = os.read(main, 1024)
        assert chunk, seen
        seen += chunk
    os.write(main, answer.encode() + b"\n")
    while True:
        try:
            chunk = os.read(main, 1024)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    os.close(main)
    return proc.wait(timeout=60), seen.decode()


def test_on_a_terminal_it_asks_and_no_stores_nothing(data_dir: Path) -> None:
    code, shown = on_a_terminal("n", "supplement", "citrate", "5000")
    assert "Store 5,000 mg elemental? [y/N]" in shown
    assert code == 2 and not Journal.open(data_dir).has_entries()
    code, shown = on_a_terminal("y", "supplement", "citrate", "5000")
    assert code == 0 and "Logged magnesium citrate: 5,000 mg elemental" in shown


def test_each_command_word_builds_its_own_parser_as_the_full_one_would() -> None:
    # A command line builds only its own command's parser: the map from word to module
    # must name exactly the commands the full parser has, each registering that word.
    import argparse

    from journal.shell import BY_NAME
    from journal.shell.parser import build_parser

    def words(parser: argparse.ArgumentParser) -> set[str]:
        return {
            n
            for a in parser._actions
            if isinstance(a, argparse._SubParsersAction)
            for n in a.choices
        }

    assert words(build_parser()) == set(BY_NAME)
    for word in BY_NAME:
        assert word in words(build_parser(word))
    full = build_parser().parse_args(["log", "cramp", "--severity", "3"])
    alone = build_parser("log").parse_args(["log", "cramp", "--severity", "3"])
    assert vars(full) == vars(alone)


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ("report", "--days", "0"),
            "mg-journal: --days: days must be from 1 to 36500; see mg-journal report --help\n",
        ),
        (
            ("log",),
            "mg-journal: the following arguments are required: kind; see mg-journal log --help\n",
        ),
        (("--bogus",), "mg-journal: unrecognized arguments: --bogus; see mg-journal --help\n"),
    ],
)
def test_a_mistake_in_the_options_is_one_line_naming_the_help(
    args: tuple[str, ...], said: str
) -> None:
    done = run_cli(*args)
    assert (done.returncode, done.stdout, done.stderr) == (2, "", said)


def test_a_command_word_in_capitals_is_the_command(data_dir: Path) -> None:
    done = run_cli("EAT", "banana")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Logged Bananas, raw")
    assert run_cli("--data-dir", str(data_dir), "List").stdout.startswith("2026-11-25 Wednesday")


def test_a_folder_named_as_a_command_in_capitals_keeps_its_name(tmp_path: Path) -> None:
    """The command word in capitals is lowered where it stands: the first "EAT" of the line
    was, so `--data-dir EAT EAT banana` logged into a folder "eat" beside "EAT"."""
    here = tmp_path / "here"
    here.mkdir()
    done = subprocess.run(
        [sys.executable, "-m", "journal", "--data-dir", "EAT", "EAT", "banana"],
        capture_output=True,
        text=True,
        cwd=here,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in here.iterdir()) == ["EAT"]
    assert Journal.open(here / "EAT").has_entries()
