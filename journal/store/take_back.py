"""A version set aside by a merge or an import, taken back into use.

A merge keeps the later of two changes and sets the other aside in sight
(`mg-journal sync status`); when the person wants the one set aside, it becomes
the entry again, in one atomic step under the lock, and the version it replaces
is set aside in turn: nothing is lost either way.
"""

from __future__ import annotations

from typing import Any

from journal.core import clock
from journal.core.entries.entry_text import entry_sentence
from journal.core.entries.models import ENTRY_TYPES, Entry, entry_from_doc
from journal.core.sync.revisions import REV, SET_ASIDE
from journal.core.validate import ValidationError
from journal.store.edits import _drop, _Files, _holding, _insert
from journal.store.errors import StoreError
from journal.store.journal import Journal
from journal.store.sync_status import describe, set_aside
from journal.store.take_doc import forget_set_aside, take_document


def take_version(journal: Journal, number: int) -> tuple[str, str]:
    """Put version `number` of `sync status`'s list back in use, whatever it is a version
    of; (the version now in use, the one set aside in its place or ""), in words."""
    with journal.lock:
        name, record = _numbered(journal, number)
        if name.startswith("entries/"):  # own foods' table is "foods" too: the file says
            entry, before = take_back(journal, number)
            return entry_sentence(entry), entry_sentence(before) if before else ""
        replaced = take_document(journal, name, number, record)
        return describe(record), describe(replaced) if replaced else ""


def _numbered(journal: Journal, number: int) -> tuple[str, dict[str, Any]]:
    found = set_aside(journal)
    if not 1 <= number <= len(found):
        listed = f"1 to {len(found)}" if found else "none"
        raise StoreError(
            f"There is no version {number} set aside (listed: {listed}); "
            "`mg-journal sync status` numbers them."
        )
    return found[number - 1]


def take_back(journal: Journal, number: int) -> tuple[Entry, Entry | None]:
    """Put entry version `number` of `sync status`'s list back in use; (it, the version it
    replaced, now set aside, or None when the entry was not in the journal)."""
    with journal.lock:
        name, record = _numbered(journal, number)
        table, doc = record.get("table"), record.get("doc")
        if table not in ENTRY_TYPES or not isinstance(doc, dict):
            raise StoreError(
                f"Version {number} is not an entry ({table}): nothing was changed; set it "
                "again by hand from what `mg-journal sync status` shows."
            )
        try:
            entry = entry_from_doc(table, {k: v for k, v in doc.items() if k != REV})
        except (ValidationError, TypeError, ValueError, KeyError) as exc:
            raise StoreError(f"Version {number} cannot be read as an entry ({exc}).") from None
        files = _Files(journal)
        forget_set_aside(files.of(journal.root / name), record)
        files.touch(journal.root / name)
        replaced = None
        paths = _holding(files, entry, everywhere=True)
        if paths:
            kind, _, replaced = files.find(paths[-1], entry.id)[0]
            now = next(d for d in files.of(paths[-1])[kind].values() if d.get("id") == entry.id)
            for path in paths:
                _drop(files, path, entry.id)
            why = f"the version in use until version {number} was taken back on {clock.today()}"
            _keep(
                files.of(journal.day_path(entry.date)),
                {"key": entry.id, "table": kind, "doc": now, "from": why},
            )
        _insert(files, entry)
        files.write()
    return entry, replaced


def _keep(tables: dict[str, Any], record: dict[str, Any]) -> None:
    aside = tables.setdefault(SET_ASIDE, {})
    aside[str(max((int(k) for k in aside), default=0) + 1)] = record
