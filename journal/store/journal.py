"""The journal on disk: one TinyDB file per month, plus small files for the rest.

TinyDB rewrites a whole file on every insert, so one file for ten years of
entries makes each insert cost hundreds of milliseconds. One file per month
keeps every write the size of a month, however old the journal is, and lets
the Today screen read just the month it shows.

    <data dir>/entries/2026-11.json   foods, supplements, symptoms, factors, days
    <data dir>/<name>.json            profile, custom foods, ... (see `file()`)
    <data dir>/backups/               daily copies (see backup.py)
    <data dir>/journal.lock           cross-process write lock
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from tinydb import Query, TinyDB

from journal.core import clock
from journal.core.day import Day
from journal.core.models import ENTRY_TYPES, Entry, entry_from_doc
from journal.core.validate import ValidationError
from journal.store.backup import daily_backup
from journal.store.errors import DamagedFileError
from journal.store.lock import JournalLock
from journal.store.paths import ensure_private_dir, resolve_data_dir
from journal.store.storage import AtomicStorage, read_file
from journal.store.transaction import PENDING, roll_back

DAYS_TABLE = "days"  # {"date": "2026-11-25", "complete": true}: days marked complete


def month_key(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def parse_month(data: dict[str, Any], path: Path) -> dict[date, Day]:
    """The days in one month file's tables; any malformed entry makes the file refused."""
    days: dict[date, Day] = {}
    seen: set[str] = set()
    for kind in ENTRY_TYPES:
        for doc_id, doc in data.get(kind, {}).items():
            try:
                entry = entry_from_doc(kind, doc)
            except (KeyError, TypeError, ValueError, ValidationError) as exc:
                why = f"entry {doc_id} in {kind} is malformed: {exc}"
                raise DamagedFileError(path, why) from None
            if entry.id in seen:  # a move between months cut short by a kill
                continue
            seen.add(entry.id)
            days.setdefault(entry.date, Day(entry.date)).add(entry)
    for doc_id, doc in data.get(DAYS_TABLE, {}).items():
        try:
            marked = date.fromisoformat(doc["date"])
            if doc["complete"] is not True:
                raise ValueError("complete is not true")
        except (KeyError, TypeError, ValueError) as exc:
            raise DamagedFileError(path, f"day {doc_id} is malformed: {exc}") from None
        days.setdefault(marked, Day(marked)).complete = True
    for day in days.values():
        day.sort()
    return days


def check_month(data: dict[str, Any], path: Path) -> None:
    parse_month(data, path)


class Journal:
    """Read and change the person's journal; every change is locked, atomic and backed up."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.entries_dir = root / "entries"
        # An import or restore killed half way is undone before anyone writes again.
        self.lock = JournalLock(root / "journal.lock", on_acquire=partial(roll_back, root))

    @classmethod
    def open(cls, data_dir: str | Path | None = None) -> Journal:
        """Open (creating if needed, 0700) the journal in `data_dir` or the default place."""
        root = resolve_data_dir(data_dir)
        ensure_private_dir(root)
        ensure_private_dir(root / "entries")
        journal = cls(root)
        if (root / PENDING).exists():
            with journal.lock:  # undoes the unfinished import before anything is read
                pass
        return journal

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
        path = self.root / name
        with self.lock:
            storage = partial(AtomicStorage, before_write=self._backup, check=check)
            db = TinyDB(path, storage=storage)
            try:
                yield db
            finally:
                db.close()

    def month_path(self, day: date) -> Path:
        return self.entries_dir / f"{month_key(day)}.json"

    def _month_db(self, day: date) -> Any:
        name = str(self.month_path(day).relative_to(self.root))
        return self.file(name, check=check_month)

    def add(self, entry: Entry) -> Entry:
        with self._month_db(entry.date) as db:
            db.table(entry.KIND, cache_size=0).insert(entry.to_doc())
        return entry

    def remove(self, entry: Entry) -> bool:
        """Delete the entry with this id from its month; False if it was not there."""
        with self._month_db(entry.date) as db:
            removed = db.table(entry.KIND, cache_size=0).remove(Query().id == entry.id)
        return bool(removed)

    def replace(self, old: Entry, new: Entry) -> Entry:
        """Swap `old` for `new` (same id); a change of date may move it to another month."""
        if old.id != new.id:
            raise ValueError("an edited entry keeps its id")
        with self.lock:
            if month_key(old.date) == month_key(new.date) and old.KIND == new.KIND:
                with self._month_db(new.date) as db:
                    table = db.table(new.KIND, cache_size=0)
                    table.remove(Query().id == old.id)
                    table.insert(new.to_doc())
            else:
                # New month first: a kill between the two writes leaves a duplicate id
                # (dropped on read), never a lost entry.
                self.add(new)
                self.remove(old)
        return new

    def set_complete(self, day: date, complete: bool = True) -> bool:
        """Mark the day complete (or not); False when it already was as asked."""
        with self._month_db(day) as db:
            table = db.table(DAYS_TABLE, cache_size=0)
            marked = Query().date == day.isoformat()
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

    def read_month(self, year: int, month: int) -> dict[date, Day]:
        path = self.entries_dir / f"{year:04d}-{month:02d}.json"
        return parse_month(read_file(path) or {}, path)

    def day(self, day: date) -> Day:
        return self.read_month(day.year, day.month).get(day, Day(day))

    def months(self) -> list[tuple[int, int]]:
        """The months that have a file, oldest first."""
        found = []
        for path in self.entries_dir.glob("[0-9][0-9][0-9][0-9]-[0-9][0-9].json"):
            year, month = path.stem.split("-")
            found.append((int(year), int(month)))
        return sorted(found)

    def days(self, start: date, end: date) -> Iterator[Day]:
        """Every day with entries or marked complete, `start` to `end` inclusive, in order."""
        for year, month in self.months():
            if (year, month) < (start.year, start.month) or (year, month) > (end.year, end.month):
                continue
            month_days = self.read_month(year, month)
            for key in sorted(month_days):
                if start <= key <= end:
                    yield month_days[key]
