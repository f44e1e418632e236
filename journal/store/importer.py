"""Bring records into the journal all at once: parsed and checked first, then written whole.

Nothing is written until every row is read; then every touched file is
written once under the lock, and a failed write puts back what was written
(see bulk.write_all). Entry ids decide duplicates, so importing twice adds
nothing the second time. An own food named as one of the journal's keeps its name
once (`import_foods`); the journal's own trial is not replaced unasked (`import_trial`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from journal.core.counted import counted
from journal.core.entries.models import Entry
from journal.core.exchange.json_doc import ParsedDocument
from journal.core.person.profile import Profile
from journal.core.sync.merge import merge
from journal.core.sync.revisions import Tables
from journal.store.bulk import plan_entries, write_all
from journal.store.errors import DamagedFileError
from journal.store.import_foods import reconcile
from journal.store.import_trial import settle
from journal.store.journal import Journal
from journal.store.known_files import CHECKS, check_known_file
from journal.store.own_foods import FILE as OWN_FOODS
from journal.store.profile import DOC_ID as PROFILE_DOC_ID
from journal.store.profile import PROFILE_FILE, profile_from_tables
from journal.store.profile import TABLE as PROFILE_TABLE
from journal.store.revision import stamp_write
from journal.store.storage import META_TABLE, encode
from journal.store.trial import FILE as TRIAL_FILE


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
    updated: int = 0  # entries an export of the same day changed: replaced
    withdrawn: int = 0  # earlier imported entries no longer in that day's export: removed
    deleted_here: int = 0  # entries deleted in this journal: not added again
    kept_changed: int = 0  # imported entries changed in the journal: theirs kept
    kept_files: list[str] = field(default_factory=list)
    history_taken: int = 0  # the export's earlier targets, added to the kept profile
    history_left: int = 0  # ... or not: the kept profile has its own, or another person's
    merged_files: list[str] = field(default_factory=list)
    set_aside: int = 0  # items changed in both: the import's or the journal's version
    restored_files: list[str] = field(default_factory=list)
    trial: str = ""  # the journal's trial kept, or the export's taken: said why
    same_foods: list[str] = field(default_factory=list)  # own foods as the journal's: one kept
    renamed_foods: list[tuple[str, str]] = field(default_factory=list)  # named as one: renamed


def import_document(
    journal: Journal, parsed: ParsedDocument, take_trial: bool = False
) -> ImportSummary:
    """`take_trial`: the export's trial in place of the journal's plan not started."""
    summary = ImportSummary(rows=len(parsed.entries) + len(parsed.problems))
    summary.skipped = list(parsed.problems)
    with journal.lock:
        entries = _own_foods(journal, parsed, summary)
        plan = plan_entries(journal, entries, complete=parsed.complete_days)
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
                history = _with_history(mine, theirs, summary)
                if history is not None:
                    files[path] = history
                continue
            if not mine or name == PROFILE_FILE:
                files[path] = encode(theirs)
                summary.restored_files.append(name)
                continue
            # Merged document by document, as a sync engine's conflict copy is: own
            # foods, recipes and kinds on either side are kept; one changed on both
            # keeps the later and sets the other aside (`sync status` shows it).
            base = mine
            if name == TRIAL_FILE:  # the journal's own trial is not replaced unasked
                base, theirs, summary.trial = settle(mine, theirs, path, take_trial)
            merged = merge(base, theirs, "the imported file")
            if encode(merged.tables) != encode(mine):
                files[path] = encode(merged.tables)
                summary.merged_files.append(name)
                summary.set_aside += merged.set_aside
        write_all(journal, files)
    summary.imported, summary.duplicates = plan.added, plan.duplicates
    summary.completed_days, summary.deleted_here = plan.marked, plan.deleted_here
    return summary


def _own_foods(journal: Journal, parsed: ParsedDocument, summary: ImportSummary) -> list[Entry]:
    """The entries to add, the export's own foods set beside the journal's first (a name
    once: `import_foods`); said in `summary`."""
    theirs, path = parsed.files.get(OWN_FOODS), journal.root / OWN_FOODS
    if theirs is None or not path.exists():
        return parsed.entries
    try:
        check_known_file(OWN_FOODS, theirs, path)
    except DamagedFileError:
        return parsed.entries  # skipped below, and said
    found = reconcile(journal.read_file(OWN_FOODS), theirs)
    parsed.files[OWN_FOODS] = found.tables
    summary.same_foods, summary.renamed_foods = found.same, found.renamed
    return found.entries(parsed.entries)


def _with_history(mine: Tables, theirs: Tables, summary: ImportSummary) -> bytes | None:
    """The kept profile with the export's earlier targets (a pregnancy's), when it has
    none of its own and is the export's person as now; else None, said in `summary`."""
    kept = profile_from_tables(mine, Path(PROFILE_FILE))
    other = profile_from_tables(theirs, Path(PROFILE_FILE))
    if not other.eras or other.eras == kept.eras:
        return None
    same = (kept.sex, kept.birth_year, kept.settings) == (
        other.sex,
        other.birth_year,
        other.settings,
    )
    if kept.eras or not same:
        summary.history_left = len(other.eras)
        return None
    summary.history_taken = len(other.eras)
    tables = {k: dict(t) for k, t in mine.items() if k != META_TABLE}
    new = {**tables, PROFILE_TABLE: {**tables.get(PROFILE_TABLE, {})}}
    new[PROFILE_TABLE][str(PROFILE_DOC_ID)] = kept.but(eras=other.eras).to_doc()
    return encode(stamp_write(tables, new))  # a revision, so a sync keeps it


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
    # A problem the parser noted ends "; skipped" already: said once, not twice.
    lines += [f"  skipped {why.removesuffix('; skipped')}" for why in summary.skipped]
    if summary.empty_days:
        days = counted(summary.empty_days, "day", "days")
        lines.append(f"Left out {days} with nothing logged in Cronometer.")
    if summary.placeholders:
        n = summary.placeholders
        lines.append(
            f"Left out {n:,} placeholder row{'s' if n != 1 else ''} with amount 0 "
            "(Cronometer's, not foods eaten)."
        )
    if summary.completed_days:
        lines.append(f"Marked {counted(summary.completed_days, 'day', 'days')} complete.")
    if summary.replaced_totals:
        totals = counted(summary.replaced_totals, "daily total", "daily totals")
        lines.append(f"Replaced {totals} by that day's servings.")
    if summary.updated:
        lines.append(
            f"Updated {counted(summary.updated, 'entry', 'entries')} to this export's figures "
            "(changed in Cronometer since the last import)."
        )
    if summary.withdrawn:
        lines.append(
            f"Removed {counted(summary.withdrawn, 'entry', 'entries')} imported before that "
            "this export no "
            "longer holds (changed or deleted in Cronometer)."
        )
    if summary.kept_changed:
        kept = counted(summary.kept_changed, "imported entry", "imported entries")
        lines.append(f"Kept {kept} as changed in this journal.")
    if summary.deleted_here:
        lines.append(
            f"Left out {counted(summary.deleted_here, 'entry', 'entries')} you deleted in "
            "this journal "
            "(a deletion holds)."
        )
    if summary.restored_files:
        lines.append(f"Restored: {', '.join(summary.restored_files)}.")
    if summary.kept_files:
        lines.append(f"Kept your own {', '.join(summary.kept_files)} (not replaced).")
    if summary.history_taken:
        settings = counted(summary.history_taken, "earlier setting", "earlier settings")
        lines.append(
            f"Took the export's target history ({settings}): "
            "past days keep the target they had (`mg-journal profile` lists them)."
        )
    if summary.history_left:
        settings = counted(summary.history_left, "earlier setting", "earlier settings")
        lines.append(
            f"Left out the export's target history ({settings}): "
            "your profile differs from the export's; `mg-journal profile --since DATE` dates "
            "a change."
        )
    if summary.same_foods:
        lines.append(
            "In the export with the same name and figures as yours, kept once (yours; its "
            f"entries point to it): {', '.join(summary.same_foods)}."
        )
    if summary.renamed_foods:
        renamed = ", ".join(repr(new) for _, new in summary.renamed_foods)
        lines.append(
            "In the export with the same name as yours but other figures, kept beside yours "
            f"as: {renamed} (`mg-journal foods` lists both)."
        )
    if summary.trial:
        lines.append(summary.trial)
    if summary.merged_files:
        lines.append(f"Merged with yours: {', '.join(summary.merged_files)}.")
    if summary.set_aside:
        lines.append(
            f"{counted(summary.set_aside, 'item', 'items')} changed in both: the later kept, "
            "the other "
            "set aside (`mg-journal sync status` shows it)."
        )
    return lines
