"""Steps the trial's shell tests share: a command on a given day, and the files on disk."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from journal.cli import main
from journal.core import clock


def at(day: str, *argv: str) -> int:
    """`mg-journal ARGV` run at 08:00 on `day` (YYYY-MM-DD)."""
    clock.set_now(datetime.fromisoformat(f"{day}T08:00"))
    return main(list(argv))


def files(data_dir: Path) -> dict[str, bytes]:
    """The journal's files and their bytes, backups and the lock left out: what a refusal
    must leave as it was."""
    return {
        str(p.relative_to(data_dir)): p.read_bytes()
        for p in sorted(data_dir.rglob("*"))
        if p.is_file() and "backups" not in p.parts and p.name != "journal.lock"
    }
