"""`mg-journal demo`: open the app on a generated journal, never on the person's own.

The command builds the folder; `cli` opens the app on it (the shell never loads the TUI).
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import sys
from pathlib import Path
from typing import Any

from journal.shell import open_app
from journal.shell.fit import say
from journal.shell.open_app import OpenApp


def register(commands: Any) -> None:
    cmd = commands.add_parser(
        "demo",
        help="open the app on a generated demo journal (in a temporary folder)",
        description="Generate a realistic journal and open the app on it. Without --data-dir "
        "it lives in a temporary folder that is removed when the app closes; your own "
        "journal is never touched.",
    )
    cmd.add_argument("--days", type=int, default=120, help="days of records (default 120)")
    # The default seed is the generator's own, read when the command runs: importing the
    # generator here would cost every shell command ~20 ms of start.
    cmd.add_argument("--seed", type=int, help="random seed (default: the demo's own)")
    # Also accepted after the command name; only an explicit folder is ever written.
    cmd.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="build it here")
    cmd.add_argument(
        "--no-open", action="store_true", help="only build the journal and print its folder"
    )
    cmd.set_defaults(handler=run)


def _remove_on_signals(root: Path) -> None:
    """Closing the terminal (SIGHUP) or a kill (SIGTERM) removes the folder too."""

    def remove_and_go(signum: int, _frame: object) -> None:
        shutil.rmtree(root, ignore_errors=True)
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)  # then end as the signal would have

    for signum in (signal.SIGHUP, signal.SIGTERM):
        signal.signal(signum, remove_and_go)


def run(args: argparse.Namespace) -> int | OpenApp:
    from journal.store.demo import (
        build_demo_journal,
        remove_stale_demo_folders,
        temporary_demo_folder,
    )

    if args.days < 1 or args.days > 36_500:
        say("mg-journal: --days must be from 1 to 36500", file=sys.stderr)
        return 2
    if not args.no_open and not open_app.terminal():
        # Said before the build, not after it: piped, the demo was made (and kept, in a
        # named folder) only for the app to be refused.
        say(
            "mg-journal: the app needs a terminal (input or output is not one); "
            "mg-journal demo --no-open builds the demo journal and prints its folder. "
            "Nothing was made.",
            file=sys.stderr,
        )
        return 2
    # Only an explicit --data-dir is used: $MG_JOURNAL_DIR is the person's own journal.
    temporary = args.data_dir is None
    if temporary and not args.no_open:
        remove_stale_demo_folders()
    root = temporary_demo_folder(kept=args.no_open) if temporary else Path(args.data_dir)
    if temporary and not args.no_open:
        _remove_on_signals(root)
    if args.seed is None:
        from journal.core.demo.journal import DEFAULT_SEED

        args.seed = DEFAULT_SEED
    journal = build_demo_journal(root, args.days, args.seed)
    if args.no_open:
        print(journal.root)
        return 0
    return OpenApp(journal.root, remove_after=temporary)
