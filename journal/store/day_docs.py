"""Every entry's stored doc, day by day, for the exports: no entry objects on the way.

An export is the store's docs written out again (json_doc's `to_doc()` format). A
day file whose present bytes were validated (see storage.checked; the summary scan
marks every unchanged file) gives its docs as stored; any other is validated in
full first, and a damaged one is refused as reading it always was. A doc that is
not exactly `to_doc()`'s shape (an older file's) goes through its entry instead.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from datetime import date
from operator import itemgetter
from pathlib import Path
from typing import Any

from journal.core.entries.models import ENTRY_TYPES, entry_from_doc
from journal.store.day_files import parse_day_file
from journal.store.journal import Journal
from journal.store.layout import DAYS_TABLE
from journal.store.storage import checked, decode, read_raw

_BY_TIME = itemgetter("time", "id")
KEYS = {kind: frozenset(f.name for f in fields(cls)) for kind, cls in ENTRY_TYPES.items()}


@dataclass
class DayDocs:
    docs: dict[str, list[dict[str, Any]]] = field(
        default_factory=lambda: {kind: [] for kind in ENTRY_TYPES}
    )
    per_day: dict[str, list[int]] = field(default_factory=lambda: {k: [] for k in ENTRY_TYPES})
    complete: list[date] = field(default_factory=list)
    days: int = 0  # days with entries or marked complete


def day_docs(journal: Journal, start: date, end: date) -> DayDocs:
    """The docs of every entry from `start` to `end`, each day's in Day.sort's order;
    an entry seen in an earlier file is skipped, as `Journal.read_days` does."""
    out = DayDocs()
    seen: set[str] = set()
    # Names and str paths, not Path objects: at ten years, building and hashing a Path
    # per file was a tenth of an export.
    folder = os.path.join(journal.entries_dir, "")
    for name in journal.day_names(start, end):
        where = folder + name
        found = read_raw(where)
        if found is None:  # removed since the listing
            continue
        raw, stamp = found
        data = decode(raw, where)
        if checked.get(where) != stamp:
            parse_day_file(data, Path(where))  # raises DamagedFileError for a bad entry
            checked[where] = stamp
        _add_day(out, seen, data, name)
    return out


def _add_day(out: DayDocs, seen: set[str], data: dict[str, Any], name: str) -> None:
    any_entry = False
    for kind in ENTRY_TYPES:
        table = data.get(kind)
        if not table:
            continue
        keys = KEYS[kind]
        docs = []
        for doc in table.values():
            if doc.keys() != keys:
                doc = entry_from_doc(kind, doc).to_doc()
            if doc["id"] not in seen:
                seen.add(doc["id"])
                docs.append(doc)
        if docs:
            docs.sort(key=_BY_TIME)  # HH:MM sorts as times do: Day.sort's order
            out.docs[kind] += docs
            out.per_day[kind].append(len(docs))
            any_entry = True
    if data.get(DAYS_TABLE):
        out.complete.append(date.fromisoformat(name[:10]))
    if any_entry or data.get(DAYS_TABLE):
        out.days += 1
