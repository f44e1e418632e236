"""The Today keys for foods and supplements: log, log again, copy a meal, edit or delete a row.

A base class of TodayScreen beside SymptomKeys, so its bindings and handlers join
Today's. What each key does is in `journal.tui.food_actions`, loaded at the first
food key: the first frame needs none of the food screens.
"""

from __future__ import annotations

from datetime import date
from types import ModuleType
from typing import TYPE_CHECKING, Any

from textual import on
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable

from journal.tui.journal_app import AsJournalApp
from journal.tui.widgets.entry_tables import FoodTable

if TYPE_CHECKING:
    from journal.core.entries.day import Day


def food_actions() -> ModuleType:
    """The food screens, loaded at first use: the first frame does not need them."""
    from journal.tui import food_actions

    return food_actions


class FoodKeys(Screen[None]):
    BINDINGS = [
        Binding("f", "log_food", "Food"),
        Binding("m", "log_supplement", "Supplement"),
        Binding("a", "log_again", "Again", show=False),
        Binding("y", "copy_meal", "Yesterday's meal", show=False),
        # On the foods table; the symptoms table has its own delete key.
        # Backspace too: a Mac laptop's delete key sends it, and it has no other.
        Binding("delete,backspace", "delete_entry", "Delete", show=False),
    ]

    if TYPE_CHECKING:
        shown: date
        day: Day
        read_only_reason: str | None

        def follow_today(self) -> bool: ...

    journal_app = AsJournalApp()

    def action_log_food(self) -> None:
        food_actions().log_food(self)

    def action_log_supplement(self) -> None:
        food_actions().log_supplement(self)

    def action_log_again(self) -> None:
        food_actions().log_again(self)

    def action_copy_meal(self) -> None:
        food_actions().copy_yesterday(self)

    # -- rows of the foods table -------------------------------------------------

    def _selected_food(self, table: DataTable[Any]) -> str | None:
        """The entry id of the foods table's row under the cursor; None (said) if read-only."""
        if not table.row_count:
            return None
        if self.read_only_reason:
            self.journal_app.say(self.read_only_reason, severity="error")
            return None
        return table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value

    @on(DataTable.RowSelected, "#foods")
    def _edit_food_row(self, event: DataTable.RowSelected) -> None:
        entry_id = self._selected_food(event.data_table)
        if entry_id is not None:
            food_actions().edit_row(self, entry_id)

    def action_delete_entry(self) -> None:
        if isinstance(self.focused, FoodTable):
            entry_id = self._selected_food(self.focused)
            if entry_id is not None:
                food_actions().delete_row(self, entry_id)
