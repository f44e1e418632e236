"""Automatic daily backups: before a file's first change of the day, keep a copy of it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from journal.store.atomic import atomic_write_bytes
from journal.store.paths import ensure_private_dir

KEEP = 14


def backup_name(path: Path, root: Path) -> str:
    """entries/2026-11-25.json -> entries__2026-11-25.json: one flat folder, readable names."""
    return "__".join(path.relative_to(root).parts)


def daily_backup(path: Path, root: Path, today: date, keep: int = KEEP) -> Path | None:
    """Copy `path` into root/backups once per day; keep the newest `keep` copies of it."""
    if not path.exists():
        return None
    folder = ensure_private_dir(root / "backups")
    flat = backup_name(path, root)
    target = folder / f"{flat}.{today.isoformat()}"
    if target.exists():
        return None
    atomic_write_bytes(target, path.read_bytes())
    copies = sorted(folder.glob(f"{flat}.*-*-*"))
    for old in copies[:-keep]:
        old.unlink(missing_ok=True)
    return target
