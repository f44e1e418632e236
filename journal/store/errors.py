"""Errors a person can meet when their files cannot be used, each a single line of advice."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from journal.store.backup_names import journal_root, newest_backup


class StoreError(Exception):
    """A problem with the journal's files, worded for the person, not the developer."""


def _named(path: Path) -> str:
    """`path` relative to its journal's folder, that folder named after it
    ("entries/2026-11-25.json in /home/a/.local/share/mg-journal"): the advice that
    follows names the backup relative to the same folder, not a second long path. A
    relative path (a member of an archive) is shown as it is."""
    if not path.is_absolute():
        return str(path)
    root = journal_root(path)
    return f"{path.relative_to(root)} in {root}"


def _what_to_do(path: Path) -> str:
    """Name the copy to put back, or say plainly that there is none to restore from."""
    copy = newest_backup(path)
    if copy is None:
        return "It has no backup yet: move it aside to carry on without it."
    # The copy is taken before a file's first change of a day: say how old it is, so
    # nobody trades a damaged file for one that lacks the day's later entries unawares.
    try:
        when = datetime.fromtimestamp(copy.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    except OSError:
        when = "an earlier time"
    backup = copy.relative_to(journal_root(path))
    return f"Copy {backup} over it (as at {when}; later changes are not in it) or move it aside."


class DamagedFileError(StoreError):
    def __init__(self, path: Path, why: str) -> None:
        super().__init__(
            f"{_named(path)} is damaged ({why}) and was left untouched. {_what_to_do(path)}"
        )
        self.path, self.why = path, why


class NewerVersionError(StoreError):
    def __init__(self, path: Path, found: int, supported: int) -> None:
        super().__init__(
            f"{_named(path)} was written by a newer Mg Journal (format {found}; this one reads "
            f"up to {supported}) and was left untouched. Upgrade mg-journal to open it."
        )
        self.path = path


READ_ONLY = "the file system is read-only"


class NotWritableError(StoreError):
    def __init__(self, path: Path, why: str) -> None:
        fix = (
            "Give a file name, not a folder, then try again."
            if path.is_dir()
            else "Mount that disk writable, or give a place on another (-o, or --data-dir "
            "for the journal), then try again."
            if why == READ_ONLY  # no space to free and no permission to fix
            else "Free some space or fix the permissions, then try again."
        )
        super().__init__(f"Cannot save to {path} ({why}); nothing was changed. {fix}")
        self.path = path


class LockTimeoutError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"Another Mg Journal has held {path} for too long; nothing was saved. "
            "Close other copies of the app and try again."
        )


class AlreadyDoneError(StoreError):
    """What was asked for holds already (encrypt an encrypted journal): nothing to do, no
    failure; the shell says so and succeeds, as `done` on a complete day does."""
