"""The dashboard: magnesium against symptom days, in numbers, charts and plain words.

It opens with the answer (one sentence and its picture); the full tables are one
key (t) away.

The statistics run in a thread worker that posts `StatsComputed`; the screen
shows "computing…" until it arrives. They come from the app's day summaries
(store/summaries.py): opening checks every day file's stamp and re-reads only
changed ones; a new period, threshold or basis reads no file.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import partial
from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.events import Resize
from textual.message import Message
from textual.widgets import Header, Static
from textual.worker import get_current_worker

from journal.core import clock
from journal.core.analysis.daily import ALL, DayRow
from journal.core.analysis.dashboard import (
    ANY_FOOD,
    COMPLETE_ONLY,
    DEFAULT_PERIOD,
    OWN_FOOD_DAYS,
    PERIODS,
    Dashboard,
    build_from_rows,
    read_start,
    recent_foods,
)
from journal.store.errors import StoreError
from journal.tui.journal_app import AsJournalApp
from journal.tui.screens.dashboard_views import Computed, View, next_threshold
from journal.tui.screens.today_keys_elsewhere import TodayKeysElsewhere
from journal.tui.widgets.dashboard_text import (
    answer_text,
    basis_text,
    correlation_text,
    intake_text,
    status_text,
)
from journal.tui.widgets.heat_map import HeatMap, heat_map
from journal.tui.widgets.intake_chart import IntakeChart
from journal.tui.widgets.keys_footer import KeysFooter

if TYPE_CHECKING:
    from textual.timer import Timer

    from journal.core.entries.models import FoodEntry

WIDE = 140  # from this width the two panels sit side by side
COMPUTING_AFTER = 0.15  # seconds: a recompute slower than this says "computing…"
AHEAD_AFTER = 0.2  # seconds after a view's figures: make the views l and c ask for


class DashboardScreen(TodayKeysElsewhere):
    CSS_PATH = "dashboard.tcss"
    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("q", "app.pop_screen", "Back", show=False),
        Binding("1", "period('30 days')", "30 d"),
        Binding("2", "period('90 days')", "90 d"),
        Binding("3", "period('year')", "Year"),
        Binding("4", "period('all')", "All"),
        Binding("t", "tables", "Tables"),
        Binding("l", "threshold", "Low-day threshold"),
        Binding("c", "basis", "Complete days / any food"),
    ]

    NOT_POINTED = frozenset({"dashboard"})  # d here: this is the dashboard
    # So help (?) fits at 80 columns; c and u still work, and help lists them.
    FOOTER_MIN_WIDTH = {"basis": 110, "threshold": 100, "undo": 130}
    FOOTER_COMPACT_BELOW = 100

    @dataclass
    class StatsComputed(Message):
        dashboard: Dashboard | None
        error: str | None = None
        texts: dict[str, Text] = field(default_factory=dict)  # by widget id, made in the worker
        view: View | None = None
        computed: Computed | None = None

    def __init__(self) -> None:
        super().__init__()
        self.period = DEFAULT_PERIOD
        self.threshold = 1.0
        self.basis: str | None = None  # None: complete days once 14 are marked, else any food
        self.shown_basis: str | None = None  # what the last computation used
        self._foods: list[FoodEntry] | None = None  # the last 90 days' foods, read at open
        self._computing: Timer | None = None
        self._ahead: Timer | None = None  # starts making the next views
        self._scanned_from: date | None = None  # how far back this screen checked stamps
        self._views: dict[View, Computed] = {}  # each view computed on this visit
        self._shown: dict[str, object] = {}  # what each widget shows, by id
        self._dash: Dashboard | None = None  # the figures shown

    journal_app = AsJournalApp()

    def compose(self) -> ComposeResult:
        yield Header()
        # Shown with its figures (or "computing…"): laid out empty first, it cost a layout
        # of every panel before the one that counts.
        with VerticalScroll(id="dashboard", classes="waiting"):
            yield Static(id="dash-status")
            yield Static(id="dash-trial")  # a trial is running (see trial_note)
            yield Static(id="dash-profile", classes="error")  # see profile_note
            yield Static(id="answer")
            yield Static(id="dash-basis")  # which days it uses: below the answer
            with Horizontal(id="dash-panels"):
                with Vertical(id="intake-panel", classes="panel"):
                    yield Static("Intake", classes="panel-title")
                    yield Static(id="intake-summary")
                    yield IntakeChart(id="intake-chart")
                    yield Static("Last 16 weeks", classes="panel-title")
                    yield HeatMap(id="heat-map")
                    yield Static(id="intake-sources")
                with Vertical(id="correlation-panel", classes="panel hidden"):
                    yield Static("Magnesium and symptoms: the full tables", classes="panel-title")
                    yield Static(id="correlations")
        yield KeysFooter()

    def on_mount(self) -> None:
        from journal.tui.screens.day_turn import follow_the_date

        self._layout_for(self.app.size.width)
        self.trial_note()
        self.profile_note()
        self.compute()
        follow_the_date(self, self._new_day)

    def _new_day(self) -> None:
        self.trial_note()
        self.compute()

    def profile_note(self) -> None:
        """A profile that cannot be read leaves the default target in the figures: said
        above the answer, as Today says it, so no low day reads as judged by theirs."""
        error = self.journal_app.profile_error
        shown = self.query_one("#dash-profile", Static)
        if error is not None:
            shown.update(
                Text(
                    "Your profile cannot be read, so low days here are judged by the "
                    f"default target ({self.journal_app.target_mg:.0f} mg), not yours: {error}"
                )
            )
        shown.display = error is not None

    def trial_note(self) -> None:
        from journal.core.trial.words import dashboard_note
        from journal.store.trial import load_trial

        try:
            note = dashboard_note(load_trial(self.journal_app.journal), clock.today())
        except StoreError as exc:
            note = f"Trial: {exc}"
        shown = self.query_one("#dash-trial", Static)
        shown.update(Text(note or ""))
        shown.display = note is not None

    def on_resize(self, event: Resize) -> None:
        self._layout_for(event.size.width)

    def _layout_for(self, width: int) -> None:
        self.query_one("#dash-panels").set_class(width >= WIDE, "wide")

    def compute(self) -> None:
        # The figures come in a few frames (the app read the summaries' cache after its
        # first frame): saying "computing…" first would only cost a layout and a frame,
        # so it is said only if they are slow to come.
        if self._computing is not None:
            self._computing.stop()
        self._computing = self.set_timer(COMPUTING_AFTER, self._say_computing)
        if self._ahead is not None:
            self._ahead.stop()
        self.workers.cancel_group(self, "ahead")
        group = self.journal_app.profile.my_symptom or ALL  # the main question's symptom
        target = self.journal_app.target_mg
        targets = self.journal_app.day_targets
        self._compute(View(self.period, self.threshold, target, self.basis, group, targets))

    def _say_computing(self) -> None:
        self._shown.pop("dash-status", None)
        self.query_one("#dashboard").remove_class("waiting")
        self.query_one("#dash-status", Static).update(
            Text(f"computing… ({self.period}, low day below {self.threshold:.0%} of target)")
        )

    @work(thread=True, exclusive=True)
    def _compute(self, view: View) -> None:
        today = clock.today()
        summaries = self.journal_app.summaries
        needed = read_start(today, PERIODS[view.period])
        try:
            if self._scanned_from is None or needed < self._scanned_from:
                # The first time a period reaches this far back, the day files' stamps
                # are checked (another copy may have written any day); later keys use
                # the summaries kept for the session.
                summaries.scan(needed)
                self._scanned_from = needed
            rows = summaries.rows(needed)
            if self._foods is None:
                since = today - timedelta(days=OWN_FOOD_DAYS)
                summaries.mark_validated(since)
                self._foods = recent_foods(self.journal_app.journal.days(since, today), today)
        except StoreError as exc:
            self.post_message(self.StatsComputed(None, str(exc)))
            return
        rows = {day: row for day, row in rows.items() if day <= today}
        # A view seen before on this visit, from the same rows (a write since changes
        # them), is shown again as it was: 4 after 1 recomputes nothing.
        computed = self._views.get(view)
        if computed is None or computed.today != today or computed.rows != rows:
            computed = Computed(today, rows, self._build(view, rows, today))
            self._views[view] = computed
        dash = computed.dashboard
        texts = {
            "dash-status": status_text(dash),
            "answer": answer_text(dash),
            "dash-basis": basis_text(dash),
            "intake-summary": intake_text(dash),
            "heat-map": heat_map(dash.heat, dash.target_on),
            "intake-sources": intake_text(dash, sources=True),
        }
        self.post_message(self.StatsComputed(dash, texts=texts, view=view, computed=computed))

    @work(thread=True, exclusive=True, group="ahead")
    def _make_ahead(self, view: View, computed: Computed) -> None:
        """The views l and c ask for next, made once this one is drawn, while the person
        reads it (a view of all days takes ~40 ms at ten years): those keys then only
        draw. A key cancels this worker, and what it has not made yet."""
        today, rows = computed.today, computed.rows
        other_basis = ANY_FOOD if computed.dashboard.analysis.complete_only else COMPLETE_ONLY
        for ahead in (
            replace(view, threshold=next_threshold(view.threshold)),
            replace(view, basis=other_basis),
        ):
            if get_current_worker().is_cancelled:
                return
            known = self._views.get(ahead)
            if known is None or known.today != today or known.rows != rows:
                try:
                    made = self._build(ahead, rows, today)
                except Exception:  # a view nobody asked for must not end the app
                    return  # made again if its key is pressed, and any error shown then
                self._views[ahead] = Computed(today, rows, made)

    def _build(self, view: View, rows: dict[date, DayRow], today: date) -> Dashboard:
        length = PERIODS[view.period]
        assert self._foods is not None
        return build_from_rows(
            rows,
            self._foods,
            today,
            length,
            view.target,
            view.threshold,
            view.basis,
            view.group,
            day_target=view.targets.mg,
        )

    def on_dashboard_screen_stats_computed(self, message: StatsComputed) -> None:
        if self._computing is not None:
            self._computing.stop()
            self._computing = None
        self.query_one("#dashboard").remove_class("waiting")
        dash = message.dashboard
        if dash is None:
            self._shown.pop("dash-status", None)
            self.query_one("#dash-status", Static).update(
                Text(f"Could not read the journal: {message.error}", style="bold red")
            )
            return
        self._dash = dash
        self.shown_basis = COMPLETE_ONLY if dash.analysis.complete_only else ANY_FOOD
        # Only what changed is updated: each update lays out and draws its widget again,
        # and l or c leave the intake, the chart and the calendar as they were.
        for widget_id, text in message.texts.items():
            if self._shown.get(widget_id) != text:
                self._shown[widget_id] = text
                self.query_one(f"#{widget_id}", Static).update(text)
        chart = (dash.rows, dash.target, dash.day_target)
        if self._shown.get("intake-chart") != chart:
            self._shown["intake-chart"] = chart
            self.query_one(IntakeChart).show(*chart)
        self._show_tables()
        if message.view is not None and message.computed is not None:
            # Once this frame is out (call_after_refresh came too soon: made alongside
            # the drawing, they took the GIL from it); a key before then cancels them.
            self._ahead = self.set_timer(
                AHEAD_AFTER, partial(self._make_ahead, message.view, message.computed)
            )

    def _show_tables(self) -> None:
        """The full tables, made only while they are shown (they are one key away)."""
        if self._dash is None or self.query_one("#correlation-panel").has_class("hidden"):
            return
        if self._shown.get("correlations") is not self._dash:
            self._shown["correlations"] = self._dash
            self.query_one("#correlations", Static).update(correlation_text(self._dash))

    def action_back(self) -> None:
        """Escape closes the full tables first (as t opened them), then the dashboard."""
        panel = self.query_one("#correlation-panel")
        if not panel.has_class("hidden"):
            self.action_tables()
        else:
            self.app.pop_screen()

    def action_tables(self) -> None:
        """Show or hide the full tables; shown, they are scrolled into view, and hidden,
        the answer is (t again left the view at the foot of the page, the answer gone)."""
        panel = self.query_one("#correlation-panel")
        panel.toggle_class("hidden")
        self._show_tables()
        if not panel.has_class("hidden"):
            self.call_after_refresh(panel.scroll_visible, top=True, animate=False)
        else:
            self.call_after_refresh(self.query_one("#dashboard").scroll_home, animate=False)

    def action_period(self, period: str) -> None:
        self.period = period
        self.compute()

    def action_threshold(self) -> None:
        self.threshold = next_threshold(self.threshold)
        self.compute()

    def action_basis(self) -> None:
        """Switch between complete days only and every day with any food."""
        self.basis = ANY_FOOD if self.shown_basis == COMPLETE_ONLY else COMPLETE_ONLY
        self.compute()
