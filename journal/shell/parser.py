"""The `mg-journal` argument parser: `cli` parses with it, the TUI's help lists its commands.

It sits in the shell, below both, so neither imports upward (see docs/architecture.md).
"""

from __future__ import annotations

import argparse
from typing import NoReturn

from journal import __version__
from journal.shell import BY_NAME, COMMANDS, command_module


class OneLineParser(argparse.ArgumentParser):
    """argparse, with a mistake said in one line and where to read more, not its usage."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message}; see {self.prog} --help\n")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """Every command's parser; with `only` (a command word), just that command's."""
    parser = OneLineParser(
        prog="mg-journal",
        description="A daily journal of magnesium intake and muscle symptoms. "
        "With no command it opens the app.",
        epilog="Not medical advice: the journal shows associations in your own records.",
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
    return parser
