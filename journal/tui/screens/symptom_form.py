"""The details of one symptom: severity and body place by single keys, time and note typed.

Opened right after a keystroke has stored the bare symptom, and for editing a
row on Today. It returns the changed entry, or None to keep the entry as it is.
"""

from __future__ import annotations

import dataclasses

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.reactive import reactive
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from journal.core import validate as v
from journal.core.entries.models import BODY_PLACES, SymptomEntry
from journal.tui.widgets.field_error import first_escape_warns, show_error
from journal.tui.widgets.time_note import time_and_note_fields

# Body places all start with a different letter, so each is one key away.
PLACE_KEYS = {place[0]: place for place in BODY_PLACES}


class DetailPicks(Static, can_focus=True):
    """Severity 1-5 and the body place, chosen with single keys while this has focus."""

    severity: reactive[int | None] = reactive(None)
    where: reactive[str | None] = reactive(None)

    def render(self) -> Text:
        # The labels bold, not the choices: Text("Severity", style="bold") made the
        # whole text's base style bold, every number and place with it.
        line = Text()
        line.append("Severity  ", style="bold")
        for n in range(1, 6):
            line.append(f" {n} ", style="reverse" if n == self.severity else "")
        line.append("   0 clears\n", style="dim")
        line.append("Where     ", style="bold")
        for place in BODY_PLACES:
            chosen = place == self.where
            line.append(" ")
            line.append(place[0], style="reverse underline" if chosen else "underline")
            line.append(place[1:] + " ", style="reverse" if chosen else "")
        return line


class SymptomForm(ModalScreen[SymptomEntry | None]):
    CSS_PATH = "symptom_form.tcss"
    AUTO_FOCUS = "DetailPicks"
    BINDINGS = [
        *(Binding(str(n), f"severity({n})", f"Severity {n}", show=False) for n in range(1, 6)),
        Binding("0", "severity(0)", "No severity", show=False),
        *(Binding(k, f"place('{p}')", p.capitalize(), show=False) for k, p in PLACE_KEYS.items()),
        Binding("enter", "save", "Save details"),
        Binding("escape", "keep", "Keep as is"),
    ]

    def __init__(self, entry: SymptomEntry, *, editing: bool = False) -> None:
        super().__init__()
        self.entry = entry
        # A row opened to edit: escape leaves it as it is, not "as first recorded".
        self.editing = editing
        # Kept here, not only on the widgets: keys typed in one burst with the one
        # that opened the form arrive before it is composed, and still count.
        self.severity, self.where = entry.severity, entry.where
        self._noting = False  # a letter has started the note (see on_key)

    def compose(self) -> ComposeResult:
        e = self.entry
        with Vertical(id="symptom-form"):
            title = Text(f"{e.kind} · {e.date:%a %-d %b}", style="bold")
            yield Static(title, id="form-title")
            picks = DetailPicks(id="picks")
            picks.severity, picks.where = self.severity, self.where
            yield picks
            yield from time_and_note_fields(e.time, e.note)
            yield Static(id="form-error", classes="error")
            yield Static(id="escape-warning", classes="error")
            yield Static(
                "1-5 severity · a letter picks the place · Tab to time and note\n"
                "Enter saves · " + self._escape_hint(),
                id="form-help",
            )

    def on_key(self, event: events.Key) -> None:
        # Words typed before Tab ("woke me twice") toggled places letter by letter and
        # were lost: a letter that picks nothing (not ?, not a digit) starts the note.
        char = event.character if event.is_printable else None
        if not char:
            return
        note = self.query_one("#note", Input)
        # Keys typed in a burst were all sent to the picks before the first moved the
        # focus: they reach here, not the note (which keeps the keys it gets itself).
        queued = self._noting and self.focused is note
        starts = isinstance(self.focused, DetailPicks) and char.isalpha()
        if queued or (starts and char not in PLACE_KEYS):
            event.stop()
            event.prevent_default()
            self._noting = True
            self.set_focus(note)  # at once, not after a refresh as focus() does
            note.insert_text_at_cursor(char)

    def action_severity(self, n: int) -> None:
        self.severity = n or None
        self._show_picks()

    def action_place(self, place: str) -> None:
        self.where = None if self.where == place else place
        self._show_picks()

    def _show_picks(self) -> None:
        for picks in self.query(DetailPicks):  # none yet before the form is composed
            picks.severity, picks.where = self.severity, self.where

    def _typed(self, field: str) -> str | None:
        """A field's text; None before the form is composed (the entry's own stands)."""
        return next((i.value for i in self.query(f"#{field}").results(Input)), None)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def action_save(self) -> None:
        for error in self.query(".error").results(Static):
            error.display = False
        try:
            typed = self._typed("time")
            at = self.entry.time if typed is None else v.parse_time(typed)
            note = self._typed("note")
            if at != self.entry.time:  # a new time must have happened; a kept one is kept
                at = v.not_later_today(self.entry.date, at)
            changed = dataclasses.replace(
                self.entry,
                time=at,
                severity=self.severity,
                where=self.where,
                note=self.entry.note if note is None else note,
            )
        except v.ValidationError as exc:
            self._show_error(exc)
            return
        self.dismiss(None if changed == self.entry else changed)

    def _show_error(self, exc: v.ValidationError) -> None:
        target = {"time": "#time-error", "note": "#note-error"}.get(exc.field, "#form-error")
        show_error(self.query_one(target, Static), exc)

    def action_keep(self) -> None:
        if not first_escape_warns(self, self._typed_any()):
            self.dismiss(None)

    def _typed_any(self) -> bool:
        e = self.entry
        return (self.severity, self.where) != (e.severity, e.where) or (
            self._typed("time") not in (None, e.time.strftime("%H:%M"))
            or self._typed("note") not in (None, e.note)
        )

    def _escape_hint(self) -> str:
        if self.editing:
            return "Esc leaves it unchanged"
        return "Esc keeps it as recorded, without details"
