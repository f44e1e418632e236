"""Errors a person can meet when their files cannot be used, each a single line of advice."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """A problem with the journal's files, worded for the person, not the developer."""


def backups_for(path: Path) -> Path:
    """The backups folder of the journal holding `path` (entries/ files sit one deeper)."""
    root = path.parent.parent if path.parent.name == "entries" else path.parent
    return root / "backups"


class DamagedFileError(StoreError):
    def __init__(self, path: Path, why: str) -> None:
        super().__init__(
            f"{path} is damaged ({why}); it was left untouched. "
            f"Restore it from {backups_for(path)} or move it aside, then try again."
        )
        self.path = path


class NewerVersionError(StoreError):
    def __init__(self, path: Path, found: int, supported: int) -> None:
        super().__init__(
            f"{path} was written by a newer Mg Journal (format {found}; this one reads up to "
            f"{supported}); it was left untouched. Upgrade mg-journal to open it."
        )
        self.path = path


class NotWritableError(StoreError):
    def __init__(self, path: Path, why: str) -> None:
        super().__init__(
            f"Cannot save to {path} ({why}); nothing was changed. "
            "Free some space or fix the permissions, then try again."
        )
        self.path = path


class LockTimeoutError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"Another Mg Journal has held {path} for too long; nothing was saved. "
            "Close other copies of the app and try again."
        )
