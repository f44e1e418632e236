"""Many entries at once: each day file written once, all files or none.

Imports and the demo add thousands of entries; `Journal.add` would rewrite a
day file per entry. Here the caller holds the lock, `plan_entries` builds
every touched file's new bytes in memory, and `write_all` writes them through
`transaction.replace_all`: if one write fails, or the process is killed, the
files already written are put back, so nothing is half done.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from journal.core import clock
from journal.core.entries.models import ENTRY_TYPES, Entry
from journal.core.sync.revisions import DELETED, REV, SET_ASIDE
from journal.store.backup import daily_backups
from journal.store.day_files import check_day_file
from journal.store.journal import DAYS_TABLE, Journal
from journal.store.revision import stamp_write
from journal.store.storage import META_TABLE, encode, read_file
from journal.store.transaction import replace_all


@dataclass
class Plan:
    files: dict[Path, bytes] = field(default_factory=dict)
    added: int = 0
    duplicates: int = 0
    removed: int = 0
    marked: int = 0  # days newly marked complete
    deleted_here: int = 0  # entries left out: deleted in this journal since
    set_aside: int = 0  # removed entries changed in the journal: kept in sight


Tables = dict[str, dict[str, Any]]


def _tables(path: Path) -> Tables:
    data = read_file(path) or {}
    data.pop(META_TABLE, None)
    return data


def entry_doc(entry: Entry) -> dict[str, Any]:
    """`entry.to_doc()`, which makes no deep copies (all fields are flat)."""
    return entry.to_doc()


def read_days(journal: Journal, days: Iterable[date]) -> dict[Path, Tables]:
    """The tables of these days' files ({} for a day without one), each read and checked
    once: a caller that looks at them first hands them to `plan_entries` (`read`)."""
    found = {}
    for day in sorted(set(days)):
        path = journal.day_path(day)
        found[path] = _tables(path)
        check_day_file(found[path], path)  # damaged: refused, left untouched
    return found


def existing_ids(
    journal: Journal, read: Mapping[Path, Tables] | None = None
) -> tuple[dict[str, Path], set[str]]:
    """Every entry id in the journal with the day file holding it, and the ids deleted;
    the files in `read` as read there, not again."""
    found: dict[str, Path] = {}
    buried: set[str] = set()
    read = read or {}
    for _, path in journal.day_files():
        tables = read[path] if path in read else _tables(path)
        for kind in ENTRY_TYPES:
            for doc in tables.get(kind, {}).values():
                if isinstance(doc.get("id"), str):
                    found[doc["id"]] = path
        buried.update(str(grave.get("key")) for grave in tables.get(DELETED, {}).values())
    return found, buried


def plan_entries(
    journal: Journal,
    entries: Iterable[Entry],
    remove_ids: Iterable[str] = (),
    complete: Iterable[date] = (),
    aside_from: str = "",
    by: str = "",
    read: Mapping[Path, Tables] | None = None,
) -> Plan:
    """New day files adding `entries` whose id is new, dropping `remove_ids` and
    marking the days in `complete` complete.

    An id deleted in the journal is not added again: a deletion holds, as in a merge
    of two computers' copies. A removed entry leaves a tombstone, so another copy
    cannot bring it back; one changed in the journal (its revision by another writer
    than `by`) is set aside, `aside_from` naming why, not lost. An id both removed and
    in `entries` is replaced. `by` names the writer of the changes in files that lose
    an entry (default: this computer). Call with `journal.lock` held, then pass
    `plan.files` to `write_all`. `read`: day files the caller read under this lock hold
    (`read_days`), used as read, so a day is read once.
    """
    plan = Plan()
    read = read or {}
    known, buried = existing_ids(journal, read)
    files: dict[Path, Tables] = {}
    before: dict[Path, Tables] = {}  # files losing an entry, as they were

    def tables(path: Path) -> Tables:
        if path not in files:  # a file to be rewritten: refused, untouched, if damaged
            if path in read:  # read and checked by the caller: its tables, as copies
                files[path] = {k: dict(t) for k, t in read[path].items()}
            else:
                files[path] = _tables(path)
                check_day_file(files[path], path)
        return files[path]

    next_ids: dict[tuple[Path, str], int] = {}
    paths: dict[date, Path] = {}
    doomed = set(remove_ids)
    for entry_id in doomed:
        path = known.pop(entry_id, None)
        if path is None:
            continue
        data = tables(path)
        before.setdefault(path, {k: dict(t) for k, t in data.items()})
        for kind in ENTRY_TYPES:
            table = data.get(kind, {})
            for doc_id in [k for k, doc in table.items() if doc.get("id") == entry_id]:
                doc = table.pop(doc_id)
                plan.removed += 1
                if REV in doc and not (by and doc[REV].get("by") == by):
                    aside = data.setdefault(SET_ASIDE, {})
                    record = {"key": entry_id, "table": kind, "doc": doc, "from": aside_from}
                    aside[str(max((int(k) for k in aside), default=0) + 1)] = record
                    plan.set_aside += 1
    for entry in entries:
        if entry.id in known:
            plan.duplicates += 1
            continue
        if entry.id in buried and entry.id not in doomed:
            plan.deleted_here += 1
            continue
        path = paths.get(entry.date) or paths.setdefault(entry.date, journal.day_path(entry.date))
        known[entry.id] = path
        table = tables(path).setdefault(entry.KIND, {})
        # TinyDB's document ids: the next integer after the largest one.
        if (path, entry.KIND) not in next_ids:
            next_ids[path, entry.KIND] = max((int(k) for k in table), default=0) + 1
        table[str(next_ids[path, entry.KIND])] = entry_doc(entry)
        next_ids[path, entry.KIND] += 1
        plan.added += 1
    for day in sorted(set(complete)):
        table = tables(journal.day_path(day)).setdefault(DAYS_TABLE, {})
        if any(doc.get("date") == day.isoformat() for doc in table.values()):
            continue
        table[str(max((int(k) for k in table), default=0) + 1)] = {
            "date": day.isoformat(),
            "complete": True,
        }
        plan.marked += 1
    # Tombstones and revisions where an entry went, as every write through the journal.
    plan.files = {
        path: encode(stamp_write(before[path], data, by) if path in before else data)
        for path, data in files.items()
    }
    return plan


def write_all(journal: Journal, files: Mapping[Path, bytes | None]) -> None:
    """Write every file (None: delete it), all or none, even if the process is killed."""
    today = clock.today()
    with journal.lock:
        # One batch of daily backups (not a copy, fsync and folder listing per file).
        backups = partial(daily_backups, root=journal.root, today=today)
        replace_all(journal.root, files, before_all=backups)


def add_entries(journal: Journal, entries: Iterable[Entry]) -> Plan:
    """Add entries not already in the journal (by id), each day file written once."""
    with journal.lock:
        plan = plan_entries(journal, entries)
        write_all(journal, plan.files)
    return plan
