"""`mg-journal done [--date D] [--undo]`: mark a day complete ("I logged everything I ate").

    mg-journal done                    today is complete
    mg-journal done --date 2026-11-20  a past day
    mg-journal done --undo             not complete after all

The dashboard and `report` can then rest on complete days only, where a low
total means a low day rather than a day half logged.
"""

from __future__ import annotations

import argparse
from typing import Any

from journal.core.dates import parse_day
from journal.shell.fit import say


def register(commands: Any) -> None:
    cmd = commands.add_parser(
        "done",
        help="mark a day complete: everything eaten that day is logged",
        description="Mark a day complete (default: today), or not complete with --undo.",
    )
    cmd.add_argument(
        "--date", "-d", metavar="DAY", help="YYYY-MM-DD, yesterday, -2 or mon (default: today)"
    )
    cmd.add_argument("--undo", action="store_true", help="mark the day not complete")
    cmd.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from journal.core import clock
    from journal.store.journal import Journal

    day = parse_day(args.date, clock.today()) if args.date is not None else clock.today()
    # Undoing needs a journal to undo in: a mistyped path is refused, not made.
    journal = Journal.open(args.data_dir, create=not args.undo)
    changed = journal.set_complete(day, not args.undo)
    state = "not complete" if args.undo else "complete"
    say(f"{day.isoformat()} is {'now' if changed else 'already'} {state}.")
    return 0
