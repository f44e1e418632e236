"""The dashboard: magnesium against symptom days, in numbers, charts and plain words.

It opens with the answer (one sentence and its picture); the full tables are one
key (t) away. How the figures are computed and shown is in dashboard_figures.py.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.events import Resize
from textual.widgets import Header, Static

from journal.core import clock
from journal.core.analysis.daily import DayRow
from journal.core.analysis.dashboard import (
    ANY_FOOD,
    COMPLETE_ONLY,
    DEFAULT_PERIOD,
    PERIODS,
    Dashboard,
    build_from_rows,
)
from journal.core.analysis.shown import mg_figure
from journal.store.errors import StoreError
from journal.tui.screens.dashboard_figures import DashboardFigures
from journal.tui.screens.dashboard_views import Computed, View, next_threshold
from journal.tui.screens.today_keys_elsewhere import TodayKeysElsewhere
from journal.tui.widgets.hanging_text import HangingText
from journal.tui.widgets.heat_map import HeatMap
from journal.tui.widgets.intake_chart import IntakeChart
from journal.tui.widgets.keys_footer import KeysFooter

if TYPE_CHECKING:
    from textual.timer import Timer

    from journal.core.entries.models import FoodEntry

WIDE = 140  # from this width the two panels sit side by side


class DashboardScreen(DashboardFigures, TodayKeysElsewhere):
    CSS_PATH = "dashboard.tcss"
    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("q", "app.pop_screen", "Back", show=False),
        Binding("1", "period('30 days')", "30d"),  # as the footer has room for at 80 columns
        Binding("2", "period('90 days')", "90d"),
        Binding("3", "period('year')", "Year"),
        Binding("4", "period('all')", "All"),
        Binding("t", "tables", "Tables"),
        Binding("l", "threshold", "Low-day threshold"),
        Binding("c", "basis", "Complete days / any food"),
    ]

    NOT_POINTED = frozenset({"dashboard"})  # d here: this is the dashboard
    # Every key fits at 80 columns by these names. u is not one: the dashboard changes
    # nothing, and u undoes on Today (TodayKeysElsewhere says so if it is pressed here).
    FOOTER_SHORT = {
        "threshold": "Low day",
        "basis": "Days",
    }

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
                    yield HangingText(id="correlations")
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
                    f"default target ({mg_figure(self.journal_app.target_mg)} mg), "
                    f"not yours: {error}"
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

    def _build(self, view: View, rows: dict[date, DayRow], today: date) -> Dashboard:
        """A view's figures, from the rows (run in DashboardFigures' workers)."""
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
