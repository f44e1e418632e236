"""What `sync status` and `doctor` say about two computers sharing the journal folder."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from journal.core.entries.entry_text import entry_sentence
from journal.core.entries.models import ENTRY_TYPES, entry_from_doc
from journal.core.sync.revisions import SET_ASIDE, items, order
from journal.core.trial.trial import Trial
from journal.core.validate import ValidationError
from journal.store.archive import journal_files
from journal.store.conflicts import KEPT_IN, LOG, Copy, find_copies, why_not_merged
from journal.store.crypt import plain
from journal.store.errors import StoreError
from journal.store.import_trial import trial_words
from journal.store.journal import Journal
from journal.store.kinds import TABLE as KINDS
from journal.store.own_foods import FOODS
from journal.store.profile import TABLE as PROFILE
from journal.store.storage import read_file
from journal.store.trial import PAST
from journal.store.trial import TABLE as TRIAL


@dataclass(frozen=True)
class Waiting:
    copy: Copy
    problem: str  # "" when the copy reads cleanly and will be merged at the next open


def waiting_copies(root: Path) -> list[Waiting]:
    """Conflict copies not merged yet, each with why it cannot be, if it cannot."""
    return [Waiting(copy, why_not_merged(copy)) for copy in find_copies(root)]


def merge_log(root: Path) -> list[dict[str, Any]]:
    path = root / KEPT_IN / LOG
    try:  # written sealed in an encrypted journal, as every file of it
        log = json.loads(plain(path.read_bytes(), path))
    except (OSError, ValueError, StoreError):
        return []
    return [e for e in log if isinstance(e, dict)] if isinstance(log, list) else []


def set_aside(journal: Journal) -> list[tuple[str, dict[str, Any]]]:
    """(file, record) for every losing version kept in sight, oldest file first."""
    found = []
    for path in journal_files(journal):
        try:
            data = read_file(path) or {}
        except StoreError:
            continue  # doctor reports damaged files on their own
        for record in data.get(SET_ASIDE, {}).values():
            found.append((str(path.relative_to(journal.root)), record))
    return found


def last_changed(journal: Journal) -> dict[str, tuple[str, str]]:
    """Each file's newest revision: (computer, UTC time); files never stamped are left out."""
    found = {}
    for path in journal_files(journal):
        try:
            data = read_file(path) or {}
        except StoreError:
            continue
        revs = [doc.get("rev") for _, doc in items(data).values()]
        newest = max((order(r) for r in revs if r), default=None)
        if newest is not None:
            found[str(path.relative_to(journal.root))] = (newest[1], newest[0])
    return found


def describe(record: dict[str, Any]) -> str:
    doc = record.get("doc", {})
    table = record.get("table", "?")
    what = doc.get("name") or doc.get("kind") or ("" if table == "profile" else record.get("key"))
    when = " ".join(str(doc[k]) for k in ("date", "time") if k in doc)
    shown = _entry_words(table, doc)  # the figures, so two versions can be told apart
    if shown is None:
        shown = _doc_words(table, doc)
    if shown is not None:
        table, what, when = "", shown, ""
    rev = doc.get("rev") or {}
    at = str(rev.get("at", "?"))
    at = f"{at[:10]} {at[11:16]} UTC" if len(at) >= 16 else at  # to the minute, as status
    made = f", changed on {rev['by']} at {at}" if "by" in rev else ""
    return f"{table} {what} {when}".strip() + f" (from {record.get('from')}{made})"


def _entry_words(table: str, doc: dict[str, Any]) -> str | None:
    """'[1a2b3c4d] food Almonds, 1 oz · 76 mg on 2026-11-25 at 08:00', or None."""
    if table not in ENTRY_TYPES:
        return None
    try:
        entry = entry_from_doc(table, {k: v for k, v in doc.items() if k != "rev"})
    except (ValidationError, TypeError, ValueError, KeyError):
        return None  # shown by its name, as any other document
    return entry_sentence(entry)


_PROFILE_SHOWN = ("sex", "birth_year", "pregnant", "lactating", "custom_target_mg", "my_symptom")


def _doc_words(table: str, doc: dict[str, Any]) -> str | None:
    """A trial, profile or own food in the words that tell two versions apart, or None."""
    try:
        if table in (TRIAL, PAST):
            words = trial_words(Trial.from_doc(doc))
            return f"{'past trial' if table == PAST else 'trial'} {words}"
        if table == PROFILE:
            said = [k for k in _PROFILE_SHOWN if doc.get(k) not in (None, False, "unspecified")]
            shown = [f"{k.replace('_', ' ')} {doc[k]}" for k in said]
            return "profile: " + (", ".join(shown) or "as at first")
        if table == KINDS:
            key = f", key {doc['key']}" if doc.get("key") else ""
            return f"symptom kind {doc['name']!r}{key}"
        if table == FOODS and doc.get("mg_per_100g") is not None:
            return f"own food {doc['name']!r}, {float(doc['mg_per_100g']):g} mg per 100 g"
    except (KeyError, TypeError, ValueError, AttributeError, ValidationError):
        return None
    return None
