"""Today: the day's foods, magnesium against the target, symptoms and factors."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.reactive import reactive
from textual.widgets import Header, Static

from journal.core import clock
from journal.core.entries.day import Day
from journal.store.errors import StoreError
from journal.tui.screens.food_keys import FoodKeys
from journal.tui.screens.navigation_keys import NavigationKeys
from journal.tui.screens.symptom_keys import SymptomKeys
from journal.tui.widgets.entry_tables import FoodTable, SymptomTable
from journal.tui.widgets.keys_footer import KeysFooter
from journal.tui.widgets.mg_bar import MagnesiumBar
from journal.tui.widgets.trial_line import TrialLine

if TYPE_CHECKING:
    from journal.store.conflicts import SyncReport


def day_title(day: date, today: date, complete: bool = False) -> str:
    label = day.strftime("%A %-d %B %Y")
    if day == today:
        label += "  (today)"
    elif day == today - timedelta(days=1):
        label += "  (yesterday)"
    return f"{label}  ✓ complete" if complete else label


# Its keys come in families, one base class each; the footer lists them in this order
# from the last base: symptoms, moving about, foods, then Today's own.
class TodayScreen(FoodKeys, NavigationKeys, SymptomKeys):
    # today.tcss is read with the app's sheet (see MgJournalApp.CSS_PATH).
    BINDINGS = [
        Binding("exclamation_mark", "toggle_complete", "Day complete", key_display="!"),
        Binding("b", "trial_dose", "Trial dose", show=False),
    ]
    # The footer shows the keys used most and adds the rest as the terminal widens
    # (action -> columns needed); every key stays in help (?) and the palette. The
    # first-day keys (f, m, c, x, d, u, q, ?) fit at 80 columns compact, by these names.
    FOOTER_SHORT = {"dashboard": "Dash"}
    FOOTER_MIN_WIDTH = {
        # The rows' Delete joins the footer where it fits beside "? Help" (the rows list
        # it in help, and Enter edits); at 80 columns it pushed Help off the line.
        "request_delete": 90,
        **{f"log_symptom('{kind}')": 135 for kind in ("twitch", "spasm", "weakness", "fatigue")},
        "toggle_complete": 150,
        "previous_day": 175,
        "next_day": 175,
    }

    shown: reactive[date] = reactive(clock.today, init=False)

    def __init__(self) -> None:
        super().__init__()
        self.day = Day(clock.today())
        self._today = clock.today()  # the date when `shown` was last set or checked
        self.read_only_reason: str | None = None
        self._stamp: tuple[int, int] | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="today"):
            yield Static(id="date-title")
            yield TrialLine(id="trial-line")
            yield MagnesiumBar(id="mg-bar")
            yield Static(id="load-error", classes="error")
            yield Static(id="profile-error", classes="error")
            yield Static(id="sync-note")
            yield Static("Foods and supplements", classes="panel-title")
            yield FoodTable(id="foods")
            yield Static(id="foods-empty", classes="empty-hint")
            yield Static("Symptoms and factors", classes="panel-title")
            yield SymptomTable(id="symptoms")
            yield Static(id="symptoms-empty", classes="empty-hint")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.shown = self._today = clock.today()
        self.load()
        self._show_sync(self.journal_app.journal.sync_report)
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
        # A sync engine may set a conflict copy beside a file while the app runs.
        from journal.store.conflicts import find_copies, merge_copies

        if find_copies(self.journal_app.journal.root):
            self._show_sync(merge_copies(self.journal_app.journal))
        if not self.follow_today() and self._day_stamp() != self._stamp:
            self.load(written_elsewhere=True)

    def _show_sync(self, report: SyncReport | None) -> None:
        """One line after a merge of conflict copies (from the start, or while running)."""
        summary = report.summary() if report is not None else ""
        if summary:
            note = self.query_one("#sync-note", Static)
            note.update(Text(summary[0].upper() + summary[1:]))
            note.display = True

    def follow_today(self) -> bool:
        """Past midnight, a screen showing today turns to the new today (so a night cramp
        logged now lands on its day, at now); True if it redrew. Checked every 2 s and
        before each logging key."""
        today = clock.today()
        if today == self._today:
            return False
        following, self._today = self.shown == self._today, today
        if following:
            self.shown = today  # watch_shown reloads
        else:
            self.load()  # the title's "(today)" / "(yesterday)" moved on
        return True

    def load(self, *, written_elsewhere: bool = False) -> None:
        """Read the shown day from the store and redraw; a damaged file is shown, not fixed.
        `written_elsewhere`: changed by another program, so its new rows are not chased."""
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
        goal = app.day_targets.on(self.shown)  # a past day's own target (its profile)
        ul = app.supplement_ul_mg
        infant = ul is None  # none is set under 1 year (an age known by its year)
        unread = self.query_one("#profile-error", Static)
        unread.display = app.profile_error is not None
        unread.update(
            Text(f"Your profile cannot be read, so your target is unknown: {app.profile_error}")
        )
        self.query_one(MagnesiumBar).show(
            self.day,
            None if app.profile_error else goal.mg,  # never the default shown as theirs
            ul,
            custom=goal.is_custom,
            infant=infant,
        )
        self._show_tables(follow_new=not written_elsewhere)
        self.trial = self.query_one(TrialLine).show(app.journal, self.shown)

    def _show_tables(self, *, follow_new: bool) -> None:
        from journal.tui.screens.today_empty import empty_lines

        lines = empty_lines(self, self.shown, clock.today())
        tables = (self.query_one(FoodTable), self.query_one(SymptomTable))
        for table, line in zip(tables, lines, strict=True):
            table.show(self.day, follow_new=follow_new)
            # The tables share the room by rows held (and a header): in equal halves at
            # 80x24 a day of ten foods hid its supper over five blank symptom lines.
            # An empty one is its header over a line naming the key that fills it.
            empty = not table.row_count and self.read_only_reason is None
            table.styles.height = 1 if empty else f"{table.row_count + 1}fr"
            table.styles.min_height = 1 if empty else None
            hint = self.query_one(f"#{table.id}-empty", Static)
            hint.update(Text(line))
            hint.display = empty

    def action_toggle_complete(self) -> None:
        """Mark the shown day complete ("I logged everything I ate"), or not any more."""
        app, complete = self.journal_app, not self.day.complete
        if self.read_only_reason is not None:
            app.say(f"Not saved: {self.read_only_reason}", severity="error", timeout=10)
            return
        if app.mark_complete(self.shown, complete):
            when = self.shown.strftime("%-d %B")
            said = "marked complete" if complete else "no longer marked complete"
            app.say(f"{when} {said} · u undoes it")

    def action_trial_dose(self) -> None:
        """Record the trial's dose on the day shown as taken or missed (see trial_dose.py)."""
        from journal.tui.trial_dose import ask_dose

        ask_dose(self)
