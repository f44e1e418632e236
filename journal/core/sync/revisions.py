"""Per-entry revisions: when, on which computer, and after which other changes a document changed.

Every document the journal keeps (an entry, a custom food, the profile) carries

    "rev": {"at": "2026-12-06T10:10:10.123456Z", "by": "laptop-3fa9c1", "v": {"laptop-3fa9c1": 3}}

`v` counts the changes each computer made to it (a version vector): a version
whose counts are all at least another's was made after seeing it, so the merge
takes it without calling it a conflict; two versions neither of which has seen
the other are a real conflict, decided by the later `at` (then `by`), and the
losing one is kept in sight. A deletion leaves a tombstone with a revision of
its own, so a copy still holding the entry cannot bring it back.

Documents written before revisions existed have none: they count as seen by every
revision. The writer (`stamp`) gives a revision only to documents that changed.
"""

from __future__ import annotations

import json
from typing import Any

Tables = dict[str, dict[str, dict[str, Any]]]
Doc = dict[str, Any]

REV = "rev"
META = "_meta"
DAYS = "days"  # complete-day marks: a union, never undone by a merge
DELETED = "deleted"  # tombstones: {"key", "table", "rev"}, and "moved_to" for a move
MOVED_TO = "moved_to"  # the day a moved entry went to: it lives on in that day's file
SET_ASIDE = "set_aside"  # losing versions: {"key", "table", "doc", "from"}
SPECIAL = frozenset({META, DAYS, DELETED, SET_ASIDE})
TOMBSTONE_DAYS = 180  # a copy older than this could bring a deleted entry back


# Tables whose documents have neither id nor name but fields that tell them apart: a past
# trial is the one that started that day under that plan (drawn once: its seed and day;
# dose and form may be amended), wherever a computer filed it. By place, two computers'
# first past trials would be one document, and one would lose.
IDENTIFIED_BY = {"past": ("start", "seal", "plan.seed", "plan.created")}


def key_of(table: str, doc_id: str, doc: Doc) -> str:
    """What identifies a document across computers: its id, else its name, else fields of
    its own (`IDENTIFIED_BY`), else its place."""
    if isinstance(doc.get("id"), str):
        return doc["id"]
    if isinstance(doc.get("name"), str):
        return f"{table}:{doc['name']}"
    fields = IDENTIFIED_BY.get(table)
    if fields is not None:
        found = [_field(doc, name) for name in fields]
        if found[0] is not None:
            return f"{table}:{canonical(found)}"
    return f"{table}#{doc_id}"


def _field(doc: Doc, dotted: str) -> Any:
    value: Any = doc
    for part in dotted.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def items(data: Tables) -> dict[str, tuple[str, Doc]]:
    """Every ordinary document by key, with its table; for a key found twice (a change of
    kind cut short), the later revision."""
    found: dict[str, tuple[str, Doc]] = {}
    for table, docs in data.items():
        if table in SPECIAL:
            continue
        for doc_id, doc in sorted(docs.items(), key=lambda kv: number(kv[0])):
            key = key_of(table, doc_id, doc)
            if key not in found or order(doc.get(REV)) > order(found[key][1].get(REV)):
                found[key] = (table, doc)
    return found


def tombstones(data: Tables) -> dict[str, Doc]:
    found: dict[str, Doc] = {}
    for doc in data.get(DELETED, {}).values():
        key = doc.get("key")
        if isinstance(key, str) and (key not in found or later(doc, found[key])):
            found[key] = doc
    return found


def number(doc_id: str) -> int:
    try:
        return int(doc_id)
    except ValueError:
        return 0


def vector(rev: Any) -> dict[str, int]:
    if isinstance(rev, dict) and isinstance(rev.get("v"), dict):
        return {str(k): int(n) for k, n in rev["v"].items() if isinstance(n, int)}
    return {}


def order(rev: Any) -> tuple[str, str]:
    """Later `at`, then `by`, wins; a document with no revision is oldest."""
    if isinstance(rev, dict):
        return (str(rev.get("at", "")), str(rev.get("by", "")))
    return ("", "")


def seen(newer: dict[str, int], older: dict[str, int]) -> bool:
    """Whether the version with counts `newer` was made after seeing `older`."""
    return all(newer.get(device, 0) >= n for device, n in older.items())


def joined(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    return {d: max(a.get(d, 0), b.get(d, 0)) for d in sorted(a.keys() | b.keys())}


def later(a: Doc, b: Doc) -> bool:
    """Whether `a` beats `b` when neither has seen the other (ties: the bytes decide)."""
    return (order(a.get(REV)), canonical(a)) > (order(b.get(REV)), canonical(b))


def canonical(doc: Any) -> str:
    return json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def content(doc: Doc) -> Doc:
    return {k: v for k, v in doc.items() if k != REV}


def next_rev(prior: Any, device: str, at: str) -> Doc:
    counts = vector(prior)
    counts[device] = counts.get(device, 0) + 1
    return {"at": at, "by": device, "v": dict(sorted(counts.items()))}


def stamp(old: Tables, new: Tables, device: str, at: str, compact_before: str = "") -> Tables:
    """`new` (about to replace `old`) with a fresh revision on each document that changed
    and a tombstone for each that went; tombstones older than `compact_before` dropped."""
    before, after = items(old), items(new)
    graves = tombstones(old) | tombstones(new)
    for key, (_, doc) in after.items():
        prior = before.get(key)
        grave = graves.pop(key, None)
        if prior is not None and content(prior[1]) == content(doc):
            if REV in prior[1]:
                doc[REV] = prior[1][REV]
            continue
        base = prior[1].get(REV) if prior is not None else grave and grave.get(REV)
        doc[REV] = next_rev(base, device, at)
    for key in before.keys() - after.keys():
        table, doc = before[key]
        graves[key] = {"key": key, "table": table, REV: next_rev(doc.get(REV), device, at)}
    kept = [g for k, g in sorted(graves.items()) if order(g.get(REV))[0] >= compact_before]
    result = {name: docs for name, docs in new.items() if name != DELETED}
    if kept:
        result[DELETED] = {str(n): g for n, g in enumerate(kept, 1)}
    return result
