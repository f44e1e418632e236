"""Crash-safe file replacement: a kill at any instant leaves the old file or the new one.

The new bytes go to a temporary file in the same directory, are flushed and
fsynced, then renamed over the old file with `os.replace` (atomic on POSIX),
and the directory is fsynced so the rename itself survives a power cut.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from journal.store.errors import NotWritableError

_WHY = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the file system is read-only",
}


def fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace `path` with `data` durably; the file is created 0600 (mkstemp's mode)."""
    # A rename would replace a file the person made read-only (chmod 400) without a word.
    if path.exists() and not os.access(path, os.W_OK):
        raise NotWritableError(path, "the file is read-only")
    try:
        fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise NotWritableError(path, _WHY.get(exc.errno or 0, exc.strerror or str(exc))) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            why = _WHY.get(exc.errno or 0, exc.strerror or str(exc))
            raise NotWritableError(path, why) from exc
        raise
    fsync_dir(path.parent)
