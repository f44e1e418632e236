"""Today's trial key (b): the dose of the day shown, taken or missed.

The dose is recorded in the trial and, when taken, as a supplement entry, so it
counts toward the day's intake and the upper-limit warning (see store/trial.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from journal.core.entries.kinds import default_time
from journal.core.validate import ValidationError
from journal.store.errors import StoreError
from journal.store.trial import record_dose

if TYPE_CHECKING:
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
            # A past day's dose at midday, as the shell records it: not at this hour.
            record_dose(app.journal, day, state, default_time(day))
        except (StoreError, ValidationError) as exc:
            app.say(str(exc), title="Not saved", severity="error", timeout=10)
            return
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
