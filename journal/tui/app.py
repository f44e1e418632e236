"""The Mg Journal application: owns the journal, the undo stack and the Today screen.

Screens change the journal only through `apply()`, so every change is saved,
undoable with `u`, confirmed in a notification and shown on Today at once.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from datetime import date
from functools import cached_property, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import RenderableType
from rich.text import Text
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.command import Provider
from textual.screen import Screen

from journal.core.person.day_targets import DayTargets
from journal.core.person.profile import Profile, Target, target
from journal.store.errors import StoreError
from journal.store.journal import Journal
from journal.store.profile import has_profile
from journal.tui import collector
from journal.tui.app_base import AppBase
from journal.tui.file_actions import FileActions
from journal.tui.food_loading import FoodLoading
from journal.tui.profile_actions import ProfileActions
from journal.tui.screens.today import TodayScreen

if TYPE_CHECKING:  # these load at first need (a food search, a change), not at start
    from journal.core.entries.undo import Change, UndoStack
    from journal.core.food.search import FoodIndex
    from journal.store.summaries import DaySummaries
    from journal.tui.journal_app import JournalApp


WARM_AFTER = 0.1  # seconds after the first frame: the first screen is complete by then


def _warm(summaries: DaySummaries) -> None:
    import journal.tui.screens.dashboard  # noqa: F401  (imported for the dashboard's first open)

    summaries.load()  # a missing or damaged cache is only noted, for the dashboard to rebuild


def journal_commands() -> type[Provider]:
    """Our palette commands, loaded when the palette first opens (Textual takes a callable)."""
    from journal.tui.commands import JournalCommands

    return JournalCommands


class MgJournalApp(ProfileActions, FoodLoading, FileActions, AppBase):
    TITLE = "Mg Journal"
    # Today's sheet too: read with the app's at start, where a screen's own
    # CSS_PATH has Textual re-parse every sheet when the screen first shows.
    CSS_PATH = ["app.tcss", "screens/today.tcss"]
    BINDINGS = [
        Binding("q", "quit", "Quit"),
        Binding("u", "undo", "Undo"),
        Binding("question_mark", "help", "Help", key_display="?"),
        # F1 and the palette work over forms too, where the other app keys do not.
        Binding("f1", "help", "Help", show=False, priority=True),
        Binding("ctrl+p", "command_palette", "Commands", show=False, priority=True),
    ]
    COMMANDS = App.COMMANDS | {journal_commands}

    def __init__(self, journal: Journal) -> None:
        super().__init__()
        self.journal = journal
        self.profile = Profile()
        self.mg_target: Target = target(self.profile)
        self.day_targets = DayTargets(self.profile)
        self._profile_stamp: tuple[int, int] | None = None
        self.keymap: dict[str, str] = {}  # the person's keys that were applied
        self._wanted_keys: dict[str, str] | None = None  # as the profile asked
        self.foods: FoodIndex | None = None  # built in a worker at first need
        self.foods_error: str | None = None
        self._foods_loading = False
        self._summaries: DaySummaries | None = None  # made when the dashboard first opens

    @cached_property
    def undo_stack(self) -> UndoStack:
        """Made at the first change: its module is not imported before the first frame."""
        from journal.core.entries.undo import UndoStack

        return UndoStack()

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Textual's palette commands less the two ours replace: "Theme" is our "Switch
        theme" (which keeps the choice) and "Keys" our "Help" (which lists every key);
        "Screenshot" saves where export and backup do, and says where."""
        for command in super().get_system_commands(screen):
            if command.title == "Screenshot":
                # After the palette has gone from the screen.
                yield SystemCommand(
                    "Screenshot",
                    "Save the screen as an SVG picture in the folder mg-journal started from",
                    lambda: self.call_after_refresh(self.screenshot),
                )
            elif command.title not in ("Theme", "Keys"):
                yield command

    def get_default_screen(self) -> Screen[None]:
        """Today itself, not pushed over Textual's blank default screen: a screen
        fewer to mount, lay out and draw before the first frame."""
        return TodayScreen()

    def on_load(self) -> None:
        collector.hold()  # until the first frame (see collector.py)
        # Before Today is composed, so it is drawn once, with the person's target, theme and keys.
        self._load_profile()

    def on_mount(self) -> None:
        self.call_after_refresh(collector.release)
        # Entries logged from the shell or imported first still leave the target unset: the
        # welcome asks until a profile is saved or skipped (skipping saves one too).
        no_profile = not has_profile(self.journal)
        self.theme_changed_signal.subscribe(self, self._theme_chosen)
        if no_profile:
            from journal.tui.screens.onboarding import OnboardingScreen

            self.push_screen(OnboardingScreen())
        if self.journal.warning is not None:
            self.say(self.journal.warning, severity="warning", timeout=10)
        # `mg-journal profile` from the shell may change it while the app runs.
        self.set_interval(2.0, self._reload_profile_if_changed)
        self.call_after_refresh(self.set_timer, WARM_AFTER, self._warm_up)

    def _warm_up(self) -> None:
        """Once the first screen is drawn: import the dashboard and read the day summaries'
        cache in a worker, the ~0.1 s (ten years) its first open would otherwise wait."""
        summaries = self.summaries  # made here: never by two threads at once
        self.run_worker(partial(_warm, summaries), thread=True, group="warm-up")

    def _fatal_error(self) -> None:
        """An unexpected error ends the app as Textual does, but its traceback never shows
        local variables: they hold the person's entries and profile (health data).
        A store error (a damaged file) is shown as its one line of advice."""
        from rich.segment import Segments
        from rich.traceback import Traceback

        error = sys.exc_info()[1]
        shown: RenderableType
        if isinstance(error, StoreError):
            shown = Text(f"mg-journal: {error}")
        else:
            shown = Traceback(show_locals=False, width=None)
        self.bell()
        self._exit_renderables.append(Segments(self.console.render(shown, self.console.options)))
        self._close_messages_no_wait()

    def on_unmount(self) -> None:
        collector.reset()

    @property
    def summaries(self) -> DaySummaries:
        """Each day's summary for the session, shared by every dashboard opened."""
        if self._summaries is None:
            from journal.store.summaries import DaySummaries

            self._summaries = DaySummaries.open(self.journal)
        return self._summaries

    def day_changed(self, day: date) -> None:
        """A day file was written here or by another copy: its summary is re-read when
        next asked for (before the dashboard first opens there is none to update)."""
        if self._summaries is not None:
            self._summaries.touch(day)

    def action_help(self) -> None:
        from journal.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    # Changes and undo live in changes.py and undo_steps.py, imported at the first one.
    def apply(
        self, change: Change, *, record: bool = True, announce: bool = True, fold: bool = False
    ) -> bool:
        """Carry out an add, edit or delete; False (error shown) if it could not be saved.

        One toast per action: `announce=False` when the caller says it once itself.
        `fold`: the details given right after an add are part of that add, so one
        undo removes both and the toast says "added".
        """
        from journal.tui import changes

        return changes.apply(self, change, record=record, announce=announce, fold=fold)

    def apply_batch(self, changes: list[Change], what: str) -> bool:
        """Several changes as one action: one toast, one undo. Stops at the first that
        cannot be saved; what was saved stays, and is undone together."""
        from journal.tui.changes import apply_batch

        return apply_batch(self, changes, what)

    def mark_complete(self, day: date, complete: bool, *, record: bool = True) -> bool:
        """Mark `day` complete or not; undoable like an entry."""
        from journal.tui.changes import mark_complete

        return mark_complete(self, day, complete, record=record)

    def hold_undo(self, said: str) -> None:
        """A change u cannot take back was made: u stops at it and says `said`, and
        undoes nothing older (it took back the entry logged before the change)."""
        from journal.core.entries.undo import Barrier

        self.undo_stack.push(Barrier(said))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """u undoes only from Today, where the change it takes back is seen: on the
        dashboard or the trial screen it deleted an entry out of sight."""
        return action != "undo" or isinstance(self.screen, TodayScreen)

    def action_undo(self) -> None:
        from journal.tui.undo_steps import undo_last

        undo_last(self)


if TYPE_CHECKING:  # mypy checks that the app gives screens all that `JournalApp` promises

    def _gives_screens_what_they_ask(app: MgJournalApp) -> JournalApp:
        return app


def run_app(data_dir: str | Path | None) -> int:
    journal = Journal.open(data_dir)
    app = MgJournalApp(journal)
    app.run()
    return app.return_code or 0
