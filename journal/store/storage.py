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


def decode(raw: bytes, where: str | Path) -> dict[str, Any]:
    """Parse and check one journal file's bytes, migrating older formats. `where` may be
    a str: a Path is made only for a message (making one per file cost a bulk read
    ~5%)."""
    if not raw.strip():
        raise DamagedFileError(Path(where), "it is empty")
    if raw.startswith(AGE_HEADER):  # an encrypted journal's file (crypt.py)
        raw = unseal(raw, Path(where))
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise DamagedFileError(Path(where), "it is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise DamagedFileError(Path(where), f"not valid JSON at line {exc.lineno}") from None
    except RecursionError:  # brackets nested thousands deep: no journal file is
        raise DamagedFileError(
            Path(where), "it is nested too deeply to be a journal file"
        ) from None
    if not _tables_of_docs(data):
        raise DamagedFileError(Path(where), "not a Mg Journal file")
    meta = data.get(META_TABLE, {}).get("1", {})
    schema = meta.get("schema")
    if not isinstance(schema, int) or isinstance(schema, bool) or schema < 1:
        raise DamagedFileError(Path(where), "it has no format version")
    if schema > SCHEMA_VERSION:
        raise NewerVersionError(Path(where), schema, SCHEMA_VERSION)
    while schema < SCHEMA_VERSION:
        data = MIGRATIONS[schema](data)
        schema += 1
    return data


_ONLY_DICTS = {dict}.issuperset  # over map(type, ...): the loop runs in C, not a generator


def _tables_of_docs(data: Any) -> bool:
    """A dict of tables, each a dict of documents (dicts): what TinyDB stores."""
    return type(data) is dict and all(
        type(table) is dict and _ONLY_DICTS(map(type, table.values())) for table in data.values()
    )


def encode(data: dict[str, Any]) -> bytes:
    data = {**data, META_TABLE: {"1": {"schema": SCHEMA_VERSION}}}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


Stamp = tuple[int, int, int]

# Files whose entries were fully checked, by path (str(path): a Path hashes its parts
# anew each time, a str once) and the stamp of the bytes checked. Writes replace files
# whole (a new inode each time), so an unchanged stamp means unchanged bytes, and a
# long-running app checks each day file only once.
checked: dict[str, Stamp] = {}

_O_BINARY = getattr(os, "O_BINARY", 0)


def read_with_stamp(path: str | Path) -> tuple[bytes, Stamp]:
    """The file's bytes and the stamp of the very file read (not of a later one).

    os.open/os.read, not open(): no buffered reader per file, which at ten years of
    day files was a tenth of an export."""
    fd = os.open(path, os.O_RDONLY | _O_BINARY)
    try:
        st = os.fstat(fd)
        chunks = [os.read(fd, st.st_size + 1)]
        while chunks[-1]:  # to the end, even if the file grew or a read came short
            chunks.append(os.read(fd, 1 << 16))
        return b"".join(chunks), (st.st_ino, st.st_mtime_ns, st.st_size)
    finally:
        os.close(fd)


def stamp_of(path: Path) -> Stamp:
    st = path.stat()
    return (st.st_ino, st.st_mtime_ns, st.st_size)


def read_file(path: Path) -> dict[str, Any] | None:
    """The checked contents of `path`, or None when it does not exist yet."""
    return read_stamped(path)[0]


def read_stamped(path: Path) -> tuple[dict[str, Any] | None, Stamp | None]:
    """The checked contents and the stamp of the bytes read, or (None, None)."""
    found = read_raw(path)
    if found is None:
        return None, None
    return decode(found[0], path), found[1]


def read_raw(where: str | Path) -> tuple[bytes, Stamp] | None:
    """The bytes and their stamp, None when there is no such file; an unreadable one
    refused in words."""
    try:
        return read_with_stamp(where)
    except FileNotFoundError:
        return None
    except PermissionError:
        raise StoreError(
            f"Cannot read {where}: permission denied. Fix its permissions (chmod 600)."
        ) from None
    except IsADirectoryError:
        raise DamagedFileError(Path(where), "it is a directory") from None
