"""Changing or removing a saved entry: each one atomic step, read and written under the lock.

An edit, a move to another day, a delete and an undo each re-read the entry
inside the journal's lock (so a change another copy of the app made a moment
ago is built on, never overwritten), then write every touched day file as one
change: a single atomic rename when one file changes, and a journaled
`transaction.replace_all` when a move touches two (a kill between the two
renames is undone at the next open). Nothing is removed in one write and
added in another, so no kill can lose an entry.

Entry points, one per change (sync may extend them): `delete_entry`,
`replace_entry` (an edit; a date change moves the entry), `update_entry` (an
edit computed from the entry as it is now), `move_entry`, `put_back_entry`
(undo of a delete).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from journal.core import clock
from journal.core.entries.models import ENTRY_TYPES, Entry, entry_from_doc
from journal.core.sync.revisions import DELETED, MOVED_TO
from journal.store.atomic import atomic_write_bytes
from journal.store.backup import daily_backup
from journal.store.crypt import AGE_HEADER
from journal.store.day_files import parse_day_file
from journal.store.errors import StoreError
from journal.store.journal import Journal
from journal.store.revision import stamp_write
from journal.store.storage import META_TABLE, encode, read_file
from journal.store.transaction import replace_all

Tables = dict[str, dict[str, dict[str, Any]]]


class EntryGoneError(StoreError):
    def __init__(self, entry: Entry) -> None:
        super().__init__(
            f"That {entry.KIND.rstrip('s')} of {entry.date.isoformat()} is no longer in the "
            "journal (another copy of Mg Journal deleted it); nothing was changed."
        )


class ChangedElsewhereError(StoreError):
    """An undo found the entry changed since this copy's step: another copy of Mg Journal
    (the shell, or a sync merge) built on it, and an undo never takes back their change."""

    def __init__(self, entry: Entry) -> None:
        super().__init__(
            f"That {entry.KIND.rstrip('s')} of {entry.date.isoformat()} was changed since by "
            "another copy of Mg Journal or a sync; it was left as it is now."
        )


class _Files:
    """The day files one change reads and writes, each read once under the lock."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        self.tables: dict[Path, Tables] = {}
        self.on_disk: dict[Path, Tables] = {}  # as read, for the revisions the write stamps
        self.changed: list[Path] = []  # in write order: an entry's new place first
        self.moved: dict[Path, dict[str, str]] = {}  # file left -> {entry id: day it went to}

    def of(self, path: Path) -> Tables:
        if path not in self.tables:
            data = read_file(path) or {}
            parse_day_file(data, path)  # a malformed day is refused, never rewritten
            self.on_disk[path] = data
            self.tables[path] = {k: dict(t) for k, t in data.items() if k != META_TABLE}
        return self.tables[path]

    def find(self, path: Path, entry_id: str) -> list[tuple[str, str, Entry]]:
        """(table, doc id, entry) of every copy of `entry_id` in the file at `path`."""
        found = []
        for kind, docs in self.of(path).items():
            if kind in ENTRY_TYPES:
                for doc_id, doc in docs.items():
                    if doc.get("id") == entry_id:
                        found.append((kind, doc_id, entry_from_doc(kind, doc)))
        return found

    def touch(self, path: Path) -> None:
        if path not in self.changed:
            self.changed.append(path)

    def write(self) -> None:
        root, today = self.journal.root, clock.today()
        # Each changed entry gets a new revision and each one gone a tombstone, as every
        # write through Journal.file does: what a merge of two computers' copies decides by.
        files = {
            path: encode(
                _marked(
                    stamp_write(self.on_disk[path], self.tables[path]), self.moved.get(path, {})
                )
            )
            for path in self.changed
        }
        if len(files) == 1:
            [(path, payload)] = files.items()
            daily_backup(path, root, today)
            atomic_write_bytes(path, payload)
        elif files:
            replace_all(root, files, lambda path: daily_backup(path, root, today))


def _marked(tables: Tables, moved: dict[str, str]) -> Tables:
    """A moved entry's tombstone says where it went: a merge with a copy that changed it
    meanwhile then sets that change aside instead of keeping the entry on both days."""
    for grave in tables.get(DELETED, {}).values():
        if grave.get("key") in moved:
            grave[MOVED_TO] = moved[grave["key"]]
    return tables


def _holding(files: _Files, entry: Entry, everywhere: bool) -> list[Path]:
    """The day files holding the entry's id, newest first.

    The entry's own day is read first, and is enough unless `everywhere` (reading
    every day costs ~0.3 s in a ten-year journal): another copy's move sends the
    search on to every day, and `everywhere` also finds a copy left twice by an
    older version's cut-short move (doctor names them), so a change leaves one.
    """
    if not everywhere:
        path = files.journal.day_path(entry.date)
        if files.find(path, entry.id):
            return [path]
    needle = entry.id.encode()
    entry_id = entry.id
    found = []
    for _, path in reversed(files.journal.day_files()):
        try:
            raw = path.read_bytes()  # a byte search first: only candidates are parsed
        except FileNotFoundError:
            continue
        # An encrypted day hides the id from a byte search: such a day is read whole.
        if (needle in raw or raw.startswith(AGE_HEADER)) and files.find(path, entry_id):
            found.append(path)
    return found


def _drop(files: _Files, path: Path, entry_id: str) -> None:
    for kind, doc_id, _ in files.find(path, entry_id):
        del files.of(path)[kind][doc_id]
        files.touch(path)


def _insert(files: _Files, entry: Entry, doc_id: str | None = None) -> None:
    path = files.journal.day_path(entry.date)
    table = files.of(path).setdefault(entry.KIND, {})
    if doc_id is None or doc_id in table:
        doc_id = str(max((int(k) for k in table), default=0) + 1)  # TinyDB's next id
    table[doc_id] = entry.to_doc()
    files.touch(path)


def delete_entry(
    journal: Journal, entry: Entry, everywhere: bool = False, *, unchanged: bool = False
) -> Entry | None:
    """Remove the entry with this id (with `everywhere`, every copy of it); the entry
    removed, or None if it was not there. `unchanged` (an undo of an add): only if it is
    still as `entry` says, else ChangedElsewhereError."""
    with journal.lock:
        files = _Files(journal)
        paths = _holding(files, entry, everywhere)
        if not paths:
            return None
        removed = files.find(paths[-1], entry.id)[0][2]
        if unchanged and removed != entry:
            raise ChangedElsewhereError(entry)
        for path in paths:
            _drop(files, path, entry.id)
        files.write()
    return removed


def update_entry(
    journal: Journal, entry: Entry, change: Callable[[Entry], Entry], everywhere: bool = False
) -> tuple[Entry, Entry]:
    """Apply `change` to the entry with `entry`'s id as it is now; (before, after).

    `change` runs under the lock on the freshly read entry, so concurrent edits of
    different fields both land. A new date moves the entry in the same atomic step.
    Raises EntryGoneError when the entry was deleted meanwhile. `everywhere`: see
    `_holding`.
    """
    with journal.lock:
        files = _Files(journal)
        paths = _holding(files, entry, everywhere)
        if not paths:
            raise EntryGoneError(entry)
        # The copy readers show: the oldest day's (Journal.read_days keeps the first seen).
        kind, doc_id, current = files.find(paths[-1], entry.id)[0]
        new = change(current)
        if new.id != current.id:
            raise ValueError("an edited entry keeps its id")
        new_path = journal.day_path(new.date)
        if new_path not in paths:
            _insert(files, new)  # the new place is written first
            for path in paths:
                files.moved.setdefault(path, {})[new.id] = new.date.isoformat()
        for path in paths:
            _drop(files, path, entry.id)
        if new_path in paths:
            _insert(files, new, doc_id if new_path == paths[-1] and kind == new.KIND else None)
        files.write()
    return current, new


def changed_fields(old: Entry, new: Entry) -> dict[str, Any]:
    """The fields `new` changes from `old` (both of one type)."""
    return {
        f.name: getattr(new, f.name)
        for f in dataclasses.fields(new)
        if getattr(new, f.name) != getattr(old, f.name)
    }


def replace_entry(journal: Journal, old: Entry, new: Entry, *, unchanged: bool = False) -> Entry:
    """Change the entry as `old` -> `new` says; a new date moves it; the entry saved.

    Only the fields that differ between `old` and `new` are applied to the entry
    as it is now: another copy's change to another field is kept. `unchanged` (an
    undo of an edit): those fields must still be as `old` has them, else
    ChangedElsewhereError (another copy changed them since, and keeps its change).
    """
    if old.id != new.id:
        raise ValueError("an edited entry keeps its id")

    def merged(current: Entry) -> Entry:
        if unchanged and (
            type(current) is not type(old)
            or any(getattr(current, f) != getattr(old, f) for f in changed_fields(old, new))
        ):
            raise ChangedElsewhereError(old)
        if type(current) is not type(new) or type(old) is not type(new):
            return new
        return dataclasses.replace(current, **changed_fields(old, new))

    return update_entry(journal, old, merged)[1]


def move_entry(journal: Journal, entry: Entry, day: date) -> Entry:
    """Move the entry to `day`, keeping its id and everything else."""
    return update_entry(journal, entry, lambda current: dataclasses.replace(current, date=day))[1]


def put_back_entry(journal: Journal, entry: Entry) -> bool:
    """Store a deleted entry again (undo of a delete); False if its id is already stored."""
    with journal.lock:
        files = _Files(journal)
        # Its own day only: a deleted entry comes back by no other way than this undo.
        if files.find(journal.day_path(entry.date), entry.id):
            return False
        _insert(files, entry)
        files.write()
    return True
