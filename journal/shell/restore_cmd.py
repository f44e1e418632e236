"""`mg-journal restore FILE`: replace the journal with a backup, after checking all of it."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from journal.shell.fit import say


def register(commands: Any) -> None:
    cmd = commands.add_parser(
        "restore",
        help="replace the journal with a backup archive (the one it replaces is kept in backups/)",
    )
    cmd.add_argument("file", metavar="FILE", help="an archive from `mg-journal backup`")
    cmd.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from journal.shell.existing_journal import existing_journal
    from journal.store.archive import read_archive, restore
    from journal.store.inputs import read_input_bytes
    from journal.store.journal import Journal

    path = Path(args.file).expanduser()
    raw = read_input_bytes(path)
    journal = existing_journal(args.data_dir)
    if journal is None:
        read_archive(raw, path)  # checked before a new journal is made: a bad one makes none
    kept = restore(journal or Journal.open(args.data_dir), raw, path)
    replaced = "" if kept is None else f" The journal it replaced is kept in {kept}"
    say(f"Restored from {path}.{replaced}")
    return 0
