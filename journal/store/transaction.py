"""Several files replaced as one: after a kill at any instant, all of them or none.

Each file is replaced atomically, but an import or a restore changes many, and
a kill between two of them would leave half an import. So the old bytes of
every file go first into one intent file (itself written atomically); the files
are then replaced; the intent file is removed last. Whoever next takes the
journal's lock (and `Journal.open`) finds a leftover intent file and puts the
old bytes back, so a killed import leaves the journal as it was before it.
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from journal.store.atomic import atomic_write_bytes, atomic_write_many, fsync_dir
from journal.store.errors import DamagedFileError

PENDING = "pending-write.json"
# Which computer wrote the intent file: a sync engine may carry it to another
# computer, whose files it does not describe, and which must leave it alone.
OWNER = "//computer"


def replace_all(
    root: Path,
    files: Mapping[Path, bytes | None],
    before_each: Callable[[Path], object] | None = None,
    before_all: Callable[[list[Path]], object] | None = None,
) -> None:
    """Write (or, for None, delete) every file under `root`, all or none; hold the lock.
    `before_each` (each file) or `before_all` (the list, once) runs before the writes."""
    from journal.store.device import device_name

    old: dict[str, str | None] = {OWNER: device_name()}
    for path in files:
        name = str(path.relative_to(root))
        old[name] = base64.b64encode(path.read_bytes()).decode() if path.exists() else None
    atomic_write_bytes(root / PENDING, json.dumps(old).encode())
    try:
        if before_all is not None:
            before_all(list(files))
        if before_each is not None:
            for path in files:
                before_each(path)
        atomic_write_many(files)
    except BaseException:
        roll_back(root)
        raise
    (root / PENDING).unlink()
    fsync_dir(root)


def roll_back(root: Path) -> bool:
    """Undo a replace_all that did not finish; True if there was one. Hold the lock."""
    pending = root / PENDING
    try:
        raw = pending.read_bytes()
    except FileNotFoundError:
        return False
    from journal.store.device import device_name

    try:
        old = json.loads(raw)
        if old.pop(OWNER, device_name()) != device_name():
            return False  # another computer's unfinished write, synced here: not ours
        restore = {
            root / name: None if data is None else base64.b64decode(data)
            for name, data in old.items()
        }
    except (ValueError, TypeError, AttributeError, RecursionError):
        raise DamagedFileError(pending, "an unfinished import or restore is unreadable") from None
    for path, data in restore.items():
        if data is None:
            path.unlink(missing_ok=True)
        else:
            atomic_write_bytes(path, data)
    _remove_temp_files(restore)
    pending.unlink()
    fsync_dir(root)
    return True


def _remove_temp_files(targets: Iterable[Path]) -> None:
    """Delete the killed write's temp files (`.<name>.<random>.tmp` beside each target).

    Under the lock nobody else is writing, so every such file is a leftover.
    """
    names: dict[Path, set[str]] = {}
    for path in targets:
        names.setdefault(path.parent, set()).add(path.name)
    for folder, wanted in names.items():
        for name in os.listdir(folder) if folder.is_dir() else ():
            temp = name.startswith(".") and name.endswith(".tmp")
            if temp and name[1:].rsplit(".", 2)[0] in wanted:
                (folder / name).unlink(missing_ok=True)
