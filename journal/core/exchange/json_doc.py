"""Our own JSON export: one versioned document that `import json` restores exactly.

    {"format": "mg-journal-export", "version": 1, "exported_at": "...",
     "from": "YYYY-MM-DD" | null, "to": ... | null,
     "files": {"profile.json": {table: {doc_id: doc}}, "custom_foods.json": ...},
     "entries": {"foods": [doc, ...], "supplements": [...], ...},
     "complete_days": ["YYYY-MM-DD", ...]}

Entry docs are exactly the store's (`to_doc()`), ids included, so a round trip
and a re-import never duplicate. `files` holds the journal's other files
(profile, kinds, own foods, recipes) table by table. `complete_days` lists
the days the person marked complete (optional: older exports lack it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from journal.core import clock
from journal.core import validate as v
from journal.core.entries.models import ENTRY_TYPES, Entry, entry_from_doc
from journal.core.validate import ValidationError

FORMAT = "mg-journal-export"
VERSION = 1


def build_document(
    entries: list[Entry],
    files: dict[str, dict[str, Any]],
    exported_at: datetime,
    start: str | None = None,
    end: str | None = None,
    complete_days: list[date] | None = None,
) -> dict[str, Any]:
    grouped: dict[str, list[dict[str, Any]]] = {kind: [] for kind in ENTRY_TYPES}
    for entry in entries:
        grouped[entry.KIND].append(entry.to_doc())
    return document_of(grouped, files, exported_at, start, end, complete_days)


def document_of(
    grouped: dict[str, list[dict[str, Any]]],
    files: dict[str, dict[str, Any]],
    exported_at: datetime,
    start: str | None = None,
    end: str | None = None,
    complete_days: list[date] | None = None,
) -> dict[str, Any]:
    """The document from entry docs already in `to_doc()` form, by kind (the store's own)."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": exported_at.isoformat(timespec="seconds"),
        "from": start,
        "to": end,
        "files": files,
        "entries": grouped,
        "complete_days": [d.isoformat() for d in sorted(complete_days or [])],
    }


class NotAnExportError(ValueError):
    """The document is not ours, or from a newer version; the message says which."""


@dataclass
class ParsedDocument:
    entries: list[Entry] = field(default_factory=list)
    files: dict[str, dict[str, Any]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)  # "entries.foods[3]: grams: ..."
    complete_days: set[date] = field(default_factory=set)


def _valid_file_name(name: object) -> bool:
    return (
        isinstance(name, str)
        and name.endswith(".json")
        and "/" not in name
        and "\\" not in name
        and not name.startswith(".")
    )


def parse_document(data: object) -> ParsedDocument:
    """Check the document's shape and every entry; bad entries are listed, not fatal."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise NotAnExportError("it is not an Mg Journal JSON export")
    version = data.get("version")
    if version is None:
        raise NotAnExportError("it has no format version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        shown = repr(version)[:40]  # as written in the file, never obeyed
        raise NotAnExportError(f"its format version {shown} is not a whole number from 1")
    if version > VERSION:
        raise NotAnExportError(
            f"it was written by a newer Mg Journal (format {version}; this one reads up to "
            f"{VERSION}); upgrade mg-journal to import it"
        )
    files, entries = data.get("files", {}), data.get("entries", {})
    if not isinstance(files, dict) or not isinstance(entries, dict):
        raise NotAnExportError("its 'files' or 'entries' part is not an object")
    parsed = ParsedDocument()
    for name, tables in files.items():
        shaped = isinstance(tables, dict) and all(
            isinstance(t, dict) and all(isinstance(d, dict) for d in t.values())
            for t in tables.values()
        )
        if not _valid_file_name(name) or not shaped:
            parsed.problems.append(f"files.{name[:60]!r}: not a journal file's tables; skipped")
            continue
        parsed.files[name] = tables
    for kind, docs in entries.items():
        if kind not in ENTRY_TYPES or not isinstance(docs, list):
            parsed.problems.append(f"entries.{kind[:60]!r}: not an entry kind; skipped")
            continue
        for index, doc in enumerate(docs):
            try:
                if not isinstance(doc, dict) or not isinstance(doc.get("id"), str):
                    raise ValueError("not an entry with an id")
                entry = entry_from_doc(kind, doc)
                if entry.date > clock.today():  # as a typed date: what happened, only
                    raise ValueError(f"dated {entry.date.isoformat()}, after today")
                if entry.date < v.EARLIEST_DATE:  # no command could show or export it
                    raise ValueError(f"dated {entry.date.isoformat()}, before 1900")
                parsed.entries.append(entry)
            except (KeyError, TypeError, ValueError, ValidationError) as exc:
                parsed.problems.append(f"entries.{kind}[{index}]: {exc}; skipped")
    marked = data.get("complete_days", [])
    for index, text in enumerate(marked if isinstance(marked, list) else [marked]):
        try:
            parsed.complete_days.add(v.parse_date(text, "day"))
        except (TypeError, ValueError, ValidationError):
            parsed.problems.append(f"complete_days[{index}]: not a date up to today; skipped")
    return parsed
