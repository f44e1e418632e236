"""The `mg-journal` command: no arguments opens the app; subcommands work from the shell.

Subcommands live in `journal.shell`, one module per command, and never import
Textual, so logging a cramp from the shell starts as fast as Python allows.
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (mypy reads the name)

# Only what is loaded already at start: the journal's modules come inside `main`, where a
# ctrl-C while they load ends quietly (at the top of this file it printed a traceback).
if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence
    from pathlib import Path

    from journal.shell.open_app import OpenApp

ENV_NOW = "MG_JOURNAL_NOW"  # pin the clock (ISO date-time) for demos, screenshots and tests


def one_line(message: str) -> str:
    """Control characters from what was typed (a newline, an escape) shown as \\n, \\x1b.

    Messages quote the refused value; raw, a newline splits the one line and an
    escape sequence would be obeyed by the terminal.
    """
    import re

    control = re.compile("[\x00-\x1f\x7f-\x9f]")
    return control.sub(lambda m: m.group().encode("unicode_escape").decode(), message)


# The words the store's sentences open with (the app shows them as sentences): after
# "mg-journal: " they go lower case, as the shell's other refusals are written. A list,
# as only where a message is written is it known whether "Documents" opens a sentence or
# names a folder; tests/unit/shell/test_refusal_openers.py reads it off every refusal.
_SENTENCE_OPENERS = ("A", "Another", "Cannot", "That", "The", "There", "This", "Version")


def house_style(message: str) -> str:
    """`message` as the shell's refusals read after "mg-journal: ": "there is no journal
    in ...", not "There is ..."; a path or a value quoted first is left as it is."""
    first, _, rest = message.partition(" ")
    if rest and first in _SENTENCE_OPENERS:
        return f"{first.lower()} {rest}"
    return message


def _complain(message: str) -> None:
    """`message` on stderr as one line, "mg-journal: " first; wrapped at the width of the
    terminal stderr is, if it is one, as the output on stdout is (piped: whole)."""
    from journal.shell.fit import say

    say(f"mg-journal: {one_line(house_style(message))}", file=sys.stderr)


def _warn(text: str) -> None:
    """The store's warnings (a journal folder others could change) as the shell's other
    messages: wrapped at the terminal's width."""
    _complain(f"warning: {text}.")


class UsageError(Exception):
    """A command line that cannot be carried out; the message says what to type instead."""


def _pin_clock_from_env() -> None:
    from datetime import datetime

    from journal.core import clock

    value = os.environ.get(ENV_NOW)
    if value:
        try:
            clock.set_now(datetime.fromisoformat(value))
        except ValueError:
            raise UsageError(
                f"{ENV_NOW}={value!r} is not a date-time like 2026-11-25T09:30"
            ) from None


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser (with `only`, of that command alone); every shell command's module is
    imported to register it."""
    from journal.shell.parser import build_parser

    return build_parser(only)


def _terminal() -> bool:
    from journal.shell.open_app import terminal

    return terminal()


def _open_app(data_dir: str | Path | None, remove_after: bool = False) -> int:
    """The app, loaded only now: the shell's commands never pay for Textual."""
    try:
        if not _terminal():
            # Piped or run by a script, the full-screen app would write its escape codes
            # into a file and wait for keys that never come.
            _complain(
                "the app needs a terminal (input or output is not one); "
                "the shell commands work anywhere: see mg-journal --help"
            )
            return 2
        from journal.tui import collector

        # From here (or from `main`, on a line that only opens the app), not from the
        # app's start: importing Textual and ours makes objects that live as long as the
        # app, and the collector walked them some 80 times.
        collector.hold()
        try:
            from journal.tui.app import run_app

            return run_app(data_dir)
        finally:
            collector.release()  # only if the app never drew (a refused journal)
    finally:
        if remove_after and data_dir is not None:
            import shutil

            shutil.rmtree(data_dir, ignore_errors=True)


def _app_only(argv: Sequence[str]) -> list[str | None] | None:
    """[data dir] when the line only opens the app (`mg-journal`, `mg-journal --data-dir
    DIR`), else None. Such a line needs no parser: building it imports every shell
    command, some 25 ms of the app's start."""
    if not argv:
        return [None]
    if len(argv) == 2 and argv[0] == "--data-dir" and argv[1].strip() and argv[1][0] != "-":
        return [argv[1]]
    return None


def _not_utf8(argv: Sequence[str]) -> str | None:
    """The first argument that is not UTF-8 text (Python keeps its bytes as surrogates)."""
    for arg in argv:
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            return arg.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return None


def _quiet_stdout() -> None:
    """The reader of our output went away (`mg-journal list | head -1`): stop writing,
    and let nothing complain at exit about the closed pipe."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def main(argv: Sequence[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    opens_app = _app_only(args) is not None
    if opens_app:
        from journal.tui import collector

        collector.hold()  # from the first import on (see `_open_app`)
    try:
        return _main(args)
    except KeyboardInterrupt:  # ctrl-C, at any point: no traceback
        if sys.stderr.isatty():
            # The terminal has echoed "^C" where the cursor was, perhaps after a
            # question: the shell's prompt comes on a line of its own.
            print(file=sys.stderr)
        return 130
    finally:
        if opens_app:
            collector.release()  # only if the app never drew (refused, or no terminal)


def _main(argv: list[str]) -> int:
    from journal.core.validate import NotFound, ValidationError
    from journal.store.errors import StoreError

    bad = _not_utf8(argv)
    if bad is not None:
        _complain(
            f"the argument '{bad}' is not UTF-8 text; "
            "type it again in a UTF-8 terminal. Nothing was changed."
        )
        return 2
    app_only = _app_only(argv)
    if app_only is None:
        import argparse

        from journal.shell import BY_NAME
        from journal.shell.help_word import WORD, help_as_option
        from journal.shell.open_app import OpenApp
        from journal.shell.suggest import (
            command_at,
            data_dir_first,
            mistyped_command,
            refuse_unrecognized,
        )

        argv = data_dir_first(help_as_option(argv))
        at = command_at(argv)
        word = None if at is None else argv[at]
        if at is not None and argv[at] not in BY_NAME and argv[at].lower() in BY_NAME:
            # "EAT" is eat, as typed on a phone; the word where the command is, not a
            # folder of that name before it (--data-dir EAT eat)
            argv[at] = word = argv[at].lower()
        parser = build_parser(word if word in BY_NAME else None)
        from journal.shell import parser as parsing

        parsing.TYPED[:] = argv  # the options its refusals name, as typed
        names = [
            n
            for a in parser._actions
            if isinstance(a, argparse._SubParsersAction)
            for n in a.choices
        ]
        mistyped = mistyped_command(argv, names if word in names else [*BY_NAME, WORD])
        if mistyped is not None:
            _complain(mistyped)
            return 2
        args, extra = parser.parse_known_args(argv)
        if extra:
            refuse_unrecognized(parser, args, extra)
        if args.data_dir is not None and not args.data_dir.strip():
            from journal.store.paths import resolve_data_dir

            try:
                resolve_data_dir(args.data_dir)  # refuses it, in its words
            except StoreError as exc:  # a mistake in the line, not in the journal's files
                _complain(str(exc))
                return 2
    try:
        from journal.store import notice

        notice.warn = _warn
        _pin_clock_from_env()
        if app_only is not None:
            return _open_app(app_only[0])
        if args.command is None:
            return _open_app(args.data_dir)
        result: int | OpenApp = args.handler(args)
        if isinstance(result, OpenApp):
            return _open_app(result.data_dir, result.remove_after)
        return result
    except (StoreError, UsageError, NotFound) as exc:
        _complain(str(exc))
        return 1
    except ValidationError as exc:
        _complain(str(exc))
        return 2
    except EOFError:  # ctrl-D at a question (which food, a passphrase): no traceback
        if sys.stdin.isatty():
            print(file=sys.stderr)  # the prompt's line ends, as after ctrl-C
        _complain("no answer (the input ended); nothing was changed.")
        return 1
    except BrokenPipeError:
        _quiet_stdout()
        return 141  # as a tool killed by SIGPIPE
    except OSError as exc:  # a path the system refuses (a name too long, a loop of links)
        where = f"{exc.filename}: " if exc.filename else ""
        why = exc.strerror or str(exc)
        _complain(f"{where}{why}; check the name and try again.")
        return 1
