"""The dashboard's figures: computed in thread workers from the app's day summaries,
then shown, each widget updated only when its text changed.

A worker posts `StatsComputed`; the screen shows "computing…" only if it is slow
to come. The summaries (store/summaries.py) are checked against every day file's
stamp at the first open of a period, and re-read only where a day changed; a new
period, threshold or basis reads no file. The views l and c ask for next are made
ahead while the person reads.

A base class of DashboardScreen, which holds the keys, the panels and `_build`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import partial
from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Static
from textual.worker import get_current_worker

from journal.core import clock
from journal.core.analysis.daily import ALL, DayRow
from journal.core.analysis.dashboard import (
    ANY_FOOD,
    COMPLETE_ONLY,
    OWN_FOOD_DAYS,
    PERIODS,
    Dashboard,
    read_start,
    recent_foods,
)
from journal.store.errors import StoreError
from journal.tui.journal_app import AsJournalApp
from journal.tui.screens.dashboard_views import Computed, View, next_threshold
from journal.tui.widgets.dashboard_text import (
    answer_text,
    basis_text,
    correlation_text,
    intake_text,
    status_text,
)
from journal.tui.widgets.heat_map import heat_map
from journal.tui.widgets.intake_chart import IntakeChart

if TYPE_CHECKING:
    from textual.timer import Timer

    from journal.core.entries.models import FoodEntry

COMPUTING_AFTER = 0.15  # seconds: a recompute slower than this says "computing…"
AHEAD_AFTER = 0.2  # seconds after a view's figures: make the views l and c ask for


class DashboardFigures(Screen[None]):
    @dataclass
    class StatsComputed(Message):
        dashboard: Dashboard | None
        error: str | None = None
        texts: dict[str, Text] = field(default_factory=dict)  # by widget id, made in the worker
        view: View | None = None
        computed: Computed | None = None

    if TYPE_CHECKING:  # the screen's (see DashboardScreen.__init__)
        period: str
        threshold: float
        basis: str | None
        shown_basis: str | None
        _foods: list[FoodEntry] | None
        _computing: Timer | None
        _ahead: Timer | None
        _scanned_from: date | None
        _views: dict[View, Computed]
        _shown: dict[str, object]
        _dash: Dashboard | None

        def _build(self, view: View, rows: dict[date, DayRow], today: date) -> Dashboard: ...

    journal_app = AsJournalApp()

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

    def on_dashboard_figures_stats_computed(self, message: StatsComputed) -> None:
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
