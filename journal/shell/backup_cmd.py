"""`mg-journal backup [-o FILE]`: the whole journal in one zip archive."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from journal.shell.fit import say


def register(commands: Any) -> None:
    cmd = commands.add_parser("backup", help="write the whole journal to one archive (zip)")
    cmd.add_argument(
        "-o", "--output", metavar="FILE", help="default: mg-journal-backup-DATE.zip in this folder"
    )
    cmd.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from journal.core import clock
    from journal.store.archive import write_backup
    from journal.store.journal import Journal

    default = f"mg-journal-backup-{clock.today().isoformat()}.zip"
    if args.output is not None and not args.output.strip():  # as report: "" is no name
        from journal.core.validate import ValidationError

        raise ValidationError("output", f"give a file name, e.g. -o {default}")
    journal = Journal.open(args.data_dir, create=False)
    path = Path(default if args.output is None else args.output).expanduser().absolute()
    from journal.store.crypt import recipient

    sealed = recipient(journal.root) is not None
    said = (
        "its files encrypted with age (readable with this journal's key)"
        if sealed
        else "not encrypted"
    )
    say(f"Backed up to {write_backup(journal, path)} ({said})")
    return 0
