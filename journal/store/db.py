"""TinyDB over atomic writes, loaded at the first write (reading needs no TinyDB).

TinyDB's own JSONStorage truncates and rewrites its file in place, so a kill
mid-write loses everything. This storage writes through `atomic_write_bytes`
and reads through `read_stamped`, which checks the shape and the format
version: a damaged or newer file raises a one-line error and is never
overwritten, since TinyDB only writes after a successful read.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from journal.store.atomic import atomic_write_bytes
from journal.store.storage import Stamp, checked, encode, read_file, read_stamped, stamp_of

Tables = dict[str, Any]


class AtomicStorage(Storage):
    """TinyDB storage over `read_stamped` and `atomic_write_bytes`."""

    def __init__(
        self,
        path: Path,
        before_write: Callable[[Path], None] | None = None,
        check: Callable[[dict[str, Any], Path], None] | None = None,
        prepare: Callable[[Tables, Tables], Tables] | None = None,
    ) -> None:
        self.path = Path(path)
        self.before_write = before_write
        self.check = check
        self.prepare = prepare  # (what is on disk, what TinyDB would write) -> what to write
        self._last: tuple[Stamp, dict[str, Any]] | None = None

    def read(self) -> dict[str, Any] | None:
        # TinyDB reads twice per insert (next id, then the update); within one
        # instance an unchanged stamp lets the second read skip decoding.
        if self._last is not None:
            try:
                if stamp_of(self.path) == self._last[0]:
                    return {name: dict(table) for name, table in self._last[1].items()}
            except FileNotFoundError:
                pass
        data, stamp = read_stamped(self.path)
        if data is not None and self.check is not None and checked.get(str(self.path)) != stamp:
            # A read-modify-write must not carry a malformed entry into a new file
            # as if nothing were wrong: refuse before TinyDB gets to write.
            self.check(data, self.path)
            if stamp is not None:
                checked[str(self.path)] = stamp
        if data is not None and stamp is not None:
            self._last = (stamp, {name: dict(table) for name, table in data.items()})
        return data

    def write(self, data: dict[str, Any]) -> None:
        if self.prepare is not None:
            # Read again, not from the cache: TinyDB changes cached documents in place.
            data = self.prepare(read_file(self.path) or {}, data)
        payload = encode(data)
        if self.before_write is not None:
            self.before_write(self.path)
        self._last = None
        atomic_write_bytes(self.path, payload)
        if self.check is not None:
            # What TinyDB hands us is the checked file plus validated new entries.
            checked[str(self.path)] = stamp_of(self.path)

    def close(self) -> None:
        pass
