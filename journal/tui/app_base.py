"""What every part of the app uses: a notification that never reads markup, and
Today redrawn after a change."""

from __future__ import annotations

from textual.app import App
from textual.notifications import SeverityLevel

from journal.tui.screens.today import TodayScreen
from journal.tui.toast_text import fit_toast


class AppBase(App[None]):
    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Every toast; plain text is wrapped short of the toast's edge (`fit_toast`)."""
        if not markup:
            message = fit_toast(message, self.size.width)
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)

    def say(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float = 3,
    ) -> None:
        """Notify with markup off: messages often carry text the person typed."""
        self.notify(message, title=title, severity=severity, timeout=timeout, markup=False)

    def refresh_today(self) -> None:
        for screen in self.screen_stack:
            if isinstance(screen, TodayScreen):
                screen.load()
