"""Undo for journal changes: each change remembers the entry before and after it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from journal.core.entries.models import Entry
from journal.core.person.profile import Profile


@dataclass(frozen=True, slots=True)
class Change:
    """before=None is an addition, after=None a deletion, both set an edit."""

    before: Entry | None
    after: Entry | None

    def inverse(self) -> Change:
        return Change(before=self.after, after=self.before)

    @property
    def verb(self) -> str:
        if self.before is None:
            return "added"
        if self.after is None:
            return "deleted"
        return "changed"


@dataclass(frozen=True, slots=True)
class Mark:
    """A day marked complete, or no longer: undone by the opposite mark."""

    day: date
    complete: bool


@dataclass(frozen=True, slots=True)
class Batch:
    """Changes made by one action (a meal copied): one undo takes them all back."""

    changes: tuple[Change, ...]
    what: str  # for the toast: "breakfast copied"


@dataclass(frozen=True, slots=True)
class DoseRecord:
    """A trial dose recorded as `state` on `day`: undone by recording the state it had
    before (None: not recorded). u after b took back the change made before it."""

    day: date
    before: str | None
    state: str


@dataclass(frozen=True, slots=True)
class ProfileSave:
    """The profile saved from the app: undone by saving `before` over `after` (only the
    fields the save changed go back). u after a save deleted the entry logged before it."""

    before: Profile
    after: Profile


@dataclass(frozen=True, slots=True)
class Barrier:
    """A change u cannot take back (a trial started, a food added): u stops here and
    says `said`, so it never undoes, unseen, the change made before this one."""

    said: str


Step = Change | Mark | Batch | DoseRecord | ProfileSave | Barrier


class UndoStack:
    def __init__(self, limit: int = 100) -> None:
        self._changes: list[Step] = []
        self.limit = limit

    def push(self, change: Step) -> None:
        self._changes.append(change)
        del self._changes[: -self.limit]

    def pop(self) -> Step | None:
        return self._changes.pop() if self._changes else None

    def __len__(self) -> int:
        return len(self._changes)
