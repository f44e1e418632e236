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
from journal.core.exchange.json_doc import build_document
from journal.core.person.profile import target
from journal.store.atomic import atomic_write_bytes
from journal.store.errors import StoreError
from journal.store.journal import Journal
from journal.store.known_files import CHECKS
from journal.store.paths import ensure_private_dir
from journal.store.profile import load_profile
from journal.store.storage import META_TABLE

FIRST, LAST = date(1900, 1, 1), date(9999, 12, 31)


def target_mg(journal: Journal) -> float:
    """The person's daily target: custom, else the RDA for their profile, else the default."""
    return float(target(load_profile(journal)).mg)


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
    return list(journal.days(start or FIRST, end or LAST))


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
    tables = export_tables(_days(journal, start, end), target_mg(journal))
    ensure_private_dir(folder, inside=False)
    for name, rows in tables.items():
        text = io.StringIO()
        csv.writer(text).writerows(rows)
        atomic_write_bytes(folder / f"{name}.csv", text.getvalue().encode("utf-8"))
    return folder


def export_json(journal: Journal, path: Path, start: date | None, end: date | None) -> Path:
    _refuse_existing(path)
    days = _days(journal, start, end)
    entries = [
        e
        for d in days
        for kind in ("foods", "supplements", "symptoms", "factors")
        for e in getattr(d, kind)
    ]
    document = build_document(
        entries,
        other_files(journal),
        clock.now(),
        start.isoformat() if start else None,
        end.isoformat() if end else None,
        [d.date for d in days if d.complete],
    )
    payload = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
    atomic_write_bytes(path, payload)
    return path


def write_report(path: Path, text: str) -> Path:
    """A report file, 0600 and atomic; an existing file is never overwritten."""
    _refuse_existing(path)
    atomic_write_bytes(path, text.encode("utf-8"))
    return path
