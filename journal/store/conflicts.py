"""Conflict copies a sync engine left in the journal folder, merged into their files.

Found at every open (and by `mg-journal sync merge`): for each copy of a day
file, the profile, own foods or kinds, the copy and the file are merged by
document (journal.core.sync.merge), and in one all-or-nothing change under
the lock the file gets the merge and the copy moves to backups/conflicts/. A
copy that cannot be read is refused and left where it is, as any damaged file.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from journal.core import clock
from journal.core.counted import counted
from journal.core.sync.merge import Merged, merge
from journal.core.sync.names import ConflictName, parse_conflict_name
from journal.store.atomic import atomic_write_bytes
from journal.store.backup_names import backup_name
from journal.store.crypt import plain, seal_for
from journal.store.day_files import parse_entries
from journal.store.errors import DamagedFileError, StoreError
from journal.store.journal import Journal
from journal.store.layout import DAY_FILE
from journal.store.own_foods import FILE as OWN_FOODS
from journal.store.own_foods import one_name_each_merged
from journal.store.paths import ensure_private_dir
from journal.store.storage import decode, encode, read_file
from journal.store.transaction import PENDING, replace_all

KEPT_IN = Path("backups") / "conflicts"
LOG = "merges.json"
_OTHER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_\-]*\.json$")


@dataclass(frozen=True)
class Copy:
    path: Path
    original: Path
    name: ConflictName

    @property
    def source(self) -> str:
        who = f" ({self.name.who})" if self.name.who else ""
        return f"{self.name.engine}{who}"


@dataclass(frozen=True)
class Outcome:
    copy: Copy
    merged: Merged


@dataclass
class SyncReport:
    merged: list[Outcome] = field(default_factory=list)
    refused: list[tuple[Path, str]] = field(default_factory=list)

    def summary(self) -> str:
        """One line for the person, '' when nothing was found."""
        if not self.merged and not self.refused:
            return ""
        parts: list[str] = []
        if self.merged:
            engines = sorted({o.copy.name.engine for o in self.merged})
            n = len(self.merged)
            what = "a copy" if n == 1 else f"{n} copies"
            parts.append(f"merged {what} from {' and '.join(engines)}: " + _counts(self.merged))
        if self.refused:
            n = len(self.refused)
            parts.append(f"{n} conflict {'copy' if n == 1 else 'copies'} could not be merged")
        return "; ".join(parts) + " (mg-journal sync status)"


def _counts(outcomes: list[Outcome]) -> str:
    added = sum(o.merged.added for o in outcomes)
    taken = sum(o.merged.taken for o in outcomes)
    aside = sum(o.merged.set_aside for o in outcomes)
    deleted = sum(o.merged.deleted for o in outcomes)
    complete = sum(o.merged.complete for o in outcomes)
    kept = sum(o.merged.kept_deleted for o in outcomes)
    once = [n for o in outcomes for n in o.merged.foods_kept_once]
    renamed = [new for o in outcomes for _, new in o.merged.foods_renamed]
    said = [
        counted(added, "entry added", "entries added") if added else "",
        counted(taken, "edit", "edits") + " kept from the other computer" if taken else "",
        counted(aside, "change", "changes") + " set aside" if aside else "",
        counted(deleted, "deletion", "deletions") + " applied" if deleted else "",
        counted(complete, "day", "days") + " marked complete" if complete else "",
        counted(kept, "deleted entry", "deleted entries") + " kept, changed after the deletion"
        if kept
        else "",
        f"own foods made on both kept once: {', '.join(once)}" if once else "",
        "own foods of the same name with other figures renamed: "
        + ", ".join(repr(n) for n in renamed)
        if renamed
        else "",
    ]
    return ", ".join(s for s in said if s) or "nothing new"


def _journal_file(original: Path, root: Path) -> bool:
    if original.parent == root / "entries":
        return bool(DAY_FILE.match(original.name))
    return (
        original.parent == root and original.name != PENDING and bool(_OTHER.match(original.name))
    )


def find_copies(root: Path) -> list[Copy]:
    """The conflict copies of journal files in `root` and `root/entries`, by name."""
    found: list[Copy] = []
    for folder in (root, root / "entries"):
        try:
            names = os.listdir(folder)
        except (FileNotFoundError, NotADirectoryError):
            continue
        for name in names:
            parsed = parse_conflict_name(name)
            if parsed is None or not _journal_file(folder / parsed.original, root):
                continue
            found.append(Copy(folder / name, folder / parsed.original, parsed))
    return sorted(found, key=lambda c: str(c.path))


def _check(data: dict[str, Any], original: Path, shown: Path) -> None:
    """Refuse (naming `shown`) a day's tables with a malformed entry or one of another day."""
    if original.parent.name != "entries" or not DAY_FILE.match(original.name):
        return
    wanted = date.fromisoformat(original.name[:10])
    for other in parse_entries(data, shown).keys() - {wanted}:
        raise DamagedFileError(shown, f"it holds an entry dated {other}, not {wanted}")


def _prepared(copy: Copy) -> tuple[bytes, dict[str, Any], Merged]:
    """The copy's bytes, the file's tables and their merge, or the StoreError that refuses it."""
    raw = copy.path.read_bytes()
    theirs = decode(raw, copy.path)
    _check(theirs, copy.original, copy.path)
    mine = read_file(copy.original) or {}
    _check(mine, copy.original, copy.original)
    merged = merge(mine, theirs, copy.source)
    if copy.original.name == OWN_FOODS:  # never a day file's name
        merged = one_name_each_merged(merged)  # two computers' "Granola bar": one name each
    _check(merged.tables, copy.original, copy.original)
    return raw, mine, merged


def why_not_merged(copy: Copy) -> str:
    """Why `copy` would be refused at the next merge, or "" when it would be merged:
    the same reading and checks as the merge, with nothing written."""
    try:
        _prepared(copy)
    except FileNotFoundError:
        return ""  # merged meanwhile by another copy of the app
    except StoreError as exc:
        return str(exc)
    except OSError as exc:
        return f"cannot read {copy.path} ({exc.strerror})"
    return ""


def _merge_one(journal: Journal, copy: Copy) -> Merged:
    raw, mine, merged = _prepared(copy)
    folder = ensure_private_dir(journal.root / KEPT_IN)
    kept = folder / backup_name(copy.path, journal.root)
    files: dict[Path, bytes | None] = {copy.path: None, kept: raw}
    payload = encode(merged.tables)
    if payload != encode(mine):  # the other computer may have merged this copy already
        files[copy.original] = payload

    def before(path: Path) -> None:
        if path == copy.original:
            journal._backup(path)

    replace_all(journal.root, files, before)
    return merged


def merge_copies(journal: Journal) -> SyncReport:
    """Merge every conflict copy in the journal; each one all or nothing."""
    report = SyncReport()
    copies = find_copies(journal.root)
    if not copies:
        return report
    try:
        with journal.lock:
            for copy in find_copies(journal.root):  # again: another copy of the app may have
                try:
                    report.merged.append(Outcome(copy, _merge_one(journal, copy)))
                except FileNotFoundError:
                    continue  # ... merged it first
                except StoreError as exc:
                    report.refused.append((copy.path, str(exc)))
                except OSError as exc:  # e.g. a copy the engine left unreadable
                    report.refused.append((copy.path, f"cannot read it ({exc.strerror})"))
            if report.merged:
                _log(journal, report)
    except StoreError as exc:  # e.g. a read-only folder: every copy stays where it is
        report.refused.extend((c.path, str(exc)) for c in copies)
    return report


def _log(journal: Journal, report: SyncReport) -> None:
    path = journal.root / KEPT_IN / LOG
    try:
        old = json.loads(plain(path.read_bytes(), path))
        log = old if isinstance(old, list) else []
    except (OSError, ValueError, StoreError):  # unreadable: a new log, the copies are kept
        log = []
    for outcome in report.merged:
        m = outcome.merged
        log.append(
            {
                "at": clock.utc_stamp(),
                "file": str(outcome.copy.original.relative_to(journal.root)),
                "copy": outcome.copy.path.name,
                "from": outcome.copy.source,
                "added": m.added,
                "taken": m.taken,
                "set_aside": m.set_aside,
                "deleted": m.deleted,
                "complete": m.complete,
                "kept_deleted": m.kept_deleted,
                "foods_kept_once": list(m.foods_kept_once),
                "foods_renamed": [list(pair) for pair in m.foods_renamed],
            }
        )
    text = json.dumps(log[-200:], ensure_ascii=False, indent=1).encode()
    atomic_write_bytes(path, seal_for(journal.root, text))  # `encrypt` sealed it: so do we
