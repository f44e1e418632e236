"""Write the journal out: a folder of CSV tables, or one JSON document.

Both are written 0600 through atomic writes (folders 0700): they are health
data. Neither overwrites an existing file: a second export the same day needs
its own name (-o).
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

from journal.core import clock
from journal.core.entries.day import Day
from journal.core.exchange.csv_rows import export_tables
from journal.core.exchange.json_doc import document_of
from journal.core.person.day_targets import DayTargets
from journal.store.atomic import atomic_write_bytes
from journal.store.day_docs import day_docs
from journal.store.errors import StoreError
from journal.store.journal import Journal
from journal.store.known_files import CHECKS
from journal.store.paths import ensure_private_dir
from journal.store.profile import load_profile
from journal.store.storage import META_TABLE
from journal.store.summaries import DaySummaries

FIRST, LAST = date(1900, 1, 1), date(9999, 12, 31)


def other_files(journal: Journal) -> dict[str, dict[str, Any]]:
    """The journal's files beside the entries (profile, kinds, own foods...), as tables."""
    files = {}
    for path in sorted(journal.root.glob("*.json")):
        if path.name not in CHECKS:  # the pending-write journal, a stray file: not ours
            continue
        tables = journal.read_file(path.name)
        tables.pop(META_TABLE, None)
        files[path.name] = tables
    return files


def _days(journal: Journal, start: date | None, end: date | None) -> list[Day]:
    _trust_validated(journal, start, end)
    return list(journal.days(start or FIRST, end or LAST))


def _trust_validated(journal: Journal, start: date | None, end: date | None) -> None:
    """Scan the range's day files into the summary cache (validating the changed ones)
    and mark them validated at their present bytes: the read that follows checks no
    field again. A damaged day outside the range stays unread, as before."""
    summaries = DaySummaries.open(journal)
    summaries.scan(start or FIRST, end or LAST)
    summaries.mark_validated(start or FIRST)


# Between two days' entries in one encoded list: a JSON string no entry can hold as a
# list item of its own (an unescaped quote only ever bounds a string).
_DAY_BREAK = "\x00next day\x00"


def encode_document(document: dict[str, Any], per_line: dict[str, list[int]]) -> bytes:
    """The export as JSON by the C encoder (`indent` would have json fall back to its
    pure-Python encoder, 3x slower), one line per day and kind: readable, and it diffs
    well. `per_line[kind]` counts the entries of each line, in order. Each kind is one
    encoder call (one a day cost ~60 ms at ten years): the days are marked in the list
    and the marks replaced by line breaks."""
    encoder = json.JSONEncoder(ensure_ascii=False)
    encode = encoder.encode
    mark = ", " + encode(_DAY_BREAK) + ", "
    # Pieces joined once at the end: at ten years the text is ~8 MB, and each `+`,
    # f-string or join of the whole was one more copy of it.
    out = ["{\n"]
    for i, (key, value) in enumerate(document.items()):
        out += [",\n" if i else "", encode(key), ": "]
        if key != "entries":
            out.append(encode(value))
            continue
        out.append("{\n")
        for j, (kind, docs) in enumerate(value.items()):
            marked: list[Any] = []
            at = 0
            for count in per_line.get(kind, ()):
                if marked:
                    marked.append(_DAY_BREAK)
                marked += docs[at : at + count]
                at += count
            body = encode(marked)[1:-1].replace(mark, ",\n") if marked else ""
            out += [",\n" if j else "", encode(kind), ": [\n", body, "\n]"]
        out.append("\n}")
    out.append("\n}\n")
    return "".join(out).encode("utf-8")


def _refuse_existing(path: Path) -> None:
    if path.exists() and not (path.is_dir() and not any(path.iterdir())):
        raise StoreError(
            f"{path} already exists; nothing was written. Choose another name with -o."
        )
    if not path.parent.is_dir():
        raise StoreError(f"{path.parent} is not a folder; nothing was written.")


def default_name(kind: str) -> Path:
    stem = f"mg-journal-export-{clock.today().isoformat()}"
    return Path(f"{stem}.json" if kind == "json" else stem)


def export_csv(journal: Journal, folder: Path, start: date | None, end: date | None) -> Path:
    _refuse_existing(folder)
    day_targets = DayTargets(load_profile(journal))
    tables = export_tables(_days(journal, start, end), day_targets.mg)
    ensure_private_dir(folder, inside=False)
    for name, rows in tables.items():
        text = io.StringIO()
        csv.writer(text).writerows(rows)
        atomic_write_bytes(folder / f"{name}.csv", text.getvalue().encode("utf-8"))
    return folder


def export_json(journal: Journal, path: Path, start: date | None, end: date | None) -> Path:
    _refuse_existing(path)
    _trust_validated(journal, start, end)
    found = day_docs(journal, start or FIRST, end or LAST)
    document = document_of(
        found.docs,
        other_files(journal),
        clock.now(),
        start.isoformat() if start else None,
        end.isoformat() if end else None,
        found.complete,
    )
    atomic_write_bytes(path, encode_document(document, found.per_day))
    return path


def write_report(path: Path, text: str) -> Path:
    """A report file, 0600 and atomic; an existing file is never overwritten."""
    _refuse_existing(path)
    atomic_write_bytes(path, text.encode("utf-8"))
    return path
