"""What every part of the app uses: a notification that never reads markup, Today
redrawn after a change, and no input acted on once quitting has begun."""

from __future__ import annotations

from rich.console import RenderableType
from textual import events
from textual.app import App
from textual.notifications import SeverityLevel

from journal.tui.screens.today import TodayScreen
from journal.tui.toast_text import fit_toast


class AppBase(App[None]):
    quitting = False

    def exit(
        self, result: None = None, return_code: int = 0, message: RenderableType | None = None
    ) -> None:
        self.quitting = True
        super().exit(result, return_code, message)

    async def on_event(self, event: events.Event) -> None:
        """Keys typed in one burst with `q` are queued behind it: once quitting has begun
        none of them (nor a click) may log an entry or open a form."""
        if self.quitting and isinstance(event, events.InputEvent):
            return
        await super().on_event(event)

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
