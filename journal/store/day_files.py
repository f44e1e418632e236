"""Day files read: parsed and checked, or trusted where their bytes were checked before.

Every reader of a day file (the journal, edits, summaries, exports, doctor, merges)
goes through these, so a damaged or foreign file is refused the same way everywhere.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from journal.core.entries.day import Day
from journal.core.entries.models import ENTRY_TYPES, entry_from_doc, trusted_entry
from journal.core.validate import ValidationError
from journal.store.errors import DamagedFileError
from journal.store.layout import DAY_FILE, DAYS_TABLE, DOC_ID
from journal.store.storage import checked, read_stamped


def parse_entries(data: dict[str, Any], path: Path) -> dict[date, Day]:
    """The days in one entries file's tables; any malformed entry makes the file refused."""
    days: dict[date, Day] = {}
    seen: set[str] = set()
    for kind in ENTRY_TYPES:
        for doc_id, doc in data.get(kind, {}).items():
            if not DOC_ID.fullmatch(doc_id):  # TinyDB would fail on it at the next write
                raise DamagedFileError(path, f"{doc_id[:40]!r} in {kind} is not a document number")
            if not isinstance(doc, dict) or not isinstance(doc.get("id"), str):
                # An entry without its id would get a new one at every read: edit and
                # delete could never find it, and each export would carry it anew.
                raise DamagedFileError(path, f"entry {doc_id} in {kind} has no id")
            try:
                entry = entry_from_doc(kind, doc)
            except (KeyError, TypeError, ValueError, ValidationError) as exc:
                why = f"entry {doc_id} in {kind} is malformed: {exc}"
                raise DamagedFileError(path, why) from None
            if entry.id in seen:  # a change of kind cut short by a kill
                continue
            seen.add(entry.id)
            days.setdefault(entry.date, Day(entry.date)).add(entry)
    for doc_id, doc in data.get(DAYS_TABLE, {}).items():
        try:
            marked = date.fromisoformat(doc["date"])
            if doc["complete"] is not True:
                raise ValueError("complete is not true")
        except (KeyError, TypeError, ValueError) as exc:
            raise DamagedFileError(path, f"day {doc_id} is malformed: {exc}") from None
        days.setdefault(marked, Day(marked)).complete = True
    for day in days.values():
        day.sort()
    return days


def check_entries(data: dict[str, Any], path: Path) -> None:
    parse_entries(data, path)


def parse_day_file(data: dict[str, Any], path: Path) -> Day:
    """The one day a day file holds; an entry dated otherwise makes the file refused."""
    match = DAY_FILE.match(path.name)
    if match is None:
        raise DamagedFileError(path, "its name is not a date (YYYY-MM-DD.json)")
    try:
        wanted = date.fromisoformat(match[1])
    except ValueError:
        raise DamagedFileError(path, "its name is not a date (YYYY-MM-DD.json)") from None
    days = parse_entries(data, path)
    for other in days.keys() - {wanted}:
        raise DamagedFileError(path, f"it holds an entry dated {other}, not {wanted}")
    return days.get(wanted, Day(wanted))


def check_day_file(data: dict[str, Any], path: Path) -> None:
    parse_day_file(data, path)


def trusted_day(data: dict[str, Any], path: Path) -> Day:
    """`parse_day_file` for a file whose entries were validated at these very bytes:
    the shape and version were checked by `decode`, the fields are not checked again."""
    day = Day(date.fromisoformat(path.name[:10]))
    seen: set[str] = set()
    for kind in ENTRY_TYPES:
        table = data.get(kind)
        if not table:
            continue
        entries = getattr(day, kind)
        for doc in table.values():
            entry = trusted_entry(kind, doc, day.date)
            if entry.id not in seen:  # a change of kind cut short by a kill
                seen.add(entry.id)
                entries.append(entry)
    if data.get(DAYS_TABLE):
        day.complete = True
    day.sort()
    return day


def read_day_file(path: Path) -> Day:
    """The day in `path` (empty if there is none), its entries validated in full only
    when these bytes were not validated before in this process (see storage.checked)."""
    data, stamp = read_stamped(path)
    if data is None or stamp is None:
        return parse_day_file({}, path)
    if checked.get(str(path)) == stamp:
        return trusted_day(data, path)
    day = parse_day_file(data, path)
    checked[str(path)] = stamp
    return day
