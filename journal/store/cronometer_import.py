"""Bring a Cronometer export into the journal.

A Cronometer export holds whole days, so for the days it covers it is the latest
word on what Cronometer recorded: a serving changed there since an earlier import
replaces the one imported then, a serving removed there is removed here, and a
corrected daily total replaces the old one. An imported entry the person changed
in this journal keeps their version; one Cronometer no longer has is removed, the
person's version set aside (`sync status` shows it), never dropped. Entries made
here are left alone.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from journal.core.entries.models import FoodEntry
from journal.core.exchange.cronometer import DAILY_TOTAL_ID, ParsedCronometer, daily_total_id
from journal.core.sync.revisions import REV, content
from journal.store.bulk import Tables, entry_doc, plan_entries, read_days, write_all
from journal.store.importer import ImportSummary
from journal.store.journal import Journal
from journal.store.known_files import check_known_file
from journal.store.own_foods import CRONOMETER as CRONOMETER_TABLE
from journal.store.own_foods import FILE as OWN_FOODS_FILE
from journal.store.storage import META_TABLE, encode, read_file

ASIDE_FROM = "before a Cronometer import changed it"
IMPORT_BY = "a Cronometer import"  # the writer named in the revisions an import makes


def _imported_on(read: dict[Path, Tables]) -> dict[str, tuple[date, dict[str, Any]]]:
    """The entries an earlier Cronometer import left on these days (their files as read,
    by path), by id: (day, stored doc)."""
    found = {}
    for path, data in read.items():
        day = date.fromisoformat(path.name[:10])
        for doc in data.get(FoodEntry.KIND, {}).values():
            if str(doc.get("food_id") or "").startswith("cronometer:"):
                found[str(doc["id"])] = (day, doc)
    return found


def _as_imported(doc: dict[str, Any]) -> bool:
    """Whether a stored entry is as an import wrote it, not changed in the journal since."""
    return REV not in doc or doc[REV].get("by") == IMPORT_BY


def _own_foods(journal: Journal, foods: list[FoodEntry]) -> bytes | None:
    """custom_foods.json with each imported food's latest Cronometer figure, or None if same."""
    path = journal.root / OWN_FOODS_FILE
    tables = read_file(path) or {}
    check_known_file(OWN_FOODS_FILE, tables, path)  # damaged: refused, left untouched
    tables.pop(META_TABLE, None)
    table = tables.setdefault(CRONOMETER_TABLE, {})
    by_id = {doc.get("id"): key for key, doc in table.items()}
    next_key = max((int(k) for k in table), default=0) + 1  # once: per food it was quadratic
    changed = False
    for food in foods:
        doc = {
            "id": food.food_id,
            "name": food.name,
            "portion": food.portion,
            "grams": food.grams,
            "mg": food.mg,
            "kcal": food.kcal,
            "source": "Cronometer export",
        }
        key = by_id.get(food.food_id)
        if key is None:
            key, next_key = str(next_key), next_key + 1
            by_id[food.food_id] = key
        if table.get(key) != doc:
            table[key] = doc
            changed = True
    return encode(tables) if changed else None


def import_cronometer(journal: Journal, parsed: ParsedCronometer) -> ImportSummary:
    summary = ImportSummary(
        rows=parsed.rows, empty_days=parsed.empty_days, placeholders=parsed.placeholders
    )
    summary.skipped = [f"line {line}: {why}" for line, why in parsed.problems]
    entries = parsed.entries
    with journal.lock:
        days = {e.date for e in entries}
        read = read_days(journal, days)  # once: the plan below takes them as read
        earlier = _imported_on(read)
        servings = {i: day for i, (day, doc) in earlier.items() if doc["food_id"] != DAILY_TOTAL_ID}
        totals: set[str] = set()
        if parsed.kind == "servings":
            totals = {daily_total_id(d) for d in days}  # a day's servings supersede its total
        else:
            served = set(servings.values())
            entries = [e for e in entries if e.date not in served]
            summary.skipped += [
                f"{d.isoformat()}: has servings; daily total not added" for d in sorted(served)
            ]
            servings = {}
        new = {e.id: e for e in entries}
        differing = [
            i for i, (_, doc) in earlier.items() if i in new and content(doc) != entry_doc(new[i])
        ]
        changed = [i for i in differing if _as_imported(earlier[i][1])]
        withdrawn = [i for i in servings if i not in new]
        remove = [*totals, *changed, *withdrawn]
        plan = plan_entries(
            journal, entries, remove, parsed.completed, ASIDE_FROM, IMPORT_BY, read=read
        )
        files = dict(plan.files)
        if parsed.kind == "servings":
            own = _own_foods(journal, entries)
            if own is not None:
                files[journal.root / OWN_FOODS_FILE] = own
        write_all(journal, files)
    summary.imported = plan.added - len(changed)
    summary.duplicates, summary.deleted_here = plan.duplicates, plan.deleted_here
    summary.updated, summary.withdrawn = len(changed), len(withdrawn)
    summary.kept_changed = len(differing) - len(changed)
    summary.set_aside = plan.set_aside
    summary.replaced_totals = plan.removed - len(changed) - len(withdrawn)
    summary.completed_days = plan.marked
    return summary
