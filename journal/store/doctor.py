"""`doctor`'s checks: each finding is a plain line, ok or a problem with what to do."""

from __future__ import annotations

import fcntl
import os
from dataclasses import dataclass
from pathlib import Path

from journal.store.archive import journal_files
from journal.store.errors import StoreError
from journal.store.journal import Journal, check_entries, parse_day_file
from journal.store.layout import DAY_FILE
from journal.store.paths import DIR_MODE, FILE_MODE
from journal.store.storage import read_file


@dataclass(frozen=True)
class Finding:
    ok: bool
    text: str

    def __str__(self) -> str:
        return f"{'ok' if self.ok else 'problem'}: {self.text}"


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def _permissions(root: Path) -> list[Finding]:
    loose = []
    for path in [root, *sorted(root.rglob("*"))]:
        if path.is_symlink() or path.name.endswith(".tmp"):  # temp files: see _leftovers
            continue
        want = DIR_MODE if path.is_dir() else FILE_MODE
        if _mode(path) & ~want:
            fix = "chmod 700" if path.is_dir() else "chmod 600"
            loose.append(
                Finding(False, f"{path} is open to others ({_mode(path):04o}); fix: {fix} '{path}'")
            )
    return loose or [Finding(True, "permissions are private (folders 0700, files 0600)")]


def _files(journal: Journal) -> list[Finding]:
    found = []
    paths = journal_files(journal)
    for path in paths:
        try:
            data = read_file(path) or {}
            if path.parent != journal.entries_dir:
                continue
            if DAY_FILE.match(path.name):
                parse_day_file(data, path)
            else:
                check_entries(data, path)
                why = "holds a month from an older Mg Journal and could not be split into days"
                fix = "make its folder writable (chmod 700) and open mg-journal again"
                found.append(Finding(False, f"{path} {why}; {fix}"))
        except StoreError as exc:
            found.append(Finding(False, str(exc)))
    if not found:
        found.append(
            Finding(True, f"{_count(len(paths), 'file')} read cleanly (format versions supported)")
        )
    return found


def _lock(journal: Journal) -> list[Finding]:
    path = journal.lock.path
    if not path.exists():
        return [Finding(True, "no other Mg Journal is writing (no lock file yet)")]
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    except OSError as exc:
        return [Finding(False, f"cannot open the lock {path} ({exc.strerror}); fix: chmod 600")]
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        fcntl.flock(fd, fcntl.LOCK_UN)
        return [Finding(True, "no other Mg Journal is writing (the lock is free)")]
    except BlockingIOError:
        return [Finding(True, "another Mg Journal is running and holds the lock (that is fine)")]
    finally:
        os.close(fd)


def _leftovers(journal: Journal, busy: bool) -> list[Finding]:
    temps = sorted(journal.root.rglob(".*.tmp"))
    if not temps:
        return [Finding(True, "no leftover temporary files")]
    if busy:
        return [Finding(True, f"{len(temps)} temporary files (another copy is saving now)")]
    return [
        Finding(
            False,
            f"{t} was left by an interrupted save; it is not part of the journal; "
            f"fix: delete it (rm '{t}')",
        )
        for t in temps
    ]


def _backups(journal: Journal) -> list[Finding]:
    folder = journal.root / "backups"
    copies = sorted(p for p in folder.glob("*") if p.is_file()) if folder.is_dir() else []
    if not copies:
        return [Finding(True, "no backups yet (daily copies start with the first change)")]
    newest = max(copies, key=lambda p: p.stat().st_mtime)
    return [Finding(True, f"{_count(len(copies), 'backup')} in {folder}; newest {newest.name}")]


def diagnose(root: Path) -> list[Finding]:
    if not root.is_dir():
        return [
            Finding(
                False,
                f"no journal at {root}; fix: check --data-dir or $MG_JOURNAL_DIR, "
                "or run mg-journal to start one",
            )
        ]
    journal = Journal(root)
    lock = _lock(journal)
    busy = "holds the lock" in lock[0].text
    found = [Finding(True, f"journal at {root}")]
    found += _permissions(root) + _files(journal) + lock + _leftovers(journal, busy)
    return found + _backups(journal)


def _count(n: int, noun: str) -> str:
    """'1 file', '2 files'."""
    return f"{n} {noun}{'' if n == 1 else 's'}"
