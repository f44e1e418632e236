"""The `mg-journal` argument parser: `cli` parses with it, the TUI's help lists its commands.

It sits in the shell, below both, so neither imports upward (see docs/architecture.md).
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any, NoReturn

from journal import __version__
from journal.shell import BY_NAME, COMMANDS, command_module
from journal.shell.fit import columns, fit

_KINDS = {"int": "a whole number", "float": "a number"}
_TYPE_NAMED = re.compile(r"invalid (int|float) value: ('.*')$")
_ARGUMENT = re.compile(r"^argument (?P<names>[^:]+): ")
TYPED: list[str] = []  # the line as typed (`cli` sets it): the option named as it was typed
_CHOICE = re.compile(r"invalid choice: '(?P<typed>[^']*)' \(choose from (?P<choices>.*)\)$")


def _guess(m: re.Match[str]) -> str:
    """A mistyped step (`trial stauts`, `key exprot`) offered the one meant, as a
    mistyped command is; argparse only listed them all."""
    import difflib

    choices = re.findall(r"'([^']*)'", m["choices"]) or m["choices"].split(", ")
    close = difflib.get_close_matches(m["typed"].lower(), choices, n=1, cutoff=0.6)
    if not close:
        return m[0]
    return f"invalid choice: '{m['typed']}' (did you mean '{close[0]}'? choose from {m['choices']})"


def _as_typed(names: str) -> str:
    """Of an option's names ("--severity/-s"), the one typed; else its first."""
    typed = {word.split("=")[0] for word in TYPED}
    aliases = names.split("/")
    return next((name for name in aliases if name in typed), aliases[0])


class _WholeWords(argparse.HelpFormatter):
    """Help wrapped at spaces only: argparse broke "mg-journal-export-DATE" and
    "poor-sleep" at their hyphens, a name no one could then type from the page."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        import textwrap

        text = self._whitespace_matcher.sub(" ", text).strip()
        return textwrap.wrap(text, width, break_on_hyphens=False)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        import textwrap

        text = self._whitespace_matcher.sub(" ", text).strip()
        return textwrap.fill(
            text, width, initial_indent=indent, subsequent_indent=indent, break_on_hyphens=False
        )


class OneLineParser(argparse.ArgumentParser):
    """argparse, with a mistake said in one line and where to read more, not its usage."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _WholeWords)  # each command's parser too
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        # argparse names the type ("invalid int value: 'abc'"); a person reads words
        message = _TYPE_NAMED.sub(lambda m: f"{m[2]} is not {_KINDS[m[1]]}", message)
        message = _CHOICE.sub(_guess, message)
        # "mg-journal: -s: ..." as the journal's own refusals open, not "mg-journal log:
        # argument --severity/-s: ..."; the command is in the --help named at the end
        message = _ARGUMENT.sub(lambda m: f"{_as_typed(m['names'])}: ", message)
        said = f"mg-journal: {message}; see {self.prog} --help\n"
        self.exit(2, fit(said, columns(sys.stderr)))  # argparse writes it to stderr


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """Every command's parser; with `only` (a command word), just that command's."""
    parser = OneLineParser(
        prog="mg-journal",
        description="A daily journal of magnesium intake and muscle symptoms. "
        "With no command it opens the app.",
        epilog="mg-journal help COMMAND (or mg-journal COMMAND --help) shows its help. "
        "Exit status: 0 done; 1 refused or not found (an unknown id or food, a damaged file), "
        "nothing changed; 2 a mistake in the line (an unknown option, a bad value), "
        "nothing changed; 130 stopped with ctrl-C. "
        "Not medical advice: the journal shows associations in your own records.",
    )
    parser.add_argument("--version", action="version", version=f"mg-journal {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="where the journal lives (default: $MG_JOURNAL_DIR, else the platform's data dir)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in [BY_NAME[only]] if only in BY_NAME else COMMANDS:
        command_module(name).register(commands)
    _describe(parser)
    return parser


def _describe(parser: argparse.ArgumentParser) -> None:
    """A command or step without a description of its own opens its --help with its line
    from the list ("Delete one entry by its id."): `mg-journal delete --help` said only
    its usage."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            lines = {a.dest: a.help for a in action._choices_actions}
            for name, command in action.choices.items():
                line = (lines.get(name) or "").replace(
                    "%%", "%"
                )  # a description is not %-formatted
                if command.description is None and line:
                    command.description = f"{line[0].upper()}{line[1:]}."
                _describe(command)
