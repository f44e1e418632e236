"""Our commands in Textual's palette (ctrl+p), fuzzy matched as Textual does.

Commands that act on a day run on Today: from the dashboard they go back to
Today first; over a form (a modal) only the app-wide ones are offered, so a
half-filled form is never thrown away. Every Today key is offered too (read
from its bindings), so keys added later (the food keys) appear here at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from journal.store.errors import StoreError
from journal.store.kinds import load_kinds
from journal.tui.help_content import our_bindings
from journal.tui.screens.symptom_keys import SYMPTOM_KEYS

if TYPE_CHECKING:
    from journal.tui.app import MgJournalApp

Command = tuple[str, str, Callable[[], object]]  # name, help, what it does

TODAY_COMMANDS = [
    ("Log food", "log_food", "Search the foods and log one on the day shown"),
    ("Log a factor", "log_factor", "Exercise, standing, alcohol, diarrhea, poor sleep, other"),
    ("Log another kind of symptom", "other_symptom", "Pick or add a kind of your own"),
    ("Go to today", "go_today", "Show today on Today"),
    ("Go to a date", "go_to_date", "yesterday, -3, mon or a date written YYYY-MM-DD"),
    ("Open the dashboard", "dashboard", "Magnesium against symptom days"),
    ("Edit your profile", "profile", "Sex, age, conditions, units and your target"),
]


class JournalCommands(Provider):
    @property
    def journal_app(self) -> MgJournalApp:
        return cast("MgJournalApp", self.app)

    def _on_today(self, action: str, kind: str | None = None) -> None:
        """Leave the dashboard (or any full screen) for Today, then run `action` there."""
        from journal.tui.screens.today import TodayScreen

        app = self.journal_app
        while not isinstance(app.screen, TodayScreen) and len(app.screen_stack) > 1:
            app.pop_screen()
        today = cast(TodayScreen, app.screen)
        if kind is not None:  # a name the person typed: never parsed as an action string
            app.call_later(today.action_log_symptom, kind)
        else:
            app.call_later(today.run_action, action)

    def _trial(self) -> None:
        from journal.tui.screens.trial import TrialScreen

        self.app.push_screen(TrialScreen())

    def _on_the_trial(self) -> bool:
        from textual.command import CommandPalette

        from journal.tui.screens.trial import TrialScreen

        below = [s for s in self.journal_app.screen_stack if not isinstance(s, CommandPalette)]
        return isinstance(below[-1], TrialScreen)

    def _today_reachable(self) -> bool:
        """Whether Today's commands may pop every screen above Today: none of them holds
        typed work (a form, anywhere in the stack; the welcome, before it is saved)."""
        from textual.command import CommandPalette

        from journal.tui.screens.onboarding import OnboardingScreen

        stack = [s for s in self.journal_app.screen_stack if not isinstance(s, CommandPalette)]
        return not any(s.is_modal or isinstance(s, OnboardingScreen) for s in stack)

    def _commands(self) -> Iterator[Command]:
        from journal.tui.screens.today import TodayScreen

        app = self.journal_app
        yield (
            "Help: keys and commands",
            "Every key of this screen, the shell commands",
            app.action_help,
        )
        yield ("Switch theme", "Textual's themes; your choice is kept", app.action_change_theme)
        yield ("Export the journal as CSV", "Like `mg-journal export --format csv`", app.export_csv)
        yield ("Back up the journal", "One zip, like `mg-journal backup`", app.backup)
        if not self._on_the_trial():  # a second over it took two Escapes to leave
            yield (
                "Open the trial",
                "Your magnesium N-of-1 trial: plan, periods, result",
                self._trial,
            )
        if not self._today_reachable():
            return
        today = next((s for s in app.screen_stack if isinstance(s, TodayScreen)), None)
        if today is None:
            return
        offered: set[str] = set()
        for name, action, help_text in TODAY_COMMANDS:
            if hasattr(today, f"action_{action}"):
                offered.add(action)
                yield (name, help_text, partial(self._on_today, action))
        for kind in SYMPTOM_KEYS.values():
            action = f"log_symptom('{kind}')"
            offered.add(action)
            yield (
                f"Log {kind}",
                f"A {kind} now, then its details",
                partial(self._on_today, action),
            )
        try:
            kinds = load_kinds(app.journal)
        except StoreError:
            kinds = []  # Today shows the damaged file's message
        for custom in kinds:
            log = partial(self._on_today, "log_symptom", custom.name)
            yield (f"Log {custom.name}", "A kind of your own", log)
        # Any other Today key of ours (food keys land later) is offered under its
        # description; Textual's own (focus next, copy) are no journal commands.
        for _key, binding in our_bindings(today):
            if (
                binding.description
                and binding.action not in offered
                and "custom" not in binding.action
            ):
                offered.add(binding.action)
                shown = app.get_key_display(binding)
                yield (
                    binding.description,
                    f"key {shown} on Today",
                    partial(self._on_today, binding.action),
                )

    async def discover(self) -> Hits:
        for name, help_text, command in self._commands():
            yield DiscoveryHit(Content(name), command, text=name, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, command in self._commands():
            score, offsets = matcher.fuzzy_search.match(matcher.query, name)
            if score > 0:
                # Textual's own highlight() reads the name as markup; a kind's name is plain text.
                shown = Content(name)
                for at in offsets:
                    shown = shown.stylize(matcher.match_style, at, at + 1)
                yield Hit(score, shown, command, text=name, help=help_text)
