"""Today's trial key (b): the dose of the day shown, taken or missed; u takes it back.

The dose is recorded in the trial and, when taken, as a supplement entry, so it
counts toward the day's intake and the upper-limit warning (see store/trial.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from journal.core.entries.kinds import default_time
from journal.core.entries.undo import DoseRecord
from journal.core.validate import ValidationError
from journal.store.errors import StoreError
from journal.store.trial import clear_dose, load_trial, record_dose

if TYPE_CHECKING:
    from journal.tui.journal_app import JournalApp
    from journal.tui.screens.today import TodayScreen


def ask_dose(today: TodayScreen) -> None:
    from journal.tui.screens.choice import ChoiceScreen

    app = today.journal_app
    trial, day = getattr(today, "trial", None), today.shown
    if trial is None:
        app.say("No trial dose to take on this day.")
        return
    refusal = trial.dose_refusal(day)  # the stop day's, among others: said why
    if refusal is not None:
        app.say(f"{refusal[0].upper()}{refusal[1:]}.")
        return
    here = trial.day(day)
    what = trial.bottle_words(here.period) if here and here.period else "the dose"

    def chosen(index: int | None) -> None:
        if index is None:
            return
        state = ("taken", "missed")[index]
        try:
            now = load_trial(app.journal)  # as on disk: another copy may have recorded it
            held = None if now is None else now.doses.get(day)
            # A past day's dose at midday, as the shell records it: not at this hour.
            record_dose(app.journal, day, state, default_time(day))
        except (StoreError, ValidationError) as exc:
            app.say(str(exc), title="Not saved", severity="error", timeout=10)
            return
        before = None if held is None else held.state
        if before != state:  # the same answer again changes nothing to take back
            app.undo_stack.push(DoseRecord(day, before, state))
        app.day_changed(day)
        app.say(f"Trial dose {state}: {what}")
        app.refresh_today()

    today.app.push_screen(
        ChoiceScreen(
            f"Trial dose on {day:%-d %b}: {what}",
            [Text("Taken"), Text("Missed")],
            "1 taken · 2 missed · Esc back",
        ),
        chosen,
    )


def undo_dose(app: JournalApp, step: DoseRecord) -> None:
    """u after b: the day's dose as it was before (not recorded, taken or missed)."""
    try:
        if step.before is None:
            clear_dose(app.journal, step.day)
        else:
            record_dose(app.journal, step.day, step.before, default_time(step.day))
    except (StoreError, ValidationError) as exc:
        app.say(str(exc), title="Not undone", severity="error", timeout=10)
        return
    app.day_changed(step.day)
    app.refresh_today()
    was = "not recorded" if step.before is None else step.before
    app.say(f"Undone: trial dose {step.state} on {step.day:%-d %b} (now {was})")
