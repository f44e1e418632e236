"""The symptom kinds a person added ("restless legs", "palpitations"), kept in kinds.json."""

from __future__ import annotations

from typing import Any

from journal.core.entries.kinds import CustomKind, check_new_kind
from journal.core.validate import ValidationError
from journal.store.errors import DamagedFileError
from journal.store.journal import Journal

FILE = "kinds.json"
TABLE = "symptom_kinds"


def load_kinds(journal: Journal) -> list[CustomKind]:
    """The added kinds in the order they were added."""
    docs = journal.read_file(FILE).get(TABLE, {})
    try:
        ordered = sorted(docs.items(), key=lambda item: int(item[0]))
        return [_kind(doc) for _, doc in ordered]
    except (KeyError, TypeError, ValueError, ValidationError) as exc:
        raise DamagedFileError(journal.root / FILE, f"a kind is malformed: {exc}") from None


def _kind(doc: dict[str, Any]) -> CustomKind:
    return CustomKind(doc["name"], doc.get("key"))


def add_kind(journal: Journal, kind: CustomKind, taken_keys: set[str]) -> CustomKind:
    """Store a new kind; refused (ValidationError) if the name or key is already in use.

    The check runs inside the lock on a fresh read, so two copies of the app
    adding kinds at once cannot both take the same name or key.
    """
    with journal.file(FILE) as db:
        table = db.table(TABLE, cache_size=0)
        existing = [_kind(doc) for doc in table.all()]
        check_new_kind(kind, existing, taken_keys)
        table.insert({"name": kind.name, "key": kind.key})
    return kind
