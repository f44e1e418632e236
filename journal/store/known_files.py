"""The files a journal keeps beside its entries, each checked as its own reader would read it.

Restore and `import json` write files they did not make. Each must be a file
the app itself writes (by name: no other top-level name is accepted) and hold
what the app's own writers would have put there, so that nothing restored with
exit 0 breaks every command after it. Checked before anything is written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from journal.core.entries.kinds import CustomKind, check_new_kind
from journal.core.food.own_foods import cronometer_food_from_doc, food_from_doc, recipe_from_doc
from journal.core.person.profile import Profile
from journal.core.sync.revisions import DELETED, SET_ASIDE
from journal.core.validate import ValidationError
from journal.store.errors import DamagedFileError
from journal.store.layout import DOC_ID
from journal.store.storage import META_TABLE

Tables = dict[str, Any]
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
SYNC_TABLES = {DELETED, SET_ASIDE}
MALFORMED = (KeyError, TypeError, ValueError, AttributeError, ValidationError, ZeroDivisionError)


def _tables(data: Tables, path: Path, allowed: set[str]) -> None:
    for name, table in data.items():
        # The sync tables (tombstones, versions set aside) ride along in every file.
        if name != META_TABLE and name not in allowed and name not in SYNC_TABLES:
            raise DamagedFileError(path, f"it has a table {name[:40]!r} Mg Journal does not keep")
        if not isinstance(table, dict):
            raise DamagedFileError(path, f"its table {name[:40]!r} is not a table")
        check_doc_ids(table, path)


def check_doc_ids(table: dict[str, Any], path: Path) -> None:
    """Document ids are the small numbers TinyDB gives (the bulk writers add one to the max)."""
    for key in table:
        if not DOC_ID.fullmatch(key):
            raise DamagedFileError(path, f"{key[:40]!r} is not a document number")


def _no_control(value: object, path: Path) -> None:
    """No text anywhere holds a control character: every writer refuses them."""
    if isinstance(value, str):
        if _CONTROL.search(value):
            raise DamagedFileError(path, f"{value[:40]!r} holds control characters")
    elif isinstance(value, dict):
        for key, item in value.items():
            _no_control(key, path)
            _no_control(item, path)
    elif isinstance(value, list):
        for item in value:
            _no_control(item, path)


def check_profile(data: Tables, path: Path) -> None:
    _tables(data, path, {"profile"})
    for doc_id, doc in data.get("profile", {}).items():
        try:
            if doc_id != "1":
                raise ValueError(f"a second profile ({doc_id[:20]!r})")
            written = Profile.from_doc(doc).to_doc()  # fields it does not know are ignored
            flags = ("pregnant", "lactating", "onboarded")  # the model keeps any value there
            if any(not isinstance(doc.get(k, False), bool) for k in flags) or any(
                written[k] != doc[k] for k in doc if k in written
            ):
                raise ValueError("a field is not as Mg Journal writes it")
        except MALFORMED as exc:
            raise DamagedFileError(path, f"the profile is malformed: {exc}") from None


def check_kinds(data: Tables, path: Path) -> None:
    _tables(data, path, {"symptom_kinds"})
    kinds: list[CustomKind] = []
    for _, doc in sorted(data.get("symptom_kinds", {}).items(), key=lambda kv: int(kv[0])):
        try:
            kind = CustomKind(doc["name"], doc.get("key"))
            check_new_kind(kind, kinds, set())
        except MALFORMED as exc:
            raise DamagedFileError(path, f"a kind is malformed: {exc}") from None
        kinds.append(kind)


def check_custom_foods(data: Tables, path: Path) -> None:
    readers: dict[str, Callable[[dict[str, Any]], object]] = {
        "foods": food_from_doc,
        "recipes": recipe_from_doc,
        "cronometer": cronometer_food_from_doc,
    }
    _tables(data, path, set(readers))
    for table, read in readers.items():
        for doc_id, doc in data.get(table, {}).items():
            try:
                read(doc)
                if not isinstance(doc.get("id"), str) or len(doc["id"]) > 300:
                    raise ValueError("its id is not a short text")
            except MALFORMED as exc:
                raise DamagedFileError(path, f"{table} {doc_id} is malformed: {exc}") from None


def check_trial(data: Tables, path: Path) -> None:
    """The personal trial's plan, seal and amendments, as store.trial reads them."""
    from journal.store import trial

    _tables(data, path, {trial.TABLE, trial.PAST})
    trial.check_file(data, path)


CHECKS: dict[str, Callable[[Tables, Path], None]] = {
    "profile.json": check_profile,
    "kinds.json": check_kinds,
    "custom_foods.json": check_custom_foods,
    "trial.json": check_trial,
}


def check_known_file(name: str, data: Tables, path: Path) -> None:
    """Refuse (DamagedFileError) a file the app does not keep, or one its reader would refuse."""
    check = CHECKS.get(name)
    if check is None:
        raise DamagedFileError(path, "it is not a file Mg Journal keeps")
    _no_control(data, path)
    check(data, path)
