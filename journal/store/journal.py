"""The journal on disk: one TinyDB file per day, plus small files for the rest.

TinyDB rewrites a whole file on every insert, so one file for ten years of
entries makes each insert cost hundreds of milliseconds; even a month's file
(60 KB) makes an insert 2.8x dearer than into an empty journal. One file per
day keeps every write the size of a day, however old the journal is, and lets
the Today screen read just the day it shows.

    <data dir>/entries/2026-11-25.json  foods, supplements, symptoms, factors, days
    <data dir>/<name>.json            profile, own foods, ... (see `file()`)
    <data dir>/backups/               daily copies (see backup.py)
    <data dir>/journal.lock           cross-process write lock
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from journal.core import clock
from journal.core.entries.day import Day
from journal.core.entries.models import ENTRY_TYPES, Entry, FoodEntry
from journal.core.sync.copy_mark import may_hold_copies
from journal.store import notice
from journal.store.backup import daily_backup
from journal.store.day_files import (
    check_day_file,
    check_entries,
    read_day_file,
)
from journal.store.errors import DamagedFileError, StoreError
from journal.store.layout import (
    DAY_FILE,
    DAYS_TABLE,
    MONTH_FILE,
    day_name,
    month_files,
    month_name,
    split_month_files,
)
from journal.store.leftovers import remove_temp_files, temp_files
from journal.store.lock import JournalLock
from journal.store.paths import (
    ensure_private_dir,
    holds_a_journal,
    open_root,
    resolve_data_dir,
)
from journal.store.revision import stamp_write
from journal.store.storage import read_file
from journal.store.transaction import PENDING, roll_back

if TYPE_CHECKING:  # TinyDB loads at the first write (see `file`): reading needs none
    from tinydb import TinyDB
    from tinydb.queries import QueryInstance

    from journal.store.conflicts import SyncReport


def _where(name: str, value: object) -> QueryInstance:
    from tinydb import Query

    return Query()[name] == value


class Journal:
    """Read and change the person's journal; every change is locked, atomic and backed up."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.entries_dir = root / "entries"
        self.warning: str | None = None  # why the folder is not private, said at open
        # An import or restore killed half way is undone before anyone writes again.
        self.lock = JournalLock(root / "journal.lock", on_acquire=partial(roll_back, root))
        self.sync_report: SyncReport | None = None  # what `open` merged from conflict copies

    @classmethod
    def open(cls, data_dir: str | Path | None = None, *, create: bool = True) -> Journal:
        """Open (creating if needed, 0700) the journal in `data_dir` or the default place;
        with `create` False, a folder that does not exist or is empty is refused (a
        command that only reads must not leave a new journal where a path was mistyped)."""
        root = resolve_data_dir(data_dir)
        if not create and not holds_a_journal(root):
            raise StoreError(
                f"There is no journal in {root}: check the path (--data-dir or "
                "$MG_JOURNAL_DIR), or log something first. Nothing was created."
            )
        warning = open_root(root)
        ensure_private_dir(root / "entries")
        journal = cls(root)
        journal.warning = warning
        if warning is not None:
            notice.warn(warning)
        if (root / PENDING).exists():
            with journal.lock:  # undoes the unfinished import before anything is read
                pass
        # Month files from before day files are split now; any that cannot be
        # read stay as they are, and reading their month raises their error.
        listing = journal._listing()
        journal.split_months(month_files(listing), raise_first=False)
        top = _listing(root)
        if temp_files(root, {"entries": listing, "": top}):
            journal._remove_leftovers()
        # Copies a sync engine set aside when two computers changed one file: without
        # a name that may be one, the merge's modules are not even imported.
        if may_hold_copies(top) or may_hold_copies(listing):
            from journal.store.conflicts import merge_copies

            journal.sync_report = merge_copies(journal)
        return journal

    def _remove_leftovers(self) -> None:
        """Temp files of writes killed earlier go; under the lock none is mid-write.
        Only if the lock is free now: during another copy's long import they are its
        own, and opening must not wait for it."""
        try:
            with JournalLock(self.lock.path, timeout=0, on_acquire=self.lock.on_acquire):
                remove_temp_files(self.root)
        except (StoreError, OSError):  # e.g. a read-only folder: they stay, harmless
            pass

    def _listing(self) -> list[str]:
        return _listing(self.entries_dir)

    def _names(self) -> list[str]:
        return sorted(self._listing())

    def split_months(self, names: list[str] | None = None, raise_first: bool = True) -> None:
        """Split month files (all, or those named) into day files; see layout.py."""
        names = month_files(self._listing()) if names is None else names
        if not names:
            return
        try:
            with self.lock:
                errors = split_month_files(self.entries_dir, names, self._backup, check_entries)
        except StoreError as exc:  # e.g. a read-only folder: its months stay unread
            errors = [exc]
        if errors and raise_first:
            raise errors[0]

    # -- writing ---------------------------------------------------------------

    def _backup(self, path: Path) -> None:
        daily_backup(path, self.root, clock.today())

    @contextmanager
    def file(
        self, name: str, check: Callable[[dict[str, Any], Path], None] | None = None
    ) -> Iterator[TinyDB]:
        """A TinyDB over `<root>/<name>`, held under the write lock for a read-modify-write.

        TinyDB re-reads the file on every operation and the instance is fresh,
        so nothing cached from before another process's write is used.
        """
        from tinydb import TinyDB

        from journal.store.db import AtomicStorage

        path = self.root / name
        with self.lock:
            # Every changed document gets a revision, every removed one a tombstone
            # (revision.py): what a merge of two computers' copies decides by.
            storage = partial(
                AtomicStorage, before_write=self._backup, check=check, prepare=stamp_write
            )
            db = TinyDB(path, storage=storage)
            try:
                yield db
            finally:
                db.close()

    def day_path(self, day: date) -> Path:
        return self.entries_dir / day_name(day)

    def _day_db(self, day: date) -> Any:
        return self.file(f"entries/{day_name(day)}", check=check_day_file)

    def add(self, entry: Entry) -> Entry:
        with self._day_db(entry.date) as db:
            db.table(entry.KIND, cache_size=0).insert(entry.to_doc())
        return entry

    def add_all(self, entries: Sequence[FoodEntry]) -> None:
        """Foods of one line (`mg-journal eat "oatmeal, banana"`) in one write per day
        file: a line's foods share a day, so it is stored whole or not at all."""
        by_day: dict[date, list[dict[str, Any]]] = {}
        for entry in entries:
            by_day.setdefault(entry.date, []).append(entry.to_doc())
        with self.lock:
            for day, docs in by_day.items():
                with self._day_db(day) as db:
                    db.table(FoodEntry.KIND, cache_size=0).insert_multiple(docs)

    def remove(self, entry: Entry) -> bool:
        """Delete the entry with this id in one atomic step; False if it was not there."""
        from journal.store.edits import delete_entry

        return delete_entry(self, entry) is not None

    def replace(self, old: Entry, new: Entry) -> Entry:
        """Edit `old` into `new` (same id) in one atomic step; see edits.replace_entry."""
        from journal.store.edits import replace_entry

        return replace_entry(self, old, new)

    def set_complete(self, day: date, complete: bool = True) -> bool:
        """Mark the day complete (or not); False when it already was as asked."""
        with self._day_db(day) as db:
            table = db.table(DAYS_TABLE, cache_size=0)
            marked = _where("date", day.isoformat())
            if complete == table.contains(marked):
                return False
            if complete:
                table.insert({"date": day.isoformat(), "complete": True})
            else:
                table.remove(marked)
        return True

    # -- reading ---------------------------------------------------------------

    def read_file(self, name: str) -> dict[str, Any]:
        """The tables of `<root>/<name>` without taking the lock (files are replaced whole)."""
        return read_file(self.root / name) or {}

    def day_files(self, start: date = date.min, end: date = date.max) -> list[tuple[date, Path]]:
        """The days from `start` to `end` that have a file, oldest first."""
        found = []
        for name in self.day_names(start, end):
            path = self.entries_dir / name
            try:
                found.append((date.fromisoformat(name[:10]), path))
            except ValueError:  # 2026-02-30.json: refused as any damaged day file is
                raise DamagedFileError(path, "its name is not a date (YYYY-MM-DD.json)") from None
        return found

    def day_names(self, start: date = date.min, end: date = date.max) -> list[str]:
        """The names of the day files from `start` to `end`, oldest first (month files
        in the range split first)."""
        # ISO names sort as dates do, so the range is a string comparison.
        low, high = day_name(start), day_name(end)
        names = self._names()
        first, last = month_name(start), month_name(end)
        unsplit = [name for name in month_files(names) if first <= name <= last]
        if unsplit:
            self.split_months(unsplit)
            names = self._names()
        return [name for name in names if low <= name <= high and DAY_FILE.match(name)]

    def day(self, day: date) -> Day:
        if (self.entries_dir / month_name(day)).exists():
            self.split_months([month_name(day)])
        return read_day_file(self.day_path(day))

    def read_days(self, files: Iterable[tuple[date, Path]]) -> Iterator[Day]:
        """Each file's day, in the order given; an entry seen before is skipped, since
        a move between days cut short by a kill leaves it in both files."""
        seen: set[str] = set()
        for _, path in files:
            day = read_day_file(path)
            for kind in ENTRY_TYPES:
                entries = getattr(day, kind)
                if any(e.id in seen for e in entries):
                    setattr(day, kind, [e for e in entries if e.id not in seen])
                seen.update(e.id for e in entries)
            yield day

    def read_month(self, year: int, month: int) -> dict[date, Day]:
        first = date(year, month, 1)
        last = date(year + month // 12, month % 12 + 1, 1)
        files = [(d, p) for d, p in self.day_files(first, last) if d < last]
        return {day.date: day for day in self.read_days(files)}

    def months(self) -> list[tuple[int, int]]:
        """The months that have a day file, oldest first."""
        return sorted({(day.year, day.month) for day, _ in self.day_files()})

    def has_entries(self) -> bool:
        """Whether any day (or an earlier version's month) has a file. Asked at every
        start, so it stops at the first (a path per day of ten years cost 30 ms)."""
        try:
            with os.scandir(self.entries_dir) as found:
                return any(DAY_FILE.match(f.name) or MONTH_FILE.match(f.name) for f in found)
        except FileNotFoundError:
            return False

    def days(self, start: date, end: date) -> Iterator[Day]:
        """Every day with entries or marked complete, `start` to `end` inclusive, in order."""
        for day in self.read_days(self.day_files(start, end)):
            if day.foods or day.supplements or day.symptoms or day.factors or day.complete:
                yield day


def _listing(folder: Path) -> list[str]:
    try:
        return os.listdir(folder)
    except FileNotFoundError:
        return []
