"""Today's one line about the trial: "Trial day 23 of 98 · period 2, bottle B (dose taken)".

Hidden when no trial runs on the day shown. A click opens the trial screen. The
trial's modules load only when a plan file exists: without a trial, Today's
start pays for one `stat`.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from rich.text import Text
from textual.events import Click
from textual.widgets import Static

from journal.store.errors import StoreError
from journal.store.journal import Journal

if TYPE_CHECKING:
    from journal.core.trial.trial import Trial

FILE = "trial.json"  # journal.store.trial.FILE, named here so start-up need not import it


class TrialLine(Static):
    DEFAULT_CSS = """
    TrialLine { display: none; height: auto; padding: 0 1; color: $accent; text-style: bold; }
    """

    def show(self, journal: Journal, day: date) -> Trial | None:
        """Read the trial and show where `day` falls in it; the trial, or None."""
        if not (journal.root / FILE).exists():
            self.display = False
            return None
        from journal.core.trial.words import today_line
        from journal.store.trial import load_trial

        try:
            trial = load_trial(journal)
        except StoreError as exc:
            self.update(Text(f"Trial: {exc}"))
            self.display = True
            return None
        # The dose key is not in the footer: said where it is needed, within 80 columns.
        line = None if trial is None else today_line(trial, day, record=": press b")
        self.update(Text(line or ""))
        self.display = line is not None
        return trial

    def on_click(self, event: Click) -> None:
        from journal.tui.screens.trial import TrialScreen

        self.app.push_screen(TrialScreen())
