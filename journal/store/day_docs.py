"""Every entry's stored doc, day by day, for the exports: no entry objects on the way.

An export is the store's docs written out again (json_doc's `to_doc()` format). A
day file whose present bytes were validated (see storage.checked; the summary scan
marks every unchanged file) gives its docs as stored; any other is validated in
full first, and a damaged one is refused as reading it always was. A doc that is
not exactly `to_doc()`'s shape (an older file's) goes through its entry instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any

from journal.core.entries.models import ENTRY_TYPES, entry_from_doc
from journal.store.day_files import parse_day_file
from journal.store.journal import Journal
from journal.store.layout import DAYS_TABLE
from journal.store.storage import checked, read_stamped

KEYS = {kind: frozenset(f.name for f in fields(cls)) for kind, cls in ENTRY_TYPES.items()}


@dataclass
class DayDocs:
    docs: dict[str, list[dict[str, Any]]] = field(
        default_factory=lambda: {kind: [] for kind in ENTRY_TYPES}
    )
    per_day: dict[str, list[int]] = field(default_factory=lambda: {k: [] for k in ENTRY_TYPES})
    complete: list[date] = field(default_factory=list)
    days: int = 0  # days with entries or marked complete


def _by_time(doc: dict[str, Any]) -> tuple[str, str]:
    return doc["time"], doc["id"]  # HH:MM sorts as times do: Day.sort's order


def day_docs(journal: Journal, start: date, end: date) -> DayDocs:
    """The docs of every entry from `start` to `end`, each day's in Day.sort's order;
    an entry seen in an earlier file is skipped, as `Journal.read_days` does."""
    out = DayDocs()
    seen: set[str] = set()
    for day, path in journal.day_files(start, end):
        data, stamp = read_stamped(path)
        if data is None or stamp is None:
            continue
        if checked.get(path) != stamp:
            parse_day_file(data, path)  # raises DamagedFileError for a malformed entry
            checked[path] = stamp
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
                docs.sort(key=_by_time)
                out.docs[kind] += docs
                out.per_day[kind].append(len(docs))
                any_entry = True
        if data.get(DAYS_TABLE):
            out.complete.append(day)
        if any_entry or data.get(DAYS_TABLE):
            out.days += 1
    return out
