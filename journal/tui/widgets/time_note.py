"""The time and note fields every entry form ends with, each with its error line."""

from __future__ import annotations

from datetime import time

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Input, Label, Static


def time_and_note_fields(at: time, note: str, note_hint: str = "optional") -> ComposeResult:
    with Horizontal(classes="field"):
        yield Label("Time")
        yield Input(at.strftime("%H:%M"), id="time", max_length=5)
    yield Static(id="time-error", classes="error")
    with Horizontal(classes="field"):
        yield Label("Note")
        # Not selected on focus: a kept note is added to, not replaced by the first key.
        yield Input(note, id="note", placeholder=note_hint, select_on_focus=False)
    yield Static(id="note-error", classes="error")
