"""Run `mg-journal` with only its stderr on a terminal (a pty of a set width), as
`mg-journal eat jam | less` or a script's `2>` left alone does: stdin and stdout are not
terminals, so nothing is asked and stdout stays whole."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import struct
import subprocess
import sys
import termios
from dataclasses import dataclass

from tests.helpers import ROOT


@dataclass(frozen=True)
class Seen:
    code: int
    stdout: str
    stderr: str  # as the terminal got it, its \r\n made \n


def stderr_on_a_terminal(*args: str, columns: int) -> Seen:
    main, child = pty.openpty()
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    # The width is the terminal's own: no $COLUMNS from the run that started the tests.
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "journal", *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=child,
        env={**env, "PYTHONPATH": str(ROOT)},
    )
    os.close(child)
    seen = b""
    while True:  # until the child closes the terminal (EIO, or end of file)
        ready, _, _ = select.select([main], [], [], 60)
        assert ready, f"no end of output after 60 s: {seen!r}"
        try:
            chunk = os.read(main, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    os.close(main)
    assert proc.stdout is not None
    out = proc.stdout.read().decode()
    proc.stdout.close()
    return Seen(proc.wait(timeout=60), out, seen.decode().replace("\r\n", "\n"))
