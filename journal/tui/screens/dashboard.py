"""The dashboard: magnesium against symptom days, in numbers, charts and plain words.

It opens with the answer (one sentence and its picture); the full tables are one
key (t) away.

The statistics run in a thread worker (reading ten years takes about a second)
that posts `StatsComputed`; the screen shows "computing…" until it arrives.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.events import Resize
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Header, Static

from journal.core import clock
from journal.core.analysis.daily import ALL
from journal.core.analysis.dashboard import (
    ANY_FOOD,
    COMPLETE_ONLY,
    DEFAULT_PERIOD,
    PERIODS,
    Dashboard,
    build,
    read_start,
)
from journal.store.errors import StoreError
from journal.tui.widgets.dashboard_text import (
    answer_text,
    correlation_text,
    intake_text,
    status_text,
)
from journal.tui.widgets.heat_map import HeatMap
from journal.tui.widgets.intake_chart import IntakeChart
from journal.tui.widgets.keys_footer import KeysFooter

if TYPE_CHECKING:
    from journal.tui.app import MgJournalApp

THRESHOLDS = (1.0, 0.9, 0.75, 0.5)  # a low day: below this fraction of the target
WIDE = 140  # from this width the two panels sit side by side


class DashboardScreen(Screen[None]):
    CSS_PATH = "dashboard.tcss"
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("q", "app.pop_screen", "Back", show=False),
        Binding("1", "period('30 days')", "30 d"),
        Binding("2", "period('90 days')", "90 d"),
        Binding("3", "period('year')", "Year"),
        Binding("4", "period('all')", "All"),
        Binding("t", "tables", "Tables"),
        Binding("l", "threshold", "Low-day threshold"),
        Binding("c", "basis", "Complete days / any food"),
    ]

    # So help (?) fits at 80 columns; c and u still work, and help lists them.
    FOOTER_MIN_WIDTH = {"basis": 110, "threshold": 100, "undo": 130}
    FOOTER_COMPACT_BELOW = 100

    @dataclass
    class StatsComputed(Message):
        dashboard: Dashboard | None
        error: str | None = None

    def __init__(self) -> None:
        super().__init__()
        self.period = DEFAULT_PERIOD
        self.threshold = 1.0
        self.basis: str | None = None  # None: complete days once 14 are marked, else any food
        self.shown_basis: str | None = None  # what the last computation used

    @property
    def journal_app(self) -> MgJournalApp:
        return cast("MgJournalApp", self.app)

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="dashboard"):
            yield Static(id="dash-status")
            yield Static(id="answer")
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
        self._layout_for(self.app.size.width)
        self.compute()

    def on_resize(self, event: Resize) -> None:
        self._layout_for(event.size.width)

    def _layout_for(self, width: int) -> None:
        self.query_one("#dash-panels").set_class(width >= WIDE, "wide")

    def compute(self) -> None:
        self.query_one("#dash-status", Static).update(
            Text(f"computing… ({self.period}, low day below {self.threshold:.0%} of target)")
        )
        group = self.journal_app.profile.my_symptom or ALL
        self._compute(self.period, self.threshold, self.journal_app.target_mg, self.basis, group)

    @work(thread=True, exclusive=True)
    def _compute(
        self, period: str, threshold: float, target: float, basis: str | None, group: str
    ) -> None:
        today = clock.today()
        length = PERIODS[period]
        try:
            days = list(self.journal_app.journal.days(read_start(today, length), today))
        except StoreError as exc:
            self.post_message(self.StatsComputed(None, str(exc)))
            return
        # Issue 18's hook: while an N-of-1 trial runs, pass build(..., trial="<sentence>")
        # and every view says so before its answer.
        dash = build(days, today, length, target, threshold, basis, group)
        self.post_message(self.StatsComputed(dash))

    def on_dashboard_screen_stats_computed(self, message: StatsComputed) -> None:
        status = self.query_one("#dash-status", Static)
        dash = message.dashboard
        if dash is None:
            status.update(Text(f"Could not read the journal: {message.error}", style="bold red"))
            return
        self.shown_basis = COMPLETE_ONLY if dash.analysis.complete_only else ANY_FOOD
        status.update(status_text(dash))
        self.query_one("#answer", Static).update(answer_text(dash))
        self.query_one("#intake-summary", Static).update(intake_text(dash))
        self.query_one(IntakeChart).show(dash.rows, dash.target)
        self.query_one(HeatMap).show(dash.heat, dash.target)
        self.query_one("#intake-sources", Static).update(intake_text(dash, sources=True))
        self.query_one("#correlations", Static).update(correlation_text(dash))

    def action_tables(self) -> None:
        """Show or hide the full tables; shown, they are scrolled into view."""
        panel = self.query_one("#correlation-panel")
        panel.toggle_class("hidden")
        if not panel.has_class("hidden"):
            self.call_after_refresh(panel.scroll_visible, top=True, animate=False)

    def action_period(self, period: str) -> None:
        self.period = period
        self.compute()

    def action_threshold(self) -> None:
        i = THRESHOLDS.index(self.threshold) if self.threshold in THRESHOLDS else -1
        self.threshold = THRESHOLDS[(i + 1) % len(THRESHOLDS)]
        self.compute()

    def action_basis(self) -> None:
        """Switch between complete days only and every day with any food."""
        self.basis = ANY_FOOD if self.shown_basis == COMPLETE_ONLY else COMPLETE_ONLY
        self.compute()
