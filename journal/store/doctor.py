"""`doctor`'s checks: each finding is a plain line, ok or a problem with what to do."""

from __future__ import annotations

import fcntl
import json
import os
from dataclasses import dataclass
from pathlib import Path

from journal.core.entries.models import ENTRY_TYPES
from journal.store.archive import journal_files
from journal.store.day_files import check_entries, parse_day_file
from journal.store.device import device_name
from journal.store.errors import StoreError
from journal.store.journal import Journal
from journal.store.known_files import check_known_file
from journal.store.layout import DAY_FILE
from journal.store.leftovers import remove_temp_files, temp_files
from journal.store.paths import DIR_MODE, FILE_MODE, holds_a_journal
from journal.store.storage import read_file
from journal.store.transaction import OWNER, PENDING


@dataclass(frozen=True)
class Finding:
    ok: bool
    text: str

    def __str__(self) -> str:
        return f"{'ok' if self.ok else 'problem'}: {self.text}"


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


# A sync engine's own folders in the journal (git's history, Syncthing's marker and
# versions): theirs to keep, not Mg Journal's files; listing them buried the real finding.
ENGINE_FOLDERS = frozenset({".git", ".stfolder", ".stversions", ".dropbox.cache"})
# An engine's settings in the folder hold no health data (the README's git recipe
# writes them at the umask's 0644): called "open to others", they buried the day's.
NOT_PRIVATE = frozenset({".gitattributes", ".gitignore", ".stignore"})


def _permissions(root: Path) -> list[Finding]:
    loose = []
    for path in [root, *sorted(root.rglob("*"))]:
        if path.is_symlink() or path.name.endswith(".tmp"):  # temp files: see _leftovers
            continue
        if ENGINE_FOLDERS & set(path.relative_to(root).parts):
            continue
        if path.parent == root and path.name in NOT_PRIVATE:
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
    places: dict[str, list[Path]] = {}
    for path in paths:
        try:
            data = read_file(path) or {}
            if path.parent != journal.entries_dir:
                check_known_file(path.name, data, path)  # as its own reader would take it
                continue
            if DAY_FILE.match(path.name):
                parse_day_file(data, path)
                for kind in ENTRY_TYPES:
                    for doc in data.get(kind, {}).values():
                        places.setdefault(doc["id"], []).append(path)
            else:
                check_entries(data, path)
                why = "holds a month from an older Mg Journal and could not be split into days"
                fix = "make its folder writable (chmod 700) and open mg-journal again"
                found.append(Finding(False, f"{path} {why}; {fix}"))
        except StoreError as exc:
            found.append(Finding(False, str(exc)))
    found += _duplicates(places)
    if not found:
        found.append(
            Finding(True, f"{_count(len(paths), 'file')} read cleanly (format versions supported)")
        )
    return found


def _duplicates(places: dict[str, list[Path]]) -> list[Finding]:
    """An entry id stored more than once (a move cut short by an older version)."""
    found = []
    for entry_id, where in sorted(places.items()):
        if len(where) > 1:
            names = ", ".join(p.name for p in where)
            found.append(
                Finding(
                    False,
                    f"entry {entry_id[:8]} is stored {len(where)} times ({names}); the journal "
                    f"shows the copy in {where[0].name}; fix: mg-journal edit {entry_id[:8]} "
                    "--date YYYY-MM-DD (the day it belongs to) keeps just one",
                )
            )
    return found


def _pending(journal: Journal) -> list[Finding]:
    """An import or restore cut short: undone at the next open, by the computer it ran on."""
    path = journal.root / PENDING
    if not path.exists():
        return []
    try:
        owner = json.loads(path.read_bytes()).get(OWNER)
    except (OSError, ValueError, AttributeError, RecursionError):
        return [Finding(False, f"{path} (an unfinished import or restore) is unreadable")]
    if owner == device_name():
        when = "the next mg-journal command on this computer undoes it"
    else:
        when = f"it is undone when mg-journal next runs on {owner!r}, where it began"
    return [Finding(False, f"an import or restore was cut short; {when} ({path})")]


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
    temps = temp_files(journal.root)
    if not temps:
        return [Finding(True, "no leftover temporary files")]
    if busy:
        return [Finding(True, f"{len(temps)} temporary files (another copy is saving now)")]
    try:
        with journal.lock:  # nobody is mid-write: every temp file is a leftover
            removed = remove_temp_files(journal.root)
    except StoreError as exc:
        return [Finding(False, f"{len(temps)} temporary files left by interrupted saves: {exc}")]
    return [Finding(True, f"removed {removed} temporary files left by interrupted saves")]


def _backups(journal: Journal) -> list[Finding]:
    folder = journal.root / "backups"
    copies = sorted(p for p in folder.glob("*") if p.is_file()) if folder.is_dir() else []
    if not copies:
        return [Finding(True, "no backups yet (daily copies start with the first change)")]
    newest = max(copies, key=lambda p: p.stat().st_mtime)
    return [Finding(True, f"{_count(len(copies), 'backup')} in {folder}; newest {newest.name}")]


def _no_journal(root: Path, start: str) -> Finding | None:
    """Said alone when `root` holds no journal: a folder that is not there, a file, or an
    empty folder ("no journal yet", as every other command reads it). Checking an empty
    folder's permissions and files flagged 0755 on a folder Mg Journal never made."""
    check = "check --data-dir or $MG_JOURNAL_DIR"
    if not root.exists():
        return Finding(False, f"no journal at {root}; fix: {check}, or run {start} to start one")
    if not root.is_dir():
        return Finding(False, f"no journal at {root} (it is a file, not a folder); fix: {check}")
    if not holds_a_journal(root):
        empty = next(root.iterdir(), None) is None
        held = "is empty" if empty else "holds none of a journal's files"
        return Finding(
            False,
            f"no journal at {root} yet (the folder {held}); fix: run {start} to start "
            f"one, or {check}",
        )
    return None


def diagnose(root: Path, start: str = "mg-journal") -> list[Finding]:
    """Every check of the journal in `root`; `start` is the command line that would make
    one there, for the advice when there is none."""
    nothing = _no_journal(root, start)
    if nothing is not None:
        return [nothing]
    journal = Journal(root)
    lock = _lock(journal)
    busy = "holds the lock" in lock[0].text
    found = [Finding(True, f"journal at {root}")]
    found += _permissions(root) + _files(journal) + _pending(journal) + lock
    found += _leftovers(journal, busy)
    return found + _backups(journal) + _sync(journal) + _encryption(journal)


def _encryption(journal: Journal) -> list[Finding]:
    """Said of an encrypted journal: whether this computer holds its key; of any, a
    file left in the other state (encryption changed on another computer meanwhile)."""
    from journal.store.crypt import identity, key_path, recipient
    from journal.store.encryption import mixed

    try:
        to = recipient(journal.root)
        key = identity() if to is not None else None
        odd = mixed(journal)
    except (StoreError, OSError) as exc:
        return [Finding(False, str(exc))]
    if odd:
        state, fix = ("plain", "encrypt") if to is not None else ("encrypted", "decrypt")
        n = len(odd)
        files = f"{n} file{'s' if n != 1 else ''} ({odd[0].name}{', ...' if n > 1 else ''})"
        return [
            Finding(
                False,
                f"{files} {'is' if n == 1 else 'are'} {state} unlike the rest (encryption "
                f"changed on another computer meanwhile); fix: mg-journal {fix}",
            )
        ]
    if to is None:
        return []
    fix = "fix: mg-journal key import FILE (made by mg-journal key export on the other computer)"
    if key is None:
        return [Finding(False, f"the journal is encrypted and {key_path()} is missing; {fix}")]
    if str(key.to_public()) != to:
        return [Finding(False, f"{key_path()} is not the key the journal is encrypted to; {fix}")]
    return [Finding(True, f"files encrypted with age; the key is {key_path()} (keep a copy)")]


def _sync(journal: Journal) -> list[Finding]:
    """Conflict copies from a sync engine: waiting, or refused; versions set aside."""
    from journal.store.sync_status import merge_log, set_aside, waiting_copies

    found = []
    for w in waiting_copies(journal.root):
        copy = f"a conflict copy from {w.copy.source}"
        if w.problem:  # the problem names the file
            found.append(Finding(False, f"{copy} could not be merged: {w.problem}"))
        else:
            later = "will be merged when mg-journal next starts"
            found.append(Finding(True, f"{w.copy.path} ({copy}) {later}"))
    aside = set_aside(journal)
    if aside:
        found.append(
            Finding(True, f"{len(aside)} versions set aside by merges; see mg-journal sync status")
        )
    logged = [p for e in merge_log(journal.root) for p in e.get("foods_renamed") or []]
    renamed = [p[1] for p in logged if isinstance(p, list) and len(p) == 2]
    if renamed:
        names = ", ".join(repr(n) for n in renamed)
        found.append(
            Finding(True, f"own foods renamed by merges (made on both, other figures): {names}")
        )
    return found or [Finding(True, "no conflict copies from a sync engine")]


def _count(n: int, noun: str) -> str:
    """'1 file', '2 files'."""
    return f"{n} {noun}{'' if n == 1 else 's'}"
