"""Today's first screen drawn by Textual alone: what the start-up figures owe to Textual.

The widgets of journal/tui/screens/today.py (a header, the date, the magnesium
bar, the two tables with their columns, the one-line footer with the keys shown
at 80 columns) with the app's own style sheets, holding the rows mg-journal shows
for the benchmarks' day (the ten-year demo journal's last day, 2026-11-25: eight
foods, two of them on two lines at 80 columns, and one factor); nothing of the
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
BAR = "Magnesium 673 mg of 310 mg  " + "█" * 36 + " 217%\nfood 673 mg · supplements 0 mg"
# The day's rows as mg-journal draws them (time, meal, food, amount, mg, kcal).
FOODS = (
    ("08:15", "breakfast", "Bread, white", "2 slices", 14, 148),
    ("08:15", "breakfast", "Yogurt, plain, whole milk", "1 cup", 29, 149),
    ("13:15", "lunch", "Spinach, boiled", "1 cup", 157, 41),
    ("13:15", "lunch", "Rice, brown, long-grain, cooked", "1 cup", 84, 216),
    ("13:15", "lunch", "Avocados, raw", "1 cup, cubes", 44, 240),
    ("16:00", "snack", "Bananas, raw", "1 medium", 32, 105),
    ("16:00", "snack", "Pumpkin seeds, roasted", "1 oz", 156, 163),
    ("19:00", "dinner", "Salmon, Atlantic, farmed, cooked", "3 oz", 26, 175),
)
SYMPTOMS = (("17:30", "exercise", "45 minutes", "run"),)


class Today(Screen[None]):
    BINDINGS = [
        Binding(key, f"key('{key}')", words, key_display="?" if key == "question_mark" else None)
        for key, words in (k.split(" ", 1) for k in KEYS)
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="today"):
            yield Static(Text("Wednesday 25 November 2026  (today)", style="bold"), id="date-title")
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
        # The wrapping column takes the rest of the width, as in mg-journal.
        rest = {"Food": 54, "Note": 46}
        for table, columns, rows in (
            ("#foods", FOOD_COLUMNS, FOODS),
            ("#symptoms", SYMPTOM_COLUMNS, SYMPTOMS),
        ):
            grid = self.query_one(table, DataTable)
            widths = [
                max(12, self.app.size.width - rest[label]) if label in rest else width
                for label, width in columns
            ]
            for (label, _), width in zip(columns, widths, strict=True):
                grid.add_column(Text(label), width=width)
            console = self.app.console
            for row in rows:
                cells = [Text(str(value), overflow="fold") for value in row]
                lines = [len(c.wrap(console, w)) for c, w in zip(cells, widths, strict=True)]
                grid.add_row(*cells, height=max(lines))
            grid.styles.height = f"{grid.row_count + 1}fr"  # the room shared by rows held
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
