"""A TinyDB storage that writes atomically and refuses files it cannot trust.

TinyDB's own JSONStorage truncates and rewrites its file in place, so a kill
mid-write loses everything. This one writes through `atomic_write_bytes`, and
on reading checks the shape and the format version: a damaged or newer file
raises a one-line error and is never overwritten, since TinyDB only writes
after a successful read.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from journal.store.atomic import atomic_write_bytes
from journal.store.errors import DamagedFileError, NewerVersionError, StoreError

SCHEMA_VERSION = 1
META_TABLE = "_meta"

# Migrations from format N to N+1, applied on read; the next write saves the result.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def decode(raw: bytes, path: Path) -> dict[str, Any]:
    """Parse and check one journal file's bytes, migrating older formats."""
    if not raw.strip():
        raise DamagedFileError(path, "it is empty")
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise DamagedFileError(path, "it is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise DamagedFileError(path, f"not valid JSON at line {exc.lineno}") from None
    if not isinstance(data, dict) or not all(
        isinstance(table, dict) and all(isinstance(doc, dict) for doc in table.values())
        for table in data.values()
    ):
        raise DamagedFileError(path, "not a Mg Journal file")
    meta = data.get(META_TABLE, {}).get("1", {})
    schema = meta.get("schema")
    if not isinstance(schema, int) or isinstance(schema, bool) or schema < 1:
        raise DamagedFileError(path, "it has no format version")
    if schema > SCHEMA_VERSION:
        raise NewerVersionError(path, schema, SCHEMA_VERSION)
    while schema < SCHEMA_VERSION:
        data = MIGRATIONS[schema](data)
        schema += 1
    return data


def encode(data: dict[str, Any]) -> bytes:
    data = {**data, META_TABLE: {"1": {"schema": SCHEMA_VERSION}}}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


Stamp = tuple[int, int, int]

# Files whose entries were fully checked, by the stamp of the bytes checked.
# Writes replace files whole (a new inode each time), so an unchanged stamp
# means unchanged bytes, and a long-running app checks each month only once.
_checked: dict[Path, Stamp] = {}


def _read_with_stamp(path: Path) -> tuple[bytes, Stamp]:
    with path.open("rb") as handle:
        st = os.fstat(handle.fileno())
        return handle.read(), (st.st_ino, st.st_mtime_ns, st.st_size)


def _stamp(path: Path) -> Stamp:
    st = path.stat()
    return (st.st_ino, st.st_mtime_ns, st.st_size)


def read_file(path: Path) -> dict[str, Any] | None:
    """The checked contents of `path`, or None when it does not exist yet."""
    return _read(path)[0]


def _read(path: Path) -> tuple[dict[str, Any] | None, Stamp | None]:
    try:
        raw, stamp = _read_with_stamp(path)
    except FileNotFoundError:
        return None, None
    except PermissionError:
        raise StoreError(
            f"Cannot read {path}: permission denied. Fix its permissions (chmod 600)."
        ) from None
    except IsADirectoryError:
        raise DamagedFileError(path, "it is a directory") from None
    return decode(raw, path), stamp


class AtomicStorage(Storage):
    """TinyDB storage over `read_file` and `atomic_write_bytes`."""

    def __init__(
        self,
        path: Path,
        before_write: Callable[[Path], None] | None = None,
        check: Callable[[dict[str, Any], Path], None] | None = None,
    ) -> None:
        self.path = Path(path)
        self.before_write = before_write
        self.check = check
        self._last: tuple[Stamp, dict[str, Any]] | None = None

    def read(self) -> dict[str, Any] | None:
        # TinyDB reads twice per insert (next id, then the update); within one
        # instance an unchanged stamp lets the second read skip decoding.
        if self._last is not None:
            try:
                if _stamp(self.path) == self._last[0]:
                    return {name: dict(table) for name, table in self._last[1].items()}
            except FileNotFoundError:
                pass
        data, stamp = _read(self.path)
        if data is not None and self.check is not None and _checked.get(self.path) != stamp:
            # A read-modify-write must not carry a malformed entry into a new file
            # as if nothing were wrong: refuse before TinyDB gets to write.
            self.check(data, self.path)
            if stamp is not None:
                _checked[self.path] = stamp
        if data is not None and stamp is not None:
            self._last = (stamp, {name: dict(table) for name, table in data.items()})
        return data

    def write(self, data: dict[str, Any]) -> None:
        payload = encode(data)
        if self.before_write is not None:
            self.before_write(self.path)
        self._last = None
        atomic_write_bytes(self.path, payload)
        if self.check is not None:
            # What TinyDB hands us is the checked file plus validated new entries.
            _checked[self.path] = _stamp(self.path)

    def close(self) -> None:
        pass
