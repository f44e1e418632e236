"""u on Today: the last step on the undo stack taken back, each kind of step its own way.

Imported at the first u, not at start (see `MgJournalApp.action_undo`).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from journal.core.entries.undo import Barrier, Batch, DoseRecord, Mark, ProfileSave
from journal.tui.changes import apply, carry_out, describe, mark_complete
from journal.tui.screens.today import TodayScreen

if TYPE_CHECKING:
    from journal.tui.app import MgJournalApp


def undo_last(app: MgJournalApp) -> None:
    step = app.undo_stack.pop()
    if step is None:
        app.say("Nothing to undo")
        return
    if isinstance(step, Barrier):
        app.say(step.said, timeout=10)
        return
    if isinstance(step, ProfileSave):
        app.undo_profile(step.before, step.after)
        return
    if isinstance(step, DoseRecord):
        from journal.tui.trial_dose import undo_dose

        undo_dose(app, step)
        return
    if isinstance(step, Mark):
        if mark_complete(app, step.day, not step.complete, record=False):
            said = "marked complete" if step.complete else "no longer marked complete"
            app.say(f"Undone: {step.day:%-d %B} {said}")
        return
    if isinstance(step, Batch):
        # Each entry apart: one another copy changed since is left (and said), the rest go.
        left = [
            change
            for change in reversed(step.changes)
            if not carry_out(app, change.inverse(), restoring=True)
        ]
        app.refresh_today()
        if len(left) < len(step.changes):
            kept = f", all but {len(left)} left as they are" if left else ""
            app.say(f"Undone: {step.what}{kept}")
        return
    if apply(app, step.inverse(), record=False, announce=False, fold=False):
        entry = step.after or step.before
        if entry is not None:
            app.say(f"Undone: {describe(entry)} {step.verb}{_elsewhere(app, entry.date)}")
    else:
        app.refresh_today()  # the entry as another copy left it, not as last drawn


def _elsewhere(app: MgJournalApp, day: date) -> str:
    """ " (on 5 December)" when the undone entry is not on the day Today shows."""
    shown = next((s.shown for s in app.screen_stack if isinstance(s, TodayScreen)), None)
    return "" if shown in (None, day) else f" (on {day:%-d %B})"
