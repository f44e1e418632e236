"""An export's own foods and recipes beside the journal's: each name kept once.

The journal keeps each own food's (and recipe's) name once (`own_foods._save`): two
alike rows in the search leave the person guessing which one they logged. An export's
come under their own ids, so one named as one of the journal's (any case) is either
- the same food (the same figures): the journal's is kept, the export's left out, and
  the export's entries and recipes logged from it point to the journal's; or
- another food: kept beside it as "<name> (imported)", so both show and neither is lost.

One the journal already holds by id (imported before, then renamed or deleted here) is
left to the merge, so importing the same file again changes nothing.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from journal.core import clock
from journal.core.entries.models import Entry, FoodEntry
from journal.core.sync.own_names import figures, name_key
from journal.core.sync.revisions import REV, Tables, items, next_rev, number, tombstones
from journal.core.validate import MAX_NAME
from journal.store.device import device_name
from journal.store.own_foods import FOODS, RECIPES

IMPORTED = " (imported)"


@dataclass
class Reconciled:
    tables: Tables  # the export's file, its doubles left out and its clashes renamed
    same: list[str] = field(default_factory=list)  # left out: the journal's own is kept
    renamed: list[tuple[str, str]] = field(default_factory=list)  # (name, new name)
    ids: dict[str, str] = field(default_factory=dict)  # export's id -> the journal's

    def entries(self, entries: list[Entry]) -> list[Entry]:
        """`entries` with those logged from a food left out pointing to the journal's."""
        return [
            dataclasses.replace(e, food_id=self.ids[e.food_id])
            if isinstance(e, FoodEntry) and e.food_id in self.ids
            else e
            for e in entries
        ]


def reconcile(mine: Tables, theirs: Tables) -> Reconciled:
    """The export's own-foods file (`theirs`) made to sit beside the journal's (`mine`)."""
    known = set(items(mine)) | set(tombstones(mine))
    out = Reconciled({k: dict(t) if isinstance(t, dict) else t for k, t in theirs.items()})
    for table in (FOODS, RECIPES):  # foods first: a recipe's ingredients may point to one
        names = {_key(d): d for d in _docs(mine, table) if _key(d)}
        taken = set(names) | {_key(d) for d in _docs(theirs, table)}
        docs = out.tables.get(table)
        if not isinstance(docs, dict):
            continue
        for doc_id, doc in sorted(docs.items(), key=lambda kv: number(kv[0])):
            if not isinstance(doc, dict) or doc.get("id") in known:
                continue
            changed = _pointed(doc, out.ids)
            ours = names.get(_key(doc))
            if ours is not None and _figures(changed) == _figures(ours):
                out.ids[str(doc["id"])] = str(ours["id"])
                out.same.append(str(ours["name"]))
                del docs[doc_id]
                continue
            if ours is not None:
                new = _free_name(str(doc["name"]), taken)
                taken.add(new.casefold())
                out.renamed.append((str(doc["name"]), new))
                changed = {**changed, "name": new}
            if changed != doc:
                # A revision made after the export's: importing it again changes nothing.
                changed[REV] = next_rev(doc.get(REV), device_name(), clock.utc_stamp())
                docs[doc_id] = changed
    return out


def _docs(tables: Tables, table: str) -> list[dict[str, Any]]:
    docs = tables.get(table)
    return [d for d in docs.values() if isinstance(d, dict)] if isinstance(docs, dict) else []


def _key(doc: dict[str, Any]) -> str:
    return name_key(doc)  # '' for one hidden as the same as another: never "ours"


def _figures(doc: dict[str, Any]) -> dict[str, Any]:
    return figures(doc)


def _pointed(doc: dict[str, Any], ids: dict[str, str]) -> dict[str, Any]:
    """A recipe's ingredients pointing to the journal's foods where theirs were left out."""
    parts = doc.get("items")
    if not isinstance(parts, list) or not ids:
        return doc
    moved = [
        {**i, "food_id": ids[i["food_id"]]}
        if isinstance(i, dict) and i.get("food_id") in ids
        else i
        for i in parts
    ]
    return {**doc, "items": moved}


def _free_name(name: str, taken: set[str]) -> str:
    """ "Granola bar (imported)", or "... (imported 2)": no name taken, none too long."""
    for n in range(1, len(taken) + 2):
        tail = IMPORTED if n == 1 else f"{IMPORTED[:-1]} {n})"
        new = name[: MAX_NAME - len(tail)].rstrip() + tail
        if new.casefold() not in taken:
            return new
    raise AssertionError("unreachable: more names tried than are taken")
