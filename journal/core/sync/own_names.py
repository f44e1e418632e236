"""Own foods (and recipes) named alike after a merge of two computers' copies: each name once.

Each computer checks a new food's name against its own list only, so two computers can
each make "Granola bar" before they sync, under two ids, and the merge by id keeps both.
Two alike rows in the search leave the person guessing which one they log, so after the
merge, of the documents of one table sharing a name (any case), the first made stays, and
- one with the same figures is marked `same_as` it: left out of search and lists but kept
  on disk, so entries logged from it still point to a food with their figures;
- one with other figures is renamed "<name> (from <computer>)": both show, neither is
  lost, no entry is pointed to a food with another magnesium, and the merge says so.

Pure and deterministic, as the merge: both computers merging the same copy write the same
file. A changed document's revision counts one change by `BY` on top of both versions, so
it reads as made after seeing both and meets neither as a conflict.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from journal.core.sync.revisions import REV, Doc, Tables, canonical, joined, order, vector

SAME_AS = "same_as"  # the id of the visible food a hidden one is the same as
BY = "a sync merge"  # the writer named in the revisions made here (not a computer)
_NOT_FIGURES = frozenset({"id", "name", REV, SAME_AS})


@dataclass(frozen=True, slots=True)
class Named:
    tables: Tables
    joined: tuple[str, ...] = ()  # names kept once: the others had the same figures
    renamed: tuple[tuple[str, str], ...] = ()  # (name, new name): other figures


def figures(doc: Doc) -> Doc:
    """What a food is, apart from its id and name: two alike are one food."""
    return {k: v for k, v in doc.items() if k not in _NOT_FIGURES}


def name_key(doc: Any) -> str:
    """The name a visible document is found by, '' for a hidden or malformed one."""
    if not isinstance(doc, dict) or SAME_AS in doc or not isinstance(doc.get("id"), str):
        return ""
    name = doc.get("name")
    return name.strip().casefold() if isinstance(name, str) else ""


def one_name_each(tables: Tables, names: tuple[str, ...], max_name: int) -> Named:
    """`tables` with each name once in each of the tables `names` (see the module)."""
    out = dict(tables)
    kept_once: list[str] = []
    renamed: list[tuple[str, str]] = []
    for table in names:
        docs = tables.get(table)
        if not isinstance(docs, dict):
            continue
        groups: dict[str, list[str]] = {}
        for doc_id, doc in docs.items():
            if name_key(doc):
                groups.setdefault(name_key(doc), []).append(doc_id)
        alike = sorted(k for k, ids in groups.items() if len(ids) > 1)
        if not alike:
            continue
        docs = dict(docs)
        taken = set(groups)
        for key in alike:
            first, *rest = sorted(groups[key], key=lambda i: _made(docs[i]))
            kept = docs[first]
            for doc_id in rest:
                doc = docs[doc_id]
                if figures(doc) == figures(kept):
                    change = {SAME_AS: kept["id"]}
                    kept_once.append(str(kept["name"]))
                else:
                    new = _free_name(str(doc["name"]), _who(doc), taken, max_name)
                    taken.add(new.casefold())
                    change = {"name": new}
                    renamed.append((str(doc["name"]), new))
                docs[doc_id] = {**doc, **change, REV: _after(doc, kept)}
        out[table] = docs
    return Named(out, tuple(kept_once), tuple(renamed))


def _made(doc: Doc) -> tuple[tuple[str, str], str]:
    """The earlier made sorts first; the bytes break a tie, the same on every computer."""
    return order(doc.get(REV)), canonical(doc)


def _who(doc: Doc) -> str:
    rev = doc.get(REV)
    by = rev.get("by") if isinstance(rev, dict) else None
    return by if isinstance(by, str) and by and by != BY else ""


def _after(doc: Doc, kept: Doc) -> Doc:
    """A revision after both documents', the same wherever it is made."""
    seen = joined(vector(doc.get(REV)), vector(kept.get(REV)))
    seen[BY] = seen.get(BY, 0) + 1
    at = max(order(doc.get(REV))[0], order(kept.get(REV))[0])
    return {"at": at, "by": BY, "v": dict(sorted(seen.items()))}


def _free_name(name: str, who: str, taken: set[str], max_name: int) -> str:
    """ "Granola bar (from desk-3fa9c1)", or "... 2)": no name taken, none too long."""
    origin = f"from {who}" if who else "other copy"
    for n in range(1, len(taken) + 2):
        tail = f" ({origin})" if n == 1 else f" ({origin} {n})"
        new = name[: max_name - len(tail)].rstrip() + tail
        if new.casefold() not in taken:
            return new
    raise AssertionError("unreachable: more names tried than are taken")
