"""`mg-journal demo`: open the app on a generated journal, never on the person's own.

The command builds the folder; `cli` opens the app on it (the shell never loads the TUI).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

from journal.core.demo.journal import DEFAULT_SEED
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
    cmd.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed")
    # Also accepted after the command name; only an explicit folder is ever written.
    cmd.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="build it here")
    cmd.add_argument(
        "--no-open", action="store_true", help="only build the journal and print its folder"
    )
    cmd.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int | OpenApp:
    from journal.store.demo import build_demo_journal

    if args.days < 1 or args.days > 36_500:
        print("mg-journal: --days must be from 1 to 36500", file=sys.stderr)
        return 2
    # Only an explicit --data-dir is used: $MG_JOURNAL_DIR is the person's own journal.
    temporary = args.data_dir is None
    root = Path(tempfile.mkdtemp(prefix="mg-journal-demo-")) if temporary else Path(args.data_dir)
    journal = build_demo_journal(root, args.days, args.seed)
    if args.no_open:
        print(journal.root)
        return 0
    return OpenApp(journal.root, remove_after=temporary)
