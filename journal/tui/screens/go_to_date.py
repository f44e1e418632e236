"""Go to a day (`g` on Today): type `2026-11-03`, `yesterday`, `-3`, `3 days ago` or `mon`."""

from __future__ import annotations

from datetime import date

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from journal.core import clock
from journal.core.dates import examples, parse_day
from journal.core.validate import ValidationError


class GoToDate(ModalScreen[date | None]):
    """Dismisses with the day to show, or None when cancelled."""

    CSS_PATH = "go_to_date.tcss"
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def compose(self) -> ComposeResult:
        with Vertical(id="go-to-date"):
            yield Static(Text("Go to a day", style="bold"), id="date-title")
            yield Input(id="day", placeholder="e.g. yesterday")
            yield Static(id="day-error", classes="error")
            yield Static(
                f"{examples(clock.today())} (the last one before today)\nEnter goes · Esc cancels",
                id="date-help",
            )

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        try:
            day = parse_day(event.value, clock.today())
        except ValidationError as exc:
            error = self.query_one("#day-error", Static)
            error.update(Text(exc.message))  # may quote what was typed: no markup
            error.display = True
            return
        self.dismiss(day)

    def action_cancel(self) -> None:
        self.dismiss(None)
