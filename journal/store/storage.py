"""Reading and encoding journal files: a damaged or newer file is refused with a one-line error.

Every file is a TinyDB JSON document with a format version in its `_meta`
table. Reading needs no TinyDB, so start-up does not load it; writes go
through `journal.store.db`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from journal.store.crypt import AGE_HEADER, unseal
from journal.store.errors import DamagedFileError, NewerVersionError, StoreError

SCHEMA_VERSION = 1
META_TABLE = "_meta"

# Migrations from format N to N+1, applied on read; the next write saves the result.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def decode(raw: bytes, path: Path) -> dict[str, Any]:
    """Parse and check one journal file's bytes, migrating older formats."""
    if not raw.strip():
        raise DamagedFileError(path, "it is empty")
    if raw.startswith(AGE_HEADER):  # an encrypted journal's file (crypt.py)
        raw = unseal(raw, path)
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise DamagedFileError(path, "it is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise DamagedFileError(path, f"not valid JSON at line {exc.lineno}") from None
    except RecursionError:  # brackets nested thousands deep: no journal file is
        raise DamagedFileError(path, "it is nested too deeply to be a journal file") from None
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
checked: dict[Path, Stamp] = {}


def read_with_stamp(path: Path) -> tuple[bytes, Stamp]:
    with path.open("rb") as handle:
        st = os.fstat(handle.fileno())
        return handle.read(), (st.st_ino, st.st_mtime_ns, st.st_size)


def stamp_of(path: Path) -> Stamp:
    st = path.stat()
    return (st.st_ino, st.st_mtime_ns, st.st_size)


def read_file(path: Path) -> dict[str, Any] | None:
    """The checked contents of `path`, or None when it does not exist yet."""
    return read_stamped(path)[0]


def read_stamped(path: Path) -> tuple[dict[str, Any] | None, Stamp | None]:
    """The checked contents and the stamp of the bytes read, or (None, None)."""
    try:
        raw, stamp = read_with_stamp(path)
    except FileNotFoundError:
        return None, None
    except PermissionError:
        raise StoreError(
            f"Cannot read {path}: permission denied. Fix its permissions (chmod 600)."
        ) from None
    except IsADirectoryError:
        raise DamagedFileError(path, "it is a directory") from None
    return decode(raw, path), stamp
