"""The Today screen's tables: foods, and symptoms with factors. User text goes in as Text.

Column labels are Text too: a str label is parsed as markup, which loads Rich's
emoji table (some 6 ms of each start).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, time

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import DataTable
from textual.widgets.data_table import ColumnKey

from journal.core.entries.day import Day
from journal.core.entries.kinds import entry_details, entry_what
from journal.core.entries.models import FactorEntry, SymptomEntry
from journal.core.food.measure_words import portion_words
from journal.tui.widgets.bracket_wrap import bracket_lines


def _cell(text: str) -> Text:
    """User text as a Text cell: DataTable would parse a plain str as markup."""
    return Text(text, no_wrap=True, overflow="ellipsis")


def _wrapped(text: str) -> Text:
    """A cell that wraps onto more lines (its row grows) rather than cut the words off:
    USDA names and portions are long, and at 80 columns "Coffee, brewed from groun..."
    and "1 medium (7" said too little."""
    return Text(text, overflow="fold")


def _number(value: float | None, width: int = 6) -> Text:
    # DataTable ignores a cell's own justify: pad to the column's width instead.
    return Text(("?" if value is None else f"{value:,.0f}").rjust(width))


class EntryTable(DataTable[Text]):
    """One row per entry, the row's key its id; a row is chosen, not a cell.

    Every column has a fixed width (WIDTHS) but one (REST), which takes the rest of the
    table's width and wraps: long words stay in view at 80 columns, never cut off."""

    WIDTHS: dict[str, int] = {}
    REST = ""

    def __init__(self, *, id: str | None = None) -> None:
        # Given at construction, not set once mounted: a change then is redrawn.
        super().__init__(cursor_type="row", zebra_stripes=True, id=id)
        self._shown: Day | None = None  # the day the rows are of, drawn again on a resize

    def show(self, day: Day, *, follow_new: bool = True) -> None:
        """Draw `day`'s rows. `follow_new`: a row the person just logged (or put back with
        undo) takes the cursor and the focus, so it is in view and Enter or Delete reach it;
        not a row another program wrote, which would move the cursor under their keys."""
        with self._keeping_place(day.date, follow_new):
            self.clear()
            self._add_rows(day)
        self._shown = day

    def _row(self, cells: list[Text], key: str) -> None:
        """Add a row as tall as its tallest cell wraps to. Given, not left for the table
        to find: finding it, the table drew every cell of every row, then each again for
        the first frame (its cache is keyed on focus, which comes between), 13 ms of
        the app's start on a day of 11 entries; and it never measured a row again, so a
        note wrapped at 200 columns was cut at 80 after a resize."""
        console, options = self.app.console, self.app.console_options
        height = 1
        for cell, column in zip(cells, self.ordered_columns, strict=True):
            if cell.cell_len > column.width or "\n" in cell.plain:
                # As the table draws it: Rich's own wrap at the column's width.
                lines = console.render_lines(cell, options.update_width(column.width), pad=False)
                height = max(height, len(lines))
        self.add_row(*cells, key=key, height=height)

    def _add_rows(self, day: Day) -> None:
        raise NotImplementedError

    @contextmanager
    def _keeping_place(self, day: date, follow_new: bool) -> Iterator[None]:
        """Redraw the rows with the cursor where the person left it. Every change
        redraws the table, and `clear()` put the cursor on the first row: a second
        Delete then removed a row never chosen, and a row just logged stayed below
        the edge at 80x24. The cursor goes to a new row if followed, else to the row
        it was on, else stays in its place."""
        keys = [row.key.value for row in self.ordered_rows]
        at = self.cursor_row
        was_on = keys[at] if 0 <= at < len(keys) else None
        same_day = self._shown is not None and day == self._shown.date
        yield
        now = [row.key.value for row in self.ordered_rows]
        if not same_day or not now:
            return  # another day: from its first row
        added = [key for key in now if key not in keys]
        if added and follow_new:
            self.move_cursor(row=now.index(added[0]))
            self.focus()
        elif was_on in now:
            self.move_cursor(row=now.index(was_on))
        else:
            self.move_cursor(row=min(at, len(now) - 1))

    def _rest_width(self) -> int:
        padding = 2 * (len(self.WIDTHS) + 1) + 2  # cell padding, and room for a scrollbar
        # Unsized at mount, the table guesses the screen's width, as it has on Today: a
        # wrong guess drew the whole table twice before the first frame. on_resize corrects.
        width = self.size.width or self.app.size.width
        return max(12, width - sum(self.WIDTHS.values()) - padding)

    def on_resize(self) -> None:
        if self.row_count:
            # A line over the tables (the supplement warning) can come with a new row
            # and shrink the table after that row was scrolled to: it went below the edge.
            self.move_cursor(row=self.cursor_row, animate=False)
        column = self.columns.get(ColumnKey(self.REST))
        if column is not None and column.width != self._rest_width():
            column.width = self._rest_width()
            if self._shown is not None:
                self.show(self._shown, follow_new=False)  # each row's height at the new width
            self.refresh(layout=True)


class FoodTable(EntryTable):
    """Foods and supplements of one day in time order; the key of each row is the entry id."""

    # Fixed widths for all but the food's name, which takes the rest: USDA names
    # are long, and the figures must stay in view at 80 columns.
    WIDTHS = {"time": 5, "meal": 10, "amount": 14, "mg": 6, "kcal": 5}
    REST = "food"

    def on_mount(self) -> None:
        self.add_column(Text("Time"), key="time", width=self.WIDTHS["time"])
        self.add_column(Text("Meal"), key="meal", width=self.WIDTHS["meal"])
        self.add_column(Text("Food"), key="food", width=self._rest_width())
        self.add_column(Text("Amount"), key="amount", width=self.WIDTHS["amount"])
        self.add_column(Text("Mg", justify="right"), key="mg", width=self.WIDTHS["mg"])
        self.add_column(Text("kcal", justify="right"), key="kcal", width=self.WIDTHS["kcal"])

    def _add_rows(self, day: Day) -> None:
        rows: list[tuple[time, str, list[Text]]] = []
        name_width, amount_width = self._rest_width(), self.WIDTHS["amount"]
        for f in day.foods:
            row = [
                _cell(f.meal),
                _wrapped(bracket_lines(f.name, name_width)),
                _wrapped(bracket_lines(portion_words(f.amount_text), amount_width)),
                _number(f.mg),
                _number(f.kcal, self.WIDTHS["kcal"]),
            ]
            rows.append((f.time, f.id, row))
        for s in day.supplements:
            name = f"Magnesium {s.form}"
            dose = f"{s.salt_mg:,.0f} mg salt" if s.salt_mg else "1 dose"
            dose = bracket_lines(dose, amount_width)
            row = [_cell("supplement"), _wrapped(name), _wrapped(dose), _number(s.mg), _cell("")]
            rows.append((s.time, s.id, row))
        for when, key, row in sorted(rows, key=lambda r: r[0]):  # stable: then as logged
            self._row([_cell(when.strftime("%H:%M")), *row], key)


class SymptomTable(EntryTable):
    """Symptoms and confounding factors of one day in time order."""

    BINDINGS = [
        Binding("enter", "select_cursor", "Edit", show=False),
        Binding("delete,backspace", "request_delete", "Delete"),  # as FoodKeys
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

    # The note takes the rest and wraps: "woke me at three ... stretched the calf" was
    # cut off at the screen's edge, with nothing to say it went on.
    WIDTHS = {"time": 5, "what": 12, "details": 19}
    REST = "note"

    def on_mount(self) -> None:
        self.add_column(Text("Time"), key="time", width=self.WIDTHS["time"])
        self.add_column(Text("What"), key="what", width=self.WIDTHS["what"])
        self.add_column(Text("Details"), key="details", width=self.WIDTHS["details"])
        self.add_column(Text("Note"), key="note", width=self._rest_width())

    def _add_rows(self, day: Day) -> None:
        entries: list[SymptomEntry | FactorEntry] = [*day.symptoms, *day.factors]
        entries.sort(key=lambda e: e.time)  # stable: then as logged
        for e in entries:
            # Symptoms bold, factors italic: the two read apart at a glance.
            style = "bold" if isinstance(e, SymptomEntry) else "italic"
            what = Text(entry_what(e), style=style, overflow="fold")
            row = [what, _wrapped(entry_details(e)), _wrapped(e.note)]
            self._row([Text(e.time.strftime("%H:%M")), *row], e.id)
