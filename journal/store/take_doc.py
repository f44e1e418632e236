"""A version of a profile, trial, own food or kind set aside by a merge, taken back into use.

As with entries (`take_back`): the document with the version's key becomes that version,
in one atomic write under the lock, and the version it replaces is set aside in its
place, so nothing is lost either way. The taken version's revision is made after both,
so a sync with a copy still holding either keeps it.

What is not taken, with one line saying what to do instead:
- another trial in place of one begun (a trial begun is never replaced, as on import);
- an own food, recipe or Cronometer food whose figures differ from the version in use:
  entries logged from it would point to a food with another magnesium.
"""

from __future__ import annotations

from typing import Any

from journal.core import clock
from journal.core.sync.merge import records_joined
from journal.core.sync.own_names import figures, one_name_each
from journal.core.sync.revisions import (
    DELETED,
    REV,
    SET_ASIDE,
    items,
    joined,
    key_of,
    next_rev,
    tombstones,
    vector,
)
from journal.core.validate import MAX_NAME
from journal.store.atomic import atomic_write_bytes
from journal.store.backup import daily_backup
from journal.store.device import device_name
from journal.store.errors import StoreError
from journal.store.journal import Journal
from journal.store.known_files import check_known_file
from journal.store.own_foods import CRONOMETER, FOODS, RECIPES
from journal.store.storage import META_TABLE, encode, read_file
from journal.store.trial import TABLE as TRIAL

FOOD_TABLES = (FOODS, RECIPES, CRONOMETER)


def take_document(
    journal: Journal, name: str, number: int, record: dict[str, Any]
) -> dict[str, Any] | None:
    """Put `record` (version `number` of `sync status`, kept in the file `name`) back in
    use; the record of the version it replaced, now set aside, or None. Lock held."""
    path = journal.root / name
    tables = {k: dict(t) for k, t in (read_file(path) or {}).items() if k != META_TABLE}
    check_known_file(name, tables, path)  # damaged: refused, left as it is
    table, doc = str(record.get("table")), record.get("doc")
    if not isinstance(doc, dict):
        raise StoreError(f"Version {number} holds no document; nothing was changed.")
    # The document's own key where it has one (a record from an older version may name
    # a past trial by its place); else the place the record names ("trial#1").
    key = key_of(table, "#", doc)
    if key.endswith("##"):
        key = str(record.get("key"))
    now = items(tables).get(key)
    current = now[1] if now is not None and now[0] == table else None
    _refuse_unsafe(number, table, doc, current)
    forget_set_aside(tables, record)
    docs = tables.setdefault(table, {})
    grave = tombstones(tables).get(key)  # deleted since: taken back after the deletion
    seen = joined(vector(doc.get(REV)), vector((current or grave or {}).get(REV)))
    taken = {**doc, REV: next_rev({"v": seen}, device_name(), clock.utc_stamp())}
    if current is not None:  # the same trial at another stage: no dose record lost
        taken = records_joined(table, taken, current)
    if grave is not None:
        graves = tables[DELETED]
        tables[DELETED] = {k: g for k, g in graves.items() if g.get("key") != key}
        if not tables[DELETED]:
            del tables[DELETED]
    replaced = None
    if current is None:
        docs[str(max((int(k) for k in docs), default=0) + 1)] = taken
    else:
        doc_id = next(i for i, d in docs.items() if key_of(table, i, d) == key)
        docs[doc_id] = taken
        why = f"the version in use until version {number} was taken back on {clock.today()}"
        replaced = {"key": key, "table": table, "doc": current, "from": why}
        aside = tables.setdefault(SET_ASIDE, {})
        aside[str(max((int(k) for k in aside), default=0) + 1)] = replaced
    if table in FOOD_TABLES:  # taken back under a name another food now has: both kept
        tables = one_name_each(tables, (FOODS, RECIPES), MAX_NAME).tables
    check_known_file(name, tables, path)
    daily_backup(path, journal.root, clock.today())
    atomic_write_bytes(path, encode(tables))
    return replaced


def _refuse_unsafe(
    number: int, table: str, doc: dict[str, Any], current: dict[str, Any] | None
) -> None:
    if table == TRIAL and current is not None:
        _refuse_other_trial(number, doc, current)
    if table in FOOD_TABLES and current is not None and figures(doc) != figures(current):
        raise StoreError(
            f"Version {number} ({doc.get('name')!r}) has other figures than the food in use, "
            "which entries point to: nothing was changed; make it as a new own food in the "
            "app instead (its figures are in `mg-journal sync status`)."
        )


def _refuse_other_trial(number: int, doc: dict[str, Any], current: dict[str, Any]) -> None:
    from journal.core.trial.trial import Trial
    from journal.store.import_trial import trial_words

    try:
        theirs, ours = Trial.from_doc(doc), Trial.from_doc(current)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise StoreError(f"Version {number} cannot be read as a trial ({exc}).") from None
    if ours.locked and not ours.same_trial(theirs):
        raise StoreError(
            f"Version {number} is another trial ({trial_words(theirs)}) and yours has begun "
            f"({trial_words(ours)}): a trial begun is never replaced; nothing was changed. "
            "Stop it (`mg-journal trial stop`), then plan the other with `mg-journal trial plan`."
        )


def forget_set_aside(tables: dict[str, Any], record: dict[str, Any]) -> None:
    """`record` gone from the versions set aside (once), and the table with it when empty."""
    aside = tables.get(SET_ASIDE, {})
    for doc_id in [k for k, r in aside.items() if r == record][:1]:
        del aside[doc_id]
    if not aside:
        tables.pop(SET_ASIDE, None)
