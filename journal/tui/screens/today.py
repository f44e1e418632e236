"""Today: the day's foods, magnesium against the target, symptoms and factors."""

from __future__ import annotations

from datetime import date, timedelta
from types import ModuleType
from typing import TYPE_CHECKING, Any, cast

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.reactive import reactive
from textual.widgets import DataTable, Header, Static

from journal.core import clock
from journal.core.entries.day import Day
from journal.store.errors import StoreError
from journal.tui.screens.symptom_keys import SymptomKeys
from journal.tui.widgets.entry_tables import FoodTable, SymptomTable
from journal.tui.widgets.keys_footer import KeysFooter
from journal.tui.widgets.mg_bar import MagnesiumBar

if TYPE_CHECKING:
    from journal.tui.app import MgJournalApp


def food_actions() -> ModuleType:
    """The food screens, loaded at first use: the first frame does not need them."""
    from journal.tui import food_actions

    return food_actions


def day_title(day: date, today: date, complete: bool = False) -> str:
    label = day.strftime("%A %-d %B %Y")
    if day == today:
        label += "  (today)"
    elif day == today - timedelta(days=1):
        label += "  (yesterday)"
    return f"{label}  ✓ complete" if complete else label


class TodayScreen(SymptomKeys):
    # today.tcss is read with the app's sheet (see MgJournalApp.CSS_PATH).
    # `id`s name the keys a person may move in the profile's keymap.
    BINDINGS = [
        Binding(
            "left_square_bracket", "previous_day", "Prev day", key_display="[", id="previous_day"
        ),
        Binding("right_square_bracket", "next_day", "Next day", key_display="]", id="next_day"),
        Binding("t", "go_today", "Today", show=False, id="today"),
        Binding("g", "go_to_date", "Go to date", show=False, id="go_to_date"),
        Binding("d", "dashboard", "Dashboard", id="dashboard"),
        Binding("p", "profile", "Profile", show=False, id="profile"),
        Binding("f", "log_food", "Food"),
        Binding("m", "log_supplement", "Supplement"),
        Binding("a", "log_again", "Again", show=False),
        Binding("y", "copy_meal", "Yesterday's meal", show=False),
        Binding("delete", "delete_entry", "Delete", show=False),
        Binding("exclamation_mark", "toggle_complete", "Day complete", key_display="!"),
    ]
    # Entry actions on the selected row, by the id of the table that has it: table id ->
    # names of (edit, delete) in food_actions, called with this screen and the entry id.
    ROW_ACTIONS = {"foods": ("edit_row", "delete_row")}

    # The footer shows the keys used most and adds the rest as the terminal widens
    # (action -> columns needed); every key stays in help (?) and the palette.
    FOOTER_MIN_WIDTH = {
        "log_supplement": 100,
        **{f"log_symptom('{kind}')": 135 for kind in ("twitch", "spasm", "weakness", "fatigue")},
        "toggle_complete": 150,
        "previous_day": 175,
        "next_day": 175,
    }

    shown: reactive[date] = reactive(clock.today, init=False)

    def __init__(self) -> None:
        super().__init__()
        self.day = Day(clock.today())
        self.read_only_reason: str | None = None
        self._stamp: tuple[int, int] | None = None

    @property
    def journal_app(self) -> MgJournalApp:
        return cast("MgJournalApp", self.app)

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="today"):
            yield Static(id="date-title")
            yield MagnesiumBar(id="mg-bar")
            yield Static(id="load-error", classes="error")
            yield Static("Foods and supplements", classes="panel-title")
            yield FoodTable(id="foods")
            yield Static("Symptoms and factors", classes="panel-title")
            yield SymptomTable(id="symptoms")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.shown = clock.today()
        self.load()
        # Another running copy (a shell quick-log) may write this day: notice it.
        self.set_interval(2.0, self._reload_if_changed)

    def watch_shown(self) -> None:
        self.load()

    def _day_stamp(self) -> tuple[int, int] | None:
        try:
            st = self.journal_app.journal.day_path(self.shown).stat()
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_ino)

    def _reload_if_changed(self) -> None:
        if self._day_stamp() != self._stamp:
            self.load()

    def load(self) -> None:
        """Read the shown day from the store and redraw; a damaged file is shown, not fixed."""
        self._stamp = self._day_stamp()
        self.journal_app.day_changed(self.shown)  # written here or seen changed by the watcher
        error = self.query_one("#load-error", Static)
        try:
            self.day = self.journal_app.journal.day(self.shown)
            self.read_only_reason = None
            error.update("")
            error.display = False
        except StoreError as exc:
            self.day = Day(self.shown)
            self.read_only_reason = str(exc)
            error.update(Text(f"This day is read-only: {exc}"))
            error.display = True
        self.query_one("#date-title", Static).update(
            Text(day_title(self.shown, clock.today(), self.day.complete), style="bold")
        )
        app = self.journal_app
        self.query_one(MagnesiumBar).show(
            self.day, app.target_mg, app.supplement_ul_mg, custom=app.mg_target.is_custom
        )
        self.query_one(FoodTable).show(self.day)
        self.query_one(SymptomTable).show(self.day)

    def action_previous_day(self) -> None:
        self.shown = self.shown - timedelta(days=1)

    def action_next_day(self) -> None:
        if self.shown >= clock.today():
            self.notify("Today is the latest day: the journal records what has happened.")
            return
        self.shown = self.shown + timedelta(days=1)

    def action_go_today(self) -> None:
        self.shown = clock.today()

    def action_go_to_date(self) -> None:
        from journal.tui.screens.go_to_date import GoToDate

        self.app.push_screen(GoToDate(), self._date_chosen)

    def _date_chosen(self, day: date | None) -> None:
        if day is not None:
            self.shown = day

    def action_toggle_complete(self) -> None:
        """Mark the shown day complete ("I logged everything I ate"), or not any more."""
        app, complete = self.journal_app, not self.day.complete
        if self.read_only_reason is not None:
            app.say(f"Not saved: {self.read_only_reason}", severity="error", timeout=10)
            return
        try:
            app.journal.set_complete(self.shown, complete)
        except StoreError as exc:
            app.say(str(exc), title="Not saved", severity="error", timeout=10)
            return
        when = self.shown.strftime("%-d %B")
        app.say(f"{when} marked complete" if complete else f"{when} no longer marked complete")
        self.load()

    def action_profile(self) -> None:
        from journal.tui.screens.profile import ProfileScreen

        self.app.push_screen(ProfileScreen(self.journal_app.profile))

    def action_dashboard(self) -> None:
        from journal.tui.screens.dashboard import DashboardScreen

        self.app.push_screen(DashboardScreen())

    def _row_action(self, table: DataTable[Any], which: int) -> None:
        actions = self.ROW_ACTIONS.get(table.id or "")
        if actions is None or not table.row_count:
            return
        if self.read_only_reason:
            self.journal_app.say(self.read_only_reason, severity="error")
            return
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        if key is not None:
            getattr(food_actions(), actions[which])(self, key)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self._row_action(event.data_table, 0)

    def action_delete_entry(self) -> None:
        if isinstance(self.focused, DataTable):
            self._row_action(self.focused, 1)

    def action_log_food(self) -> None:
        food_actions().log_food(self)

    def action_log_supplement(self) -> None:
        food_actions().log_supplement(self)

    def action_log_again(self) -> None:
        food_actions().log_again(self)

    def action_copy_meal(self) -> None:
        food_actions().copy_yesterday(self)
