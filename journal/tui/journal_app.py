"""What a screen may ask of the app: the journal, changes, messages, the profile, the foods.

Screens type against `JournalApp`, not the app class, so no screen imports the app
(which imports Today): `journal_app = AsJournalApp()` in a class gives `self.journal_app`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, cast

if TYPE_CHECKING:
    from datetime import date

    from textual.notifications import SeverityLevel

    from journal.core.entries.undo import Change, UndoStack
    from journal.core.food.foods import Food
    from journal.core.food.search import FoodIndex
    from journal.core.person.day_targets import DayTargets
    from journal.core.person.profile import Profile, Target
    from journal.store.journal import Journal
    from journal.store.summaries import DaySummaries


class JournalApp(Protocol):
    journal: Journal
    # The person and their target.
    profile: Profile
    mg_target: Target
    day_targets: DayTargets  # each day's own target, for the dashboard's past days
    profile_error: str | None  # why the saved profile could not be read: target unknown
    keymap: dict[str, str]  # the person's keys that were applied
    # The food index, built in a worker at first need (`load_foods`).
    foods: FoodIndex | None
    foods_error: str | None

    @property
    def target_mg(self) -> float: ...
    @property
    def supplement_ul_mg(self) -> float | None: ...

    def apply(
        self, change: Change, *, record: bool = True, announce: bool = True, fold: bool = False
    ) -> bool: ...
    def apply_batch(self, changes: list[Change], what: str) -> bool: ...
    @property
    def undo_stack(self) -> UndoStack: ...  # a step made outside `apply` (a trial dose)
    def mark_complete(self, day: date, complete: bool, *, record: bool = True) -> bool: ...
    def say(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float = 3,
    ) -> None: ...
    def save_profile(
        self,
        profile: Profile,
        *,
        announce: bool = True,
        base: Profile | None = None,
        record: bool = True,
    ) -> bool: ...
    def hold_undo(self, said: str) -> None: ...  # a change u cannot take back was made
    def load_foods(self) -> None: ...
    def add_own_food(self, food: Food) -> None: ...
    def refresh_today(self) -> None: ...
    @property
    def summaries(self) -> DaySummaries: ...
    def day_changed(self, day: date) -> None: ...


class AsJournalApp:
    """A class attribute: reading it on a screen (or anything with `.app`) gives the app
    as a `JournalApp`."""

    def __get__(self, owner: Any, owner_type: type | None = None) -> JournalApp:
        return cast("JournalApp", owner.app)
