"""The details of one factor: its amount (minutes, hours or drinks), time and note."""

from __future__ import annotations

import dataclasses

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from journal.core import validate as v
from journal.core.entries.kinds import factor_name
from journal.core.entries.models import FACTOR_UNITS, FactorEntry, factor_limit
from journal.tui.widgets.field_error import first_escape_warns, show_error
from journal.tui.widgets.key_hint import KeyHint
from journal.tui.widgets.time_note import time_and_note_fields


class FactorForm(ModalScreen[FactorEntry | None]):
    CSS_PATH = "factor_form.tcss"
    BINDINGS = [Binding("escape", "keep", "Keep as is")]

    def __init__(self, entry: FactorEntry, *, editing: bool = False) -> None:
        super().__init__()
        self.entry = entry
        # A row opened to edit: escape leaves it as it is, not "as first recorded".
        self.editing = editing
        self.unit = FACTOR_UNITS[entry.kind]
        # A factor without a unit may still carry a number (`mg-journal log diarrhea 3`):
        # the form shows it to keep or change, and never drops it unseen.
        self.has_amount = self.unit is not None or entry.amount is not None
        # "other" says what it was in its note: typed at once, it went into the time field.
        self.other = entry.kind == "other"

    def compose(self) -> ComposeResult:
        e = self.entry
        with Vertical(id="factor-form"):
            title = Text(f"{factor_name(e.kind)} · {e.date:%a %-d %b}", style="bold")
            yield Static(title, id="form-title")
            if self.has_amount:
                amount = "" if e.amount is None else f"{e.amount:g}"
                label = self.unit.capitalize() if self.unit else "Amount"
                hint = f"how many {self.unit}" if self.unit else "optional"
                with Horizontal(classes="field"):
                    yield Label(label)
                    yield Input(amount, id="amount", placeholder=hint)
                yield Static(id="amount-error", classes="error")
            hint = "what it was, e.g. sauna" if self.other else "optional"
            yield from time_and_note_fields(e.time, e.note, hint)
            yield Static(id="escape-warning", classes="error")
            yield KeyHint(
                "Tab next field · Enter saves · " + self._escape_hint(), classes="", id="form-help"
            )

    def on_mount(self) -> None:
        if self.other and not self.has_amount:
            self.query_one("#note", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.save()

    def save(self) -> None:
        for error in self.query(".error").results(Static):
            error.display = False
        try:
            typed = self.query_one("#amount", Input).value if self.has_amount else None
            amount = v.optional_amount(typed, "amount", maximum=factor_limit(self.entry.kind))
            at = v.parse_time(self.query_one("#time", Input).value)
            if at != self.entry.time:  # a new time must have happened; a kept one is kept
                at = v.not_later_today(self.entry.date, at)
            note = self.query_one("#note", Input).value
            changed = dataclasses.replace(self.entry, time=at, amount=amount, note=note)
        except v.ValidationError as exc:
            field = exc.field if exc.field in ("amount", "time", "note") else "note"
            # Under "Minutes" (or "Hours", "Drinks"), "amount: ..." named a field not shown.
            said = exc.message if field == "amount" else exc
            show_error(self.query_one(f"#{field}-error", Static), said)
            return
        self.dismiss(None if changed == self.entry else changed)

    def action_keep(self) -> None:
        if not first_escape_warns(self, self._typed_any()):
            self.dismiss(None)

    def _typed_any(self) -> bool:
        e = self.entry
        shown = {"time": e.time.strftime("%H:%M"), "note": e.note}
        if self.has_amount:
            shown["amount"] = "" if e.amount is None else f"{e.amount:g}"
        return any(self.query_one(f"#{field}", Input).value != was for field, was in shown.items())

    def _escape_hint(self) -> str:
        if self.editing:
            return "Esc leaves it unchanged"
        return "Esc keeps it as recorded, without details"
