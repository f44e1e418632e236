"""The `mg-journal` command: no arguments opens the app; subcommands work from the shell.

Subcommands live in `journal.shell`, one module per command, and never import
Textual, so logging a cramp from the shell starts as fast as Python allows.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from datetime import datetime

from journal import __version__
from journal.core import clock
from journal.core.validate import ValidationError
from journal.shell import COMMANDS
from journal.shell.suggest import mistyped_command
from journal.store.errors import StoreError

ENV_NOW = "MG_JOURNAL_NOW"  # pin the clock (ISO date-time) for demos, screenshots and tests
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def one_line(message: str) -> str:
    """Control characters from what was typed (a newline, an escape) shown as \\n, \\x1b.

    Messages quote the refused value; raw, a newline splits the one line and an
    escape sequence would be obeyed by the terminal.
    """
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode(), message)


class UsageError(Exception):
    """A command line that cannot be carried out; the message says what to type instead."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
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
    for module in COMMANDS:
        module.register(commands)
    return parser


def _pin_clock_from_env() -> None:
    value = os.environ.get(ENV_NOW)
    if value:
        try:
            clock.set_now(datetime.fromisoformat(value))
        except ValueError:
            raise UsageError(
                f"{ENV_NOW}={value!r} is not a date-time like 2026-11-25T09:30"
            ) from None


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    names = [
        n for a in parser._actions if isinstance(a, argparse._SubParsersAction) for n in a.choices
    ]
    mistyped = mistyped_command(sys.argv[1:] if argv is None else argv, names)
    if mistyped is not None:
        print(f"mg-journal: {one_line(mistyped)}", file=sys.stderr)
        return 2
    args = parser.parse_args(argv)
    try:
        _pin_clock_from_env()
        if args.command is None:
            from journal.tui.app import run_app

            return run_app(args.data_dir)
        result: int = args.handler(args)
        return result
    except (StoreError, UsageError) as exc:
        print(f"mg-journal: {one_line(str(exc))}", file=sys.stderr)
        return 1
    except ValidationError as exc:
        print(f"mg-journal: {one_line(str(exc))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
