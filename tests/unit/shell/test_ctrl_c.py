"""ctrl-C ends a command quietly with 130, at any point: while it loads, while it reads
the line, at a question. Before, a ctrl-C in the first ~0.1 s (the command's modules
loading, its parser being built) printed a Python traceback, and one at a question
left the shell's prompt on the line of the echoed "^C"."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from journal.store.journal import Journal
from tests.helpers import ROOT

# Each raises KeyboardInterrupt, as ctrl-C does, at one point of the start.
STOP_LOADING = """
class Stop:
    def find_spec(self, name, path=None, target=None):
        if name == "journal.core.validate":
            raise KeyboardInterrupt
sys.meta_path.insert(0, Stop())
"""
STOP_PARSING = """
import journal.shell.parser
def stop(*args, **kwargs):
    raise KeyboardInterrupt
journal.shell.parser.build_parser = stop
"""


@pytest.mark.parametrize("stop", [STOP_LOADING, STOP_PARSING], ids=["loading", "parsing"])
def test_ctrl_c_while_the_command_starts_ends_quietly(data_dir: Path, stop: str) -> None:
    code = f"import sys\n{stop}\nfrom journal.cli import main\nsys.exit(main(['log', 'cramp']))"
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
    )
    assert (done.returncode, done.stdout, done.stderr) == (130, "", "")
    assert not data_dir.exists()


def read_until(fd: int, end: bytes | None, limit: float = 60) -> bytes:
    """What the terminal shows until `end` (None: until the program closes it), waiting
    at most `limit` seconds in all."""
    seen, deadline = b"", time.monotonic() + limit
    while end is None or end not in seen:
        ready, _, _ = select.select([fd], [], [], max(0, deadline - time.monotonic()))
        assert ready, f"nothing more after {seen!r}"
        try:
            chunk = os.read(fd, 1024)
        except OSError:  # the program closed the terminal
            chunk = b""
        if not chunk:
            assert end is None, seen
            return seen
        seen += chunk
    return seen


def asleep_in_read(pid: int, limit: float = 60) -> None:
    """Wait until the program sleeps on its terminal. Python loses a ctrl-C that lands
    between writing a question and starting to read the answer (the signal is noted,
    then the read blocks), a window of microseconds no person hits but a loaded CI
    machine did: the test types once the program is asleep in its read."""
    deadline = time.monotonic() + limit
    while Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "S":
        assert time.monotonic() < deadline, "the program never waited for an answer"
        time.sleep(0.001)


def own_terminal() -> None:
    """In the child: its terminal as its controlling one, and ctrl-C's signal as a
    person's shell leaves it. A test run in the background (`pytest &`, an xdist
    worker) ignores SIGINT, and a program inherits that: ctrl-C would do nothing."""
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_at_a_question_ends_the_line_and_logs_nothing(data_dir: Path) -> None:
    main, child = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "journal", "eat", "rice", "100g"],
        stdin=child,
        stdout=child,
        stderr=child,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        start_new_session=True,  # the terminal as its own, so ctrl-C there reaches it
        preexec_fn=own_terminal,
    )
    os.close(child)
    try:
        seen = read_until(main, b"Enter cancels] ")
        asleep_in_read(proc.pid)
        os.write(main, b"\x03")  # ctrl-C, as typed
        seen += read_until(main, None)
    except BaseException:
        proc.kill()  # a failure shows what was seen; it does not wait on the program
        raise
    os.close(main)
    assert proc.wait(timeout=60) == 130
    after = seen.decode().split("Enter cancels] ")[1]
    assert after.endswith("\n") and "Traceback" not in after
    assert not data_dir.exists() or not Journal.open(data_dir).has_entries()
