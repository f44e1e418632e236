"""The `mg-journal` command: no arguments opens the app; subcommands work from the shell.

Subcommands live in `journal.shell`, one module per command, and never import
Textual, so logging a cramp from the shell starts as fast as Python allows.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from collections.abc import Sequence
from datetime import datetime

from journal.core import clock
from journal.core.validate import ValidationError
from journal.shell.open_app import OpenApp
from journal.shell.parser import build_parser
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


def _pin_clock_from_env() -> None:
    value = os.environ.get(ENV_NOW)
    if value:
        try:
            clock.set_now(datetime.fromisoformat(value))
        except ValueError:
            raise UsageError(
                f"{ENV_NOW}={value!r} is not a date-time like 2026-11-25T09:30"
            ) from None


def _open_app(request: OpenApp) -> int:
    """The app, loaded only now: the shell's commands never pay for Textual."""
    from journal.tui.app import run_app

    try:
        return run_app(request.data_dir)
    finally:
        if request.remove_after and request.data_dir is not None:
            shutil.rmtree(request.data_dir, ignore_errors=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        _pin_clock_from_env()
        if args.command is None:
            return _open_app(OpenApp(args.data_dir))
        result: int | OpenApp = args.handler(args)
        return _open_app(result) if isinstance(result, OpenApp) else result
    except (StoreError, UsageError) as exc:
        print(f"mg-journal: {one_line(str(exc))}", file=sys.stderr)
        return 1
    except ValidationError as exc:
        print(f"mg-journal: {one_line(str(exc))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
