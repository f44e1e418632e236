"""Run an app in a pseudo-terminal and time what a person sees, frame by frame.

The app writes to a real pty of a fixed size, as in a terminal; every chunk it
writes is timed on arrival by a reader thread, then fed to a terminal emulator
(pyte). A wait ends once the output has been quiet for QUIET seconds; its
figures are taken from the arrival times, so the quiet wait itself is never
counted. The reader is a thread of its own because pyte, pure Python, takes
~1 ms per KiB: parsing a full 160x50 frame (~50-100 KiB) before reading on
delayed the next chunks' arrival by up to 100 ms, which timed the harness, not
the app (a terminal such as xterm or VTE parses that much in about a millisecond).

  first painted   the first chunk after which the screen shows any character
  settled         the first chunk after which the screen shows what it shows at
                  the end of the wait: the complete screen, every figure drawn
                  (cursor blinks change attributes, not characters, so they do
                  not count)
"""

from __future__ import annotations

import fcntl
import os
import queue
import signal
import struct
import subprocess
import sys
import tempfile
import termios
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyte

QUIET = 0.35  # seconds without output that end a wait
# The reader thread takes the GIL back from pyte within this many seconds of a chunk
# arriving (Python's default is 5 ms).
sys.setswitchinterval(0.0005)


@dataclass
class Wait:
    started: float
    first_painted: float | None  # seconds from `started`; None: nothing drawn
    settled: float | None  # None: the screen never changed
    screen: list[str]


class PtyApp:
    """One app process on a pty of `cols` x `rows`; `close()` ends it."""

    def __init__(
        self, argv: list[str], cols: int, rows: int, env: dict[str, str], cwd: Path | None = None
    ) -> None:
        self.screen = pyte.Screen(cols, rows)
        self.stream = pyte.ByteStream(self.screen)
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.fd = master
        env = {**env, "TERM": "xterm-256color", "COLUMNS": str(cols), "LINES": str(rows)}
        self.started = time.perf_counter()
        self.process = subprocess.Popen(
            argv,
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            start_new_session=True,
            # Not the checkout: `python -m journal` finds ./journal before PYTHONPATH's,
            # so run from the checkout, a --before side would time this tree's code.
            cwd=cwd or tempfile.gettempdir(),
        )
        os.close(slave)
        self._chunks: queue.Queue[tuple[float, bytes]] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        """Each chunk with the time it arrived; an empty chunk once the app has exited."""
        while True:
            try:
                chunk = os.read(self.fd, 1 << 16)
            except OSError:  # the app exited
                chunk = b""
            self._chunks.put((time.perf_counter(), chunk))
            if not chunk:
                return

    def _blank(self) -> bool:
        return not any(line.strip() for line in self.screen.display)

    def wait(
        self,
        started: float | None = None,
        until: Callable[[list[str]], bool] | None = None,
        timeout: float = 30.0,
    ) -> Wait:
        """Read until the screen satisfies `until` (default: shows anything) and then the
        output is QUIET; times are from `started` (default: now)."""
        until = until or (lambda shown: any(line.strip() for line in shown))
        started = time.perf_counter() if started is None else started
        first: float | None = None
        changes: list[tuple[float, list[str]]] = []
        deadline = started + timeout
        while time.perf_counter() < deadline:
            try:
                arrived, chunk = self._chunks.get(timeout=QUIET)
            except queue.Empty:
                if until(self.screen.display):
                    break
                continue
            if not chunk:
                self._chunks.put((arrived, chunk))  # the app exited: every later wait ends too
                break
            before = self.screen.display
            self.stream.feed(chunk)
            after = self.screen.display
            if after != before:
                changes.append((arrived - started, after))
            if first is None and not self._blank():
                first = arrived - started
        final = self.screen.display
        settled = next((t for t, shown in changes if shown == final), None)
        return Wait(started, first, settled, final)

    def press(self, key: bytes, until: Callable[[list[str]], bool] | None = None) -> Wait:
        started = time.perf_counter()
        os.write(self.fd, key)
        return self.wait(started, until)

    def close(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self._reader.join(timeout=5)  # reading ends at the exit (EIO), before the fd is closed
        os.close(self.fd)
