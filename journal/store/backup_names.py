"""Where a file's daily backup copies live and what they are called (no writing here)."""

from __future__ import annotations

import re
from pathlib import Path

DATED = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def journal_root(path: Path) -> Path:
    """The journal folder holding `path` (entries/ files sit one deeper)."""
    return path.parent.parent if path.parent.name == "entries" else path.parent


def backup_name(path: Path, root: Path) -> str:
    """entries/2026-11-25.json -> entries__2026-11-25.json: one flat folder, readable names."""
    return "__".join(path.relative_to(root).parts)


def newest_backup(path: Path) -> Path | None:
    """The newest daily copy of `path`, or None when it has none (a file is first copied
    before its first change of a day, so a file written once has no copy yet)."""
    root = journal_root(path)
    flat = backup_name(path, root)
    try:
        names = [p.name for p in (root / "backups").glob(f"{flat}.*")]
    except OSError:
        return None
    dated = sorted(n for n in names if DATED.match(n.rpartition(".")[2]))
    return root / "backups" / dated[-1] if dated else None
