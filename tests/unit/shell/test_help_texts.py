"""Every command's and step's --help opens with what it does and says what each of its
arguments is, within 80 columns. `mg-journal delete --help`, `backup`, `restore`,
`doctor`, `path`, `sync`, `key` and the trial's steps showed only their usage, and
arguments such as restore's FILE, import's {json,cronometer} or trial amend's value
were listed without a word."""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator

import pytest

from journal.shell import BY_NAME
from journal.shell.parser import build_parser
from tests.helpers import run_cli


def commands(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    """Each command and step under `parser`, as the command line builds it."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for command in action.choices.values():
                yield command
                yield from commands(command)


@pytest.mark.parametrize("name", sorted(BY_NAME))
def test_each_help_says_what_the_command_and_its_arguments_are(
    monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    found = [c for c in commands(build_parser(name)) if c.prog.split()[1] == name]
    assert found
    for command in found:
        assert command.description, command.prog
        unsaid = [
            a.option_strings or a.dest
            for a in command._actions
            if not a.help and not isinstance(a, argparse._SubParsersAction)
        ]
        assert unsaid == [], command.prog
        shown = command.format_help()
        assert max(len(line) for line in shown.splitlines()) <= 80, command.prog
        # Wrapped at spaces only: export's "default mg-journal-" / "export-DATE[.json]"
        # and log's "poor-" / "sleep" could not be typed from the page.
        cut = [line for line in shown.splitlines() if re.search(r"\w-$", line)]
        assert cut == [], command.prog


def test_delete_help_from_the_shell() -> None:
    done = run_cli("delete", "--help")
    assert done.returncode == 0
    assert "\nDelete one entry by its id.\n" in done.stdout
    assert "  id          the entry's id, or its first characters (at least 4)" in done.stdout


@pytest.mark.parametrize("name", sorted(BY_NAME))
def test_a_missing_argument_is_named_as_the_usage_line_names_it(name: str) -> None:
    """`mg-journal import` said "required: source, FILE" and `trial dose` "required:
    state" under usage lines that read "{json,cronometer} FILE" and "{taken,missed}"."""
    for command in commands(build_parser(name)):
        usage = command.format_usage()
        for action in command._actions:
            if action.option_strings or isinstance(action, argparse._SubParsersAction):
                continue
            said = argparse._get_action_name(action)
            assert said is not None and said in usage, (command.prog, said)


def test_steps_are_named_step_alike_and_dose_says_it_takes_a_date() -> None:
    """`sync`'s usage listed "{status,merge,take,ignore,git-merge}" where `trial` and
    `foods` say STEP; `trial dose` said "today's" dose though it takes --date."""
    for command in ("sync", "trial", "foods"):
        usage = run_cli(command, "--help").stdout.splitlines()[0]
        assert usage == f"usage: mg-journal {command} [-h] STEP ..."
    dose = " ".join(run_cli("trial", "dose", "--help").stdout.split())
    assert "today's" not in dose
    assert "Record a day's trial dose as taken or missed (today unless --date)." in dose
