"""Undo for journal changes: each change remembers the entry before and after it."""

from __future__ import annotations

from dataclasses import dataclass

from journal.core.entries.models import Entry


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


class UndoStack:
    def __init__(self, limit: int = 100) -> None:
        self._changes: list[Change] = []
        self.limit = limit

    def push(self, change: Change) -> None:
        self._changes.append(change)
        del self._changes[: -self.limit]

    def pop(self) -> Change | None:
        return self._changes.pop() if self._changes else None

    def __len__(self) -> int:
        return len(self._changes)
