"""How entries are laid out in files: one per day, and the move from one per month.

Earlier journals kept a month in one file (`entries/2026-11.json`). Each
such file is split into day files in one all-or-nothing write (see
transaction.py), merged with any day file already there, and removed. A
month file that cannot be read is left untouched, and reading any day of
that month raises its error, as before the split.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import Any

from journal.store.errors import DamagedFileError, StoreError
from journal.store.storage import META_TABLE, encode, read_file
from journal.store.transaction import replace_all

DOC_ID = re.compile(r"[1-9][0-9]{0,8}")  # TinyDB's document ids, as our writers number them
DAY_FILE = re.compile(r"^(\d{4}-\d{2}-\d{2})\.json$")
MONTH_FILE = re.compile(r"^(\d{4})-(\d{2})\.json$")
MONTH_NAME_LENGTH = len("2026-11.json")
DAYS_TABLE = "days"  # {"date": "2026-11-25", "complete": true}: the day is marked complete

Tables = dict[str, dict[str, dict[str, Any]]]
Check = Callable[[dict[str, Any], Path], None]


def day_name(day: date) -> str:
    return f"{day.isoformat()}.json"


def month_name(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}.json"


def split_month(data: Tables, path: Path) -> dict[str, Tables]:
    """The month file's documents by the day file they belong in."""
    days: dict[str, Tables] = {}
    for table, docs in data.items():
        if table == META_TABLE:
            continue
        for doc_id, doc in docs.items():
            when = doc.get("date")
            if not isinstance(when, str) or not when.startswith(path.stem + "-"):
                raise DamagedFileError(path, f"{table} {doc_id} is not dated in {path.stem}")
            days.setdefault(f"{when}.json", {}).setdefault(table, {})[doc_id] = doc
    return days


def merge(existing: Tables, extra: Tables) -> Tables:
    """`existing` plus the documents of `extra` it lacks (by entry id, or by date for
    the complete-days table), numbered after its own as TinyDB would."""
    merged = {table: dict(docs) for table, docs in existing.items() if table != META_TABLE}
    for table, docs in extra.items():
        target = merged.setdefault(table, {})
        key = "date" if table == DAYS_TABLE else "id"
        have = {doc.get(key) for doc in target.values()}
        next_id = max((int(k) for k in target), default=0) + 1
        for doc in docs.values():
            if doc.get(key) not in have:
                target[str(next_id)] = doc
                next_id += 1
    return merged


def month_files(names: Iterable[str]) -> list[str]:
    # Checked at every open over every day's name: the length test spares the regex.
    return sorted(n for n in names if len(n) == MONTH_NAME_LENGTH and MONTH_FILE.match(n))


def split_month_files(
    entries_dir: Path, names: list[str], before_each: Callable[[Path], object], check: Check
) -> list[StoreError]:
    """Split each named month file into day files; hold the journal's lock.

    Returns the errors of month files that could not be read (left untouched).
    """
    errors: list[StoreError] = []
    for name in names:
        path = entries_dir / name
        try:
            data = read_file(path)
            if data is None:  # another copy of the app split it first
                continue
            check(data, path)
            files: dict[Path, bytes | None] = {}
            for day, tables in split_month(data, path).items():
                day_path = entries_dir / day
                files[day_path] = encode(merge(read_file(day_path) or {}, tables))
            files[path] = None
            replace_all(entries_dir.parent, files, before_each)
        except StoreError as exc:
            errors.append(exc)
    return errors
