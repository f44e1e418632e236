"""The Today keys that move about: a day back or on, today, a date, the dashboard, the profile.

A base class of TodayScreen beside SymptomKeys and FoodKeys, so its bindings and
handlers join Today's. `id`s name the keys a person may move in the profile's keymap.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from textual.binding import Binding
from textual.screen import Screen

from journal.core import clock
from journal.tui.journal_app import AsJournalApp


class NavigationKeys(Screen[None]):
    BINDINGS = [
        Binding(
            "left_square_bracket", "previous_day", "Prev day", key_display="[", id="previous_day"
        ),
        Binding("right_square_bracket", "next_day", "Next day", key_display="]", id="next_day"),
        Binding("t", "go_today", "Today", show=False, id="today"),
        Binding("g", "go_to_date", "Go to date", show=False, id="go_to_date"),
        Binding("d", "dashboard", "Dashboard", id="dashboard"),
        Binding("p", "profile", "Profile", show=False, id="profile"),
    ]

    if TYPE_CHECKING:
        shown: date

    journal_app = AsJournalApp()

    def action_previous_day(self) -> None:
        self.shown = self.shown - timedelta(days=1)

    def action_next_day(self) -> None:
        if self.shown >= clock.today():
            self.notify(
                "Today is the latest day: the journal records what has happened.", markup=False
            )
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

    def action_profile(self) -> None:
        from journal.tui.screens.profile import ProfileScreen

        self.app.push_screen(ProfileScreen(self.journal_app.profile))

    def action_dashboard(self) -> None:
        from journal.tui.screens.dashboard import DashboardScreen

        self.app.push_screen(DashboardScreen())
