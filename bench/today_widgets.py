"""Today's first screen drawn by Textual alone: what the start-up figures owe to Textual.

The widgets of journal/tui/screens/today.py (a header, the date, the magnesium
bar, the two tables with their columns, the one-line footer with the keys shown
at 80 columns) with the app's own style sheets, on an empty day; nothing of the
journal is imported or read (only the footer, a widget of Textual and Rich
alone). bench/bench_pty.py times it beside the bare app and mg-journal: the
bare app's figure to this one's is Textual's cost of the screen, the rest is
ours (our modules' import, opening the journal, reading the day). Keep it in
step with Today's compose when that changes.
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static

from journal.tui.widgets.keys_footer import KeysFooter

TUI = Path(__file__).resolve().parent.parent / "journal" / "tui"
KEYS = ("c Cramp", "x Factor", "d Dashboard", "f Food", "q Quit", "u Undo", "question_mark Help")
FOOD_COLUMNS = (("Time", 5), ("Meal", 10), ("Food", 26), ("Amount", 14), ("Mg", 6), ("kcal", 5))
SYMPTOM_COLUMNS = (("Time", 5), ("What", 12), ("Details", 19), ("Note", 20))
BAR = "Magnesium 0 mg of 310 mg  " + "░" * 36 + " 0%\nfood 0 mg · supplements 0 mg"


class Today(Screen[None]):
    BINDINGS = [
        Binding(key, f"key('{key}')", words, key_display="?" if key == "question_mark" else None)
        for key, words in (k.split(" ", 1) for k in KEYS)
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="today"):
            yield Static(Text("Sunday 6 December 2026  (today)", style="bold"), id="date-title")
            yield Static(id="trial-line")
            yield Static(Text(BAR), id="mg-bar")
            yield Static(id="load-error", classes="error")
            yield Static(id="sync-note")
            yield Static("Foods and supplements", classes="panel-title")
            yield DataTable(cursor_type="row", zebra_stripes=True, id="foods")
            yield Static("Symptoms and factors", classes="panel-title")
            yield DataTable(cursor_type="row", zebra_stripes=True, id="symptoms")
        yield KeysFooter()

    def on_mount(self) -> None:
        for table, columns in (("#foods", FOOD_COLUMNS), ("#symptoms", SYMPTOM_COLUMNS)):
            for label, width in columns:
                self.query_one(table, DataTable).add_column(Text(label), width=width)
        self.query_one("#trial-line").display = False

    def action_key(self, key: str) -> None:
        """Nothing: the keys are here to be drawn."""


class TodayWidgets(App[None]):
    TITLE = "Mg Journal"
    CSS_PATH = [TUI / "app.tcss", TUI / "screens" / "today.tcss"]
    CSS = "#mg-bar { height: auto; min-height: 2; padding: 0 1; }"  # MagnesiumBar's own

    def get_default_screen(self) -> Screen[None]:
        return Today()


if __name__ == "__main__":
    TodayWidgets().run()
