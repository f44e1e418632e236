"""The journal changed from the app: an add, edit or delete stored, put on the undo
stack and said in one toast, and Today redrawn.

Imported at the first change, not at start: `MgJournalApp.apply` and its kin call in.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from journal.core.entries.kinds import entry_what
from journal.core.entries.models import Entry, FactorEntry, SupplementEntry, SymptomEntry
from journal.core.entries.undo import Batch, Change, Mark
from journal.store.edits import delete_entry, put_back_entry, replace_entry
from journal.store.errors import StoreError

if TYPE_CHECKING:
    from journal.tui.app import MgJournalApp


def describe(entry: Entry) -> str:
    """A short plain-text name for an entry, for notifications: the food's name, the
    supplement's form ("magnesium citrate"), the symptom or factor as shown."""
    if isinstance(entry, SupplementEntry):
        return f"magnesium {entry.form}"
    if isinstance(entry, SymptomEntry | FactorEntry):
        return entry_what(entry)
    return getattr(entry, "name", None) or entry.KIND


def apply(app: MgJournalApp, change: Change, *, record: bool, announce: bool, fold: bool) -> bool:
    """See `MgJournalApp.apply`."""
    if not carry_out(app, change, restoring=not record):
        return False
    if record:
        if fold and (top := app.undo_stack.pop()) is not None:
            if isinstance(top, Change) and top.after == change.before:
                change = Change(top.before, change.after)
            else:
                app.undo_stack.push(top)
        app.undo_stack.push(change)
    entry = change.after or change.before
    if entry is not None and announce:
        undo = " · u undoes it" if change.verb == "deleted" and record else ""
        app.say(f"{describe(entry)} {change.verb}{undo}")
    app.refresh_today()
    return True


def carry_out(app: MgJournalApp, change: Change, restoring: bool = False) -> bool:
    """Store one change; False (error shown) if it could not be saved. `restoring`
    (an undo): a delete is stored again only if no copy has it back yet, and an add
    or edit is taken back only if no other copy or sync changed the entry since."""
    journal = app.journal
    try:
        if isinstance(change.before, SupplementEntry) and not restoring:
            from journal.store.trial import check_not_dose

            check_not_dose(journal, change.before, change.after)
        if change.before is None and change.after is not None:
            if restoring:
                put_back_entry(journal, change.after)
            else:
                journal.add(change.after)
        elif change.after is None and change.before is not None:
            gone = delete_entry(journal, change.before, unchanged=restoring) is None
            if gone and restoring:  # deleted by another copy or a sync: said, not "Undone"
                what = describe(change.before)
                app.say(f"{what} was deleted meanwhile (another copy or a sync): nothing undone")
                app.day_changed(change.before.date)
                return False
        elif change.before is not None and change.after is not None:
            # Each an atomic step under the lock, applied to the entry as it is now.
            replace_entry(journal, change.before, change.after, unchanged=restoring)
    except StoreError as exc:
        title = "Not undone" if restoring else "Not saved"
        app.say(str(exc), title=title, severity="error", timeout=10)
        return False
    for moved in (change.before, change.after):
        if moved is not None:
            app.day_changed(moved.date)
    return True


def apply_batch(app: MgJournalApp, changes: list[Change], what: str) -> bool:
    """See `MgJournalApp.apply_batch`."""
    done: list[Change] = []
    for change in changes:
        if not carry_out(app, change):
            break
        done.append(change)
    if done:
        app.undo_stack.push(Batch(tuple(done), what))
        app.say(what)
    app.refresh_today()
    return len(done) == len(changes)


def mark_complete(app: MgJournalApp, day: date, complete: bool, *, record: bool) -> bool:
    """See `MgJournalApp.mark_complete`."""
    try:
        app.journal.set_complete(day, complete)
    except StoreError as exc:
        app.say(str(exc), title="Not saved", severity="error", timeout=10)
        return False
    app.day_changed(day)
    if record:
        app.undo_stack.push(Mark(day, complete))
    app.refresh_today()
    return True
