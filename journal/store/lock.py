"""A lock shared by every running copy of the app, held around each read-modify-write.

flock on a lock file beside the journal: the TUI and a shell quick-log that
write at the same moment take turns, and each re-reads the file inside the
lock, so neither loses the other's entry. Reads need no lock: files are only
ever replaced whole.
"""

from __future__ import annotations

import errno
import fcntl
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from journal.store.errors import READ_ONLY, LockTimeoutError, NotWritableError
from journal.store.paths import FILE_MODE


class JournalLock:
    def __init__(
        self, path: Path, timeout: float = 15.0, on_acquire: Callable[[], object] | None = None
    ) -> None:
        self.path = path
        self.timeout = timeout
        self.on_acquire = on_acquire  # runs first under the lock: finishing a killed writer's work
        self._thread_lock = threading.RLock()
        self._depth = 0
        self._fd: int | None = None

    def __enter__(self) -> JournalLock:
        self._thread_lock.acquire()
        try:
            if self._depth == 0:
                self._fd = self._acquire()
                if self.on_acquire is not None:
                    self.on_acquire()
        except BaseException:
            self._release_fd()
            self._thread_lock.release()
            raise
        self._depth += 1
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._depth -= 1
        if self._depth == 0:
            self._release_fd()
        self._thread_lock.release()

    def _release_fd(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def _acquire(self) -> int:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, FILE_MODE)
        except OSError as exc:
            if exc.errno != errno.EROFS:
                raise NotWritableError(self.path, exc.strerror or "cannot create the lock") from exc
            # A journal on a read-only mount: backup, which only reads it, was refused. The
            # lock file is taken read-only (flock does not care how it was opened), still
            # keeping out a writer on a writable mount of the same folder.
            try:
                fd = os.open(self.path, os.O_RDONLY | os.O_CLOEXEC)
            except OSError:
                raise NotWritableError(self.path, READ_ONLY) from exc
        deadline = time.monotonic() + self.timeout
        delay = 0.001
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return fd
            except BlockingIOError:
                if time.monotonic() > deadline:
                    os.close(fd)
                    raise LockTimeoutError(self.path) from None
                time.sleep(delay)
                delay = min(delay * 2, 0.05)
