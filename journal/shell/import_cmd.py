"""`mg-journal import json|cronometer FILE`: bring records in, all or nothing, never twice."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from journal.shell.fit import say
from journal.shell.progress import progress_bar

LARGE = 5_000  # rows; smaller files finish before a bar would be seen
# How the tables of a CSV export (export's default) start: for spreadsheets, never read
# back. Entries' tables, then daily.csv (a Cronometer summary may be named daily.csv too).
CSV_EXPORT = ("id,date,time,", "date,magnesium_food_mg,")


def register(commands: Any) -> None:
    cmd = commands.add_parser(
        "import",
        help="import an Mg Journal JSON export or a Cronometer CSV export",
        description="json: a file from `mg-journal export --format json`. cronometer: "
        "Cronometer's servings export or daily nutrition summary (CSV). Importing the same "
        "file again adds nothing; malformed rows are listed and skipped. A CSV export "
        "(for spreadsheets) is not read back: move a journal with a JSON export or a backup.",
    )
    # Named in capitals as FILE is: "required: source, FILE" named a word shown nowhere.
    cmd.add_argument(
        "source",
        choices=("json", "cronometer"),
        metavar="KIND",
        help="json or cronometer: what FILE is",
    )
    cmd.add_argument("file", metavar="FILE", help="the file to import")
    cmd.add_argument(
        "--take-trial",
        action="store_true",
        help="json: the export's trial in place of this journal's plan not yet started "
        "(without it, the journal's own trial is kept)",
    )
    cmd.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from journal.store.importer import describe
    from journal.store.inputs import InputFileError, read_input_text

    path = Path(args.file).expanduser()
    # Export's default is CSV: its folder was met with "give the file inside it", and a
    # table of it with "not valid JSON" or "no Cronometer header".
    daily = path / "daily.csv"
    if path.is_dir() and daily.is_file() and read_input_text(daily).startswith(CSV_EXPORT):
        text = read_input_text(daily)
    else:
        text = read_input_text(path)  # a folder of anything else is refused as one
    if text.startswith(CSV_EXPORT):
        raise InputFileError(
            f"{path} is from a CSV export (for spreadsheets), which import cannot read "
            "back: to move a journal, export with --format json (or use backup and "
            "restore). Nothing was written."
        )
    try:
        summary = _import_json(args, text) if args.source == "json" else _import_cron(args, text)
    except ValueError as exc:  # not our format / no Cronometer header
        raise InputFileError(f"{path}: {exc}; nothing was written.") from None
    for line in describe(summary):
        say(line)
    return 0


def _import_json(args: argparse.Namespace, text: str) -> Any:
    from journal.core.exchange.json_doc import parse_document
    from journal.store.importer import import_document
    from journal.store.journal import Journal

    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON at line {exc.lineno}") from None
    except RecursionError:
        raise ValueError("it is nested too deeply to be an Mg Journal export") from None
    parsed = parse_document(data)
    if parsed.problems and not (parsed.entries or parsed.files or parsed.complete_days):
        # Refused as a Cronometer file none of whose rows is read: it made a new journal
        # to import nothing into, and said so with exit 0.
        n, first = len(parsed.problems), parsed.problems[0].removesuffix("; skipped")
        said = "its one part could not" if n == 1 else f"none of its {n} parts could"
        raise ValueError(f"{said} be read ({first})")
    return import_document(Journal.open(args.data_dir), parsed, args.take_trial)


def _import_cron(args: argparse.Namespace, text: str) -> Any:
    from journal.core.exchange.cronometer import parse_cronometer
    from journal.store.cronometer_import import import_cronometer
    from journal.store.journal import Journal

    bar = progress_bar("Reading") if text.count("\n") > LARGE else None
    parsed = parse_cronometer(text, bar)
    if parsed.problems and len(parsed.problems) == parsed.rows:
        line, why = parsed.problems[0]
        raise ValueError(f"none of its {parsed.rows} rows could be read (line {line}: {why})")
    return import_cronometer(Journal.open(args.data_dir), parsed)
