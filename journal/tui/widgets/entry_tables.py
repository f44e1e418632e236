"""The Today screen's tables: foods, and symptoms with factors. User text goes in as Text."""

from __future__ import annotations

from datetime import time

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import DataTable

from journal.core.day import Day
from journal.core.models import FactorEntry, SymptomEntry
from journal.core.quicklog import entry_details, entry_what


def _cell(text: str) -> Text:
    """User text as a Text cell: DataTable would parse a plain str as markup."""
    return Text(text)


def _number(value: float | None) -> Text:
    return Text("?" if value is None else f"{value:,.0f}", justify="right")


class FoodTable(DataTable[Text]):
    """Foods and supplements of one day in time order; the key of each row is the entry id."""

    def on_mount(self) -> None:
        self.cursor_type = "row"
        self.zebra_stripes = True
        self.add_column("Time", key="time", width=5)
        self.add_column("Meal", key="meal", width=10)
        self.add_column("Food", key="food")
        self.add_column("Amount", key="amount")
        self.add_column("Mg mg", key="mg")
        self.add_column("kcal", key="kcal")

    def show(self, day: Day) -> None:
        self.clear()
        rows: list[tuple[time, str, list[Text]]] = []
        for f in day.foods:
            amount = f.portion or f"{f.grams:g} g"
            row = [_cell(f.meal), _cell(f.name), _cell(amount), _number(f.mg), _number(f.kcal)]
            rows.append((f.time, f.id, row))
        for s in day.supplements:
            name = f"Magnesium {s.form}"
            row = [_cell("supplement"), _cell(name), _cell("1 dose"), _number(s.mg), _cell("")]
            rows.append((s.time, s.id, row))
        for when, key, row in sorted(rows, key=lambda r: (r[0], r[1])):
            self.add_row(_cell(when.strftime("%H:%M")), *row, key=key)


class SymptomTable(DataTable[Text]):
    """Symptoms and confounding factors of one day in time order."""

    BINDINGS = [
        Binding("enter", "select_cursor", "Edit", show=False),
        Binding("delete", "request_delete", "Delete"),
    ]

    class DeleteRequested(Message):
        """The person pressed delete on a row; the screen owns the journal and removes it."""

        def __init__(self, entry_id: str) -> None:
            super().__init__()
            self.entry_id = entry_id

    def action_request_delete(self) -> None:
        if self.row_count:
            row_key = self.coordinate_to_cell_key(self.cursor_coordinate).row_key
            if row_key.value is not None:
                self.post_message(self.DeleteRequested(row_key.value))

    def on_mount(self) -> None:
        self.cursor_type = "row"
        self.zebra_stripes = True
        self.add_column("Time", key="time", width=5)
        self.add_column("What", key="what")
        self.add_column("Details", key="details")
        self.add_column("Note", key="note")

    def show(self, day: Day) -> None:
        self.clear()
        entries: list[SymptomEntry | FactorEntry] = [*day.symptoms, *day.factors]
        entries.sort(key=lambda e: (e.time, e.id))
        for e in entries:
            # Symptoms bold, factors italic: the two read apart at a glance.
            style = "bold" if isinstance(e, SymptomEntry) else "italic"
            what = Text(entry_what(e), style=style)
            self.add_row(
                Text(e.time.strftime("%H:%M")), what, Text(entry_details(e)), Text(e.note), key=e.id
            )
