"""`mg-journal export`: the journal as CSV tables (a folder) or one JSON document."""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path
from typing import Any

from journal.core.validate import ValidationError, after_to, range_date
from journal.shell.fit import say


def register(commands: Any) -> None:
    cmd = commands.add_parser(
        "export",
        help="write the journal as CSV tables or one JSON document",
        description="CSV: a folder with foods.csv, supplements.csv, symptoms.csv, factors.csv "
        "and daily.csv. JSON: one document that `mg-journal import json` restores exactly.",
    )
    cmd.add_argument("--format", choices=("csv", "json"), default="csv", help="default: csv")
    cmd.add_argument(
        "--from", dest="start", metavar="DAY", help="first day: YYYY-MM-DD, yesterday, -30 or mon"
    )
    cmd.add_argument("--to", dest="end", metavar="DAY", help="last day, as --from")
    cmd.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help="folder (csv) or file (json); default mg-journal-export-DATE[.json] here",
    )
    cmd.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from journal.store.export import default_name, export_csv, export_json
    from journal.store.journal import Journal

    # `is not None`: an empty --from "$START" is refused, not read as the whole journal.
    start = range_date(args.start, "--from") if args.start is not None else None
    end = range_date(args.end, "--to", last=True) if args.end is not None else None
    if start and end and start > end:
        raise ValidationError("--from", f"{after_to(start, end)}. Nothing was written.")
    # One pass that makes tens of thousands of acyclic dicts and frees them at exit: the
    # cyclic collector would only walk them again and again (~15 ms at ten years).
    gc.disable()
    if args.output is not None and args.output.strip() == "-":
        say(
            "mg-journal: export writes files, not standard output: give a file name (json) "
            "or a folder (csv) with -o; nothing was written",
            file=sys.stderr,
        )
        return 2
    if args.output is not None and not args.output.strip():  # as report: "" is no name
        what = "file name" if args.format == "json" else "folder"
        raise ValidationError("output", f"give a {what}, e.g. -o {default_name(args.format)}")
    journal = Journal.open(args.data_dir, create=False)
    target = Path(args.output) if args.output is not None else default_name(args.format)
    write = export_csv if args.format == "csv" else export_json
    written = write(journal, target.expanduser().absolute(), start, end)
    from journal.store.crypt import recipient

    # An export is for reading elsewhere: plain text even from an encrypted journal.
    said = " (not encrypted, though the journal is)" if recipient(journal.root) else ""
    say(f"Exported to {written}{said}")
    return 0
