"""Automatic daily backups: before a file's first change of the day, keep a copy of it."""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from journal.store.atomic import atomic_write_bytes, atomic_write_many
from journal.store.backup_names import DATED, backup_name
from journal.store.paths import ensure_private_dir

KEEP = 14


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


def daily_backups(paths: Iterable[Path], root: Path, today: date, keep: int = KEEP) -> int:
    """`daily_backup` for many files at once (an import or a restore touches thousands):
    the copies written together, their fsyncs shared, the folder listed once to prune."""
    folder = root / "backups"
    wanted: dict[Path, bytes | None] = {}
    for path in paths:
        target = folder / f"{backup_name(path, root)}.{today.isoformat()}"
        if path.exists() and not target.exists():
            wanted[target] = path.read_bytes()
    if not wanted:
        return 0
    ensure_private_dir(folder)
    atomic_write_many(wanted)
    copies: dict[str, list[str]] = {}
    for name in sorted(os.listdir(folder)):
        flat, dot, stamp = name.rpartition(".")
        if dot and DATED.match(stamp):
            copies.setdefault(flat, []).append(name)
    for target in wanted:
        flat = target.name.rpartition(".")[0]
        for old in copies.get(flat, [])[:-keep]:
            (folder / old).unlink(missing_ok=True)
    return len(wanted)
