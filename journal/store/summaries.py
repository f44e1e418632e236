"""One small summary per day (magnesium, unknown foods, symptoms, factors, complete mark),
read once and kept: what the dashboard, `report` and the exports' statistics need.

Ten years are 3,434 day files and ~38,000 entries; reading them all took a second,
most of it re-validating entries that were validated when written. A summary is
kept per day file with the stamp (inode, mtime, size) of the bytes it came from.
In the app it lives for the session: the app's own writes and the Today screen's
change-watcher `touch` their day, and opening the dashboard `scan`s every stamp
(a stat per file), so another copy's writes are seen too.

The summaries are also saved to a derived cache file outside the journal folder
(the person's cache folder, e.g. ~/.cache/mg-journal/summaries/), never in it: a
sync tool never carries it, and another computer's stamps would match nothing
anyway. It is never the source of truth. Each summary is used only while its day
file's stamp matches; a missing, damaged, foreign or older cache is rebuilt from
the day files; deleting it loses nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from datetime import date
from pathlib import Path
from typing import Any

from journal.core.analysis.daily import DayRow, row_for
from journal.store.crypt import MARKER
from journal.store.day_files import read_day_file
from journal.store.journal import Journal
from journal.store.layout import DAY_FILE, MONTH_FILE
from journal.store.paths import APP_NAME, ensure_private_dir
from journal.store.storage import Stamp, checked

FORMAT = "mg-journal-summaries"
VERSION = 1
ENV_CACHE = "MG_JOURNAL_CACHE_DIR"  # where the cache goes; "" for none (tests, read-only)


def cache_dir() -> Path | None:
    """The folder for derived caches: $MG_JOURNAL_CACHE_DIR, else the platform's cache dir."""
    explicit = os.environ.get(ENV_CACHE)
    if explicit is not None:
        return Path(explicit).expanduser().absolute() if explicit else None
    from platformdirs import user_cache_path

    return user_cache_path(APP_NAME, appauthor=False)


def cache_file(root: Path) -> Path | None:
    """This journal's summary cache: one file per journal folder, named by its path;
    None for an encrypted journal, whose figures must not lie readable in a cache."""
    folder = cache_dir()
    if folder is None or (root / MARKER).exists():
        return None
    return _cache_path(folder, root)


def _cache_path(folder: Path, root: Path) -> Path:
    key = hashlib.sha256(str(root.resolve()).encode()).hexdigest()[:20]
    return folder / "summaries" / f"{key}.json"


def forget_cache(root: Path) -> None:
    """Remove this journal's summary cache (made while it was not encrypted)."""
    folder = cache_dir()
    if folder is not None:
        _cache_path(folder, root).unlink(missing_ok=True)


def _row_doc(row: DayRow) -> list[Any]:
    return [
        row.food_mg,
        row.supplement_mg,
        row.foods,
        row.unknown_foods,
        row.symptoms,
        row.factors,
        row.complete,
        row.sources,
    ]


def _row(day: date, doc: list[Any]) -> DayRow:
    food_mg, supplement_mg, foods, unknown, symptoms, factors, complete, sources = doc
    kinds = {kind: (count, worst) for kind, (count, worst) in symptoms.items()}
    return DayRow(
        day, food_mg, supplement_mg, foods, unknown, kinds, factors, complete, sources=sources
    )


def _stamp(st: os.stat_result) -> Stamp:
    return (st.st_ino, st.st_mtime_ns, st.st_size)


class DaySummaries:
    """The summary of every day file of one journal, refreshed by stamp; thread-safe."""

    def __init__(self, journal: Journal, cache: Path | None = None) -> None:
        self.journal = journal
        self.cache = cache
        self._lock = threading.Lock()
        self._rows: dict[str, DayRow | None] = {}  # by file name; None: a day without entries
        self._stamps: dict[str, Stamp] = {}
        self._loaded = False
        self._dirty = False
        self._touched: set[date] = set()

    @classmethod
    def open(cls, journal: Journal) -> DaySummaries:
        return cls(journal, cache_file(journal.root))

    def load(self) -> None:
        """Read the cache file now, if no scan has (the app does so in a worker after
        its first frame, so the dashboard's first open does not wait for it)."""
        with self._lock:
            self._load()

    def rows(self, start: date = date.min, end: date = date.max) -> dict[date, DayRow]:
        """The summaries of the days with entries or a complete mark, `start` to `end`,
        as last scanned or touched: no file is read here."""
        with self._lock:
            self._refresh_touched()
            return {
                row.date: row
                for row in self._rows.values()
                if row is not None and start <= row.date <= end
            }

    def scan(self, since: date = date.min, until: date = date.max) -> dict[date, DayRow]:
        """Check the stamp of every day file from `since` to `until`, re-read the changed
        ones, and return those days' rows (`rows()` has the others as last known).

        A damaged day file raises its DamagedFileError, as reading it always did.
        """
        low, high = since.isoformat(), until.isoformat()
        with self._lock:
            self._load()
            found = self._stamped(low, high)
            for name in [n for n in self._stamps if low <= n[:10] <= high and n not in found]:
                self._forget(name)
            if since == date.min and until == date.max:
                self._touched.clear()
            entries = self.journal.entries_dir
            for name, stamp in found.items():
                if self._stamps.get(name) != stamp:
                    self._read(entries / name, stamp)
            self._save()
        return self.rows(since, until)

    def _stamped(self, low: str, high: str, split: bool = True) -> dict[str, Stamp]:
        """The name and stamp of every day file dated `low` to `high` (ISO): one scandir
        and a stat each, no path built."""
        found: dict[str, Stamp] = {}
        months = False
        try:
            with os.scandir(self.journal.entries_dir) as listing:
                for item in listing:
                    name = item.name
                    if low <= name[:10] <= high and DAY_FILE.match(name):
                        try:  # not contextlib.suppress: a `with` per file cost a third of the scan
                            st = item.stat()
                        except FileNotFoundError:  # deleted meanwhile
                            continue
                        found[name] = (st.st_ino, st.st_mtime_ns, st.st_size)
                    elif MONTH_FILE.match(item.name):
                        months = True
        except FileNotFoundError:
            return {}
        if months and split:  # from before day files: split (a damaged one raises its error)
            self.journal.day_files()
            return self._stamped(low, high, split=False)
        return found

    def mark_validated(self, since: date = date.min) -> None:
        """Mark the day files from `since` as validated at the stamps they were summarised
        at (storage.checked): reading those very bytes again checks no field. Loads the
        cache if no scan did; a file whose stamp differs is validated when read, as ever."""
        low = since.isoformat()
        with self._lock:
            self._load()
            entries = os.path.join(self.journal.entries_dir, "")
            for name, stamp in self._stamps.items():
                if name >= low:
                    checked.setdefault(entries + name, stamp)

    def touch(self, day: date) -> None:
        """Note that `day` may have changed (a write by the app, or by another copy that
        the change-watcher saw): its file's stamp is checked at the next `rows`. Never
        waits for a scan running in a worker."""
        self._touched.add(day)

    # -- inside the lock -------------------------------------------------------

    def _refresh_touched(self) -> None:
        while self._touched:
            day = self._touched.pop()
            if self._loaded:
                self._refresh(self.journal.day_path(day))

    def _forget(self, name: str) -> None:
        self._rows.pop(name, None)
        self._stamps.pop(name, None)
        self._dirty = True

    def _refresh(self, path: Path) -> None:
        try:
            stamp = _stamp(path.stat())
        except FileNotFoundError:
            if path.name in self._stamps:
                self._forget(path.name)
            return
        if self._stamps.get(path.name) != stamp:
            self._read(path, stamp)

    def _read(self, path: Path, stamp: Stamp) -> None:
        day = read_day_file(path)  # validates in full unless these bytes were validated
        known = day.foods or day.supplements or day.symptoms or day.factors or day.complete
        # The stamp of the bytes read: a write between stat and read is seen next time.
        self._rows[path.name] = row_for(day) if known else None
        self._stamps[path.name] = checked.get(str(path), stamp)
        self._dirty = True

    def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        if self.cache is None:
            return
        try:
            data = json.loads(self.cache.read_bytes())
            if data.get("format") != FORMAT or data.get("version") != VERSION:
                raise ValueError("another format")
            if data.get("root") != str(self.journal.root.resolve()):
                raise ValueError("another journal")
            rows: dict[str, DayRow | None] = {}
            stamps: dict[str, Stamp] = {}
            for name, (ino, mtime, size, doc) in data["days"].items():
                stamps[name] = (int(ino), int(mtime), int(size))
                rows[name] = None if doc is None else _row(date.fromisoformat(name[:10]), doc)
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            self._dirty = True  # missing, damaged or foreign: rebuilt from the day files
            return
        self._rows, self._stamps = rows, stamps

    def _save(self) -> None:
        if not self._dirty or self.cache is None:
            return
        days = {
            name: [*stamp, None if (row := self._rows.get(name)) is None else _row_doc(row)]
            for name, stamp in sorted(self._stamps.items())
        }
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "root": str(self.journal.root.resolve()),
            "days": days,
        }
        payload = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()
        try:
            ensure_private_dir(self.cache.parent)
            write_derived(self.cache, payload)
        except OSError:
            return  # a cache that cannot be written is only slower next time
        self._dirty = False


def write_derived(path: Path, payload: bytes) -> None:
    """Replace a derived file atomically (0600), without fsync: losing it loses nothing,
    and a torn one is rebuilt."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
