"""Temporary files a killed write left behind (`.<name>.<random>.tmp`), found and removed.

A write is killed between creating its temp file and renaming it; the file is
not part of the journal. Each open removes them under the lock (when no other
copy is mid-write), so 200 kills leave none behind.
"""

from __future__ import annotations

import os
from pathlib import Path

FOLDERS = ("", "entries", "backups")


def is_temp(name: str) -> bool:
    """Our own temp files; Syncthing's (.syncthing.NAME.tmp) are its transfers in progress."""
    return name.startswith(".") and name.endswith(".tmp") and not name.startswith(".syncthing.")


def temp_files(root: Path, names: dict[str, list[str]] | None = None) -> list[Path]:
    """The leftover temp files in the journal's folders (`names`: listings already made)."""
    found = []
    for folder in FOLDERS:
        listing = (names or {}).get(folder)
        if listing is None:
            try:
                listing = os.listdir(root / folder)
            except (FileNotFoundError, NotADirectoryError, PermissionError):
                continue
        found += [root / folder / name for name in listing if is_temp(name)]
    return found


def remove_temp_files(root: Path) -> int:
    """Delete every leftover temp file; hold the journal's lock. How many were removed."""
    removed = 0
    for path in temp_files(root):
        if not path.is_symlink() and path.is_file():
            path.unlink(missing_ok=True)
            removed += 1
    return removed
