"""Bring records into the journal all at once: parsed and checked first, then written whole.

Nothing is written until every row is read; then every touched file is
written once under the lock, and a failed write puts back what was written
(see bulk.write_all). Entry ids decide duplicates, so importing twice adds
nothing the second time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from journal.core.entries.models import FoodEntry
from journal.core.exchange.cronometer import DAILY_TOTAL_ID, ParsedCronometer, daily_total_id
from journal.core.exchange.json_doc import ParsedDocument
from journal.core.person.profile import Profile
from journal.core.sync.merge import merge
from journal.core.sync.revisions import Tables
from journal.store.bulk import plan_entries, write_all
from journal.store.errors import DamagedFileError
from journal.store.journal import Journal
from journal.store.known_files import CHECKS, check_known_file
from journal.store.own_foods import CRONOMETER as CRONOMETER_TABLE
from journal.store.own_foods import FILE as OWN_FOODS_FILE
from journal.store.profile import PROFILE_FILE, profile_from_tables
from journal.store.storage import META_TABLE, encode, read_file


@dataclass
class ImportSummary:
    rows: int = 0
    imported: int = 0
    duplicates: int = 0
    skipped: list[str] = field(default_factory=list)  # "line 7: Day: ..."
    empty_days: int = 0  # daily-summary rows with nothing logged that day
    placeholders: int = 0  # servings rows of amount 0, left out
    completed_days: int = 0  # days newly marked complete (Cronometer's Completed column)
    replaced_totals: int = 0
    kept_files: list[str] = field(default_factory=list)
    merged_files: list[str] = field(default_factory=list)
    set_aside: int = 0  # items changed in both: the import's or the journal's version
    restored_files: list[str] = field(default_factory=list)


def _days_with_servings(journal: Journal, days: set[date]) -> set[date]:
    found = set()
    for year, month in sorted({(d.year, d.month) for d in days}):
        for day, record in journal.read_month(year, month).items():
            if day in days and any(
                (f.food_id or "").startswith("cronometer:") and f.food_id != DAILY_TOTAL_ID
                for f in record.foods
            ):
                found.add(day)
    return found


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
        remove: list[str] = []
        if parsed.kind == "servings":
            # A day's servings supersede a daily total imported earlier for it.
            remove = [daily_total_id(d) for d in {e.date for e in entries}]
        else:
            served = _days_with_servings(journal, {e.date for e in entries})
            entries = [e for e in entries if e.date not in served]
            summary.skipped += [
                f"{d.isoformat()}: has servings; daily total not added" for d in sorted(served)
            ]
        plan = plan_entries(journal, entries, remove, parsed.completed)
        files = dict(plan.files)
        if parsed.kind == "servings":
            own = _own_foods(journal, entries)
            if own is not None:
                files[journal.root / OWN_FOODS_FILE] = own
        write_all(journal, files)
    summary.imported, summary.duplicates = plan.added, plan.duplicates
    summary.replaced_totals = plan.removed
    summary.completed_days = plan.marked
    return summary


def import_document(journal: Journal, parsed: ParsedDocument) -> ImportSummary:
    summary = ImportSummary(rows=len(parsed.entries) + len(parsed.problems))
    summary.skipped = list(parsed.problems)
    with journal.lock:
        plan = plan_entries(journal, parsed.entries, complete=parsed.complete_days)
        files = dict(plan.files)
        for name, tables in parsed.files.items():
            shown = repr(name[:60])  # as typed in the file, escapes shown, never obeyed
            if name not in CHECKS:
                summary.skipped.append(f"files.{shown}: not a file Mg Journal keeps")
                continue
            path = journal.root / name
            try:  # exactly as its own reader would take it, before anything is written
                check_known_file(name, tables, path)
            except DamagedFileError as exc:
                why = f"({exc.why})"  # the reason; the advice is about the live journal
                summary.skipped.append(f"files.{shown}: {why}")
                continue
            theirs = {k: t for k, t in tables.items() if k != META_TABLE}
            mine = journal.read_file(name) if path.exists() else {}
            if name == PROFILE_FILE and mine and _set_by_the_person(mine):
                summary.kept_files.append(name)  # the person's own settings win
                continue
            if not mine or name == PROFILE_FILE:
                files[path] = encode(theirs)
                summary.restored_files.append(name)
                continue
            # Merged document by document, as a sync engine's conflict copy is: own
            # foods, recipes and kinds on either side are kept; one changed on both
            # keeps the later and sets the other aside (`sync status` shows it).
            merged = merge(mine, theirs, "the imported file")
            if encode(merged.tables) != encode(mine):
                files[path] = encode(merged.tables)
                summary.merged_files.append(name)
                summary.set_aside += merged.set_aside
        write_all(journal, files)
    summary.imported, summary.duplicates = plan.added, plan.duplicates
    summary.completed_days = plan.marked
    return summary


def _set_by_the_person(tables: Tables) -> bool:
    """Whether a profile file holds settings a person chose, not only the defaults the
    app saved (the welcome skipped, a theme picked): those are replaced by an import."""
    profile = profile_from_tables(tables, Path(PROFILE_FILE))
    unset = Profile(onboarded=profile.onboarded, theme=profile.theme, keymap=profile.keymap)
    return profile != unset


def describe(summary: ImportSummary) -> list[str]:
    lines = [
        f"Rows read: {summary.rows}; imported: {summary.imported}; "
        f"duplicates (already in the journal): {summary.duplicates}; "
        f"skipped: {len(summary.skipped)}."
    ]
    lines += [f"  skipped {why}" for why in summary.skipped]
    if summary.empty_days:
        n = summary.empty_days
        lines.append(f"Left out {n} day{'s' if n != 1 else ''} with nothing logged in Cronometer.")
    if summary.placeholders:
        n = summary.placeholders
        lines.append(
            f"Left out {n:,} placeholder row{'s' if n != 1 else ''} with amount 0 "
            "(Cronometer's, not foods eaten)."
        )
    if summary.completed_days:
        n = summary.completed_days
        lines.append(f"Marked {n} day{'s' if n != 1 else ''} complete.")
    if summary.replaced_totals:
        n = summary.replaced_totals
        lines.append(f"Replaced {n} daily total{'s' if n != 1 else ''} by that day's servings.")
    if summary.restored_files:
        lines.append(f"Restored: {', '.join(summary.restored_files)}.")
    if summary.kept_files:
        lines.append(f"Kept your own {', '.join(summary.kept_files)} (not replaced).")
    if summary.merged_files:
        lines.append(f"Merged with yours: {', '.join(summary.merged_files)}.")
    if summary.set_aside:
        n = summary.set_aside
        lines.append(
            f"{n} item{'s' if n != 1 else ''} changed in both: the later kept, the other "
            "set aside (`mg-journal sync status` shows it)."
        )
    return lines
