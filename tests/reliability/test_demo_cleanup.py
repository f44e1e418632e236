"""Issue 24, item 16: the demo's temporary folder goes when the terminal closes (SIGHUP) or
the demo is killed (SIGTERM), and a folder left by an older crash goes at the next demo."""

from __future__ import annotations

import os
import pty
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from journal.store.demo import remove_stale_demo_folders, temporary_demo_folder
from tests.helpers import ROOT


@pytest.mark.parametrize("signum", [signal.SIGHUP, signal.SIGTERM])
def test_closing_the_terminal_removes_the_demo_folder(tmp_path: Path, signum: int) -> None:
    main, child = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "journal", "demo", "--days", "20"],
        stdin=child,
        stdout=child,
        stderr=child,
        env={**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(tmp_path), "TERM": "xterm"},
        start_new_session=True,
    )
    os.close(child)
    try:
        # The app is up once the journal is built and the first frame is drawn.
        seen = b""
        deadline = time.monotonic() + 60
        while b"Mg Journal" not in seen and time.monotonic() < deadline:
            seen += os.read(main, 65536)
        [folder] = list(tmp_path.glob("mg-journal-demo-*"))
        assert (folder / "entries").is_dir()
        proc.send_signal(signum)
        proc.wait(timeout=60)
    finally:
        os.close(main)
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signum
    assert not list(tmp_path.glob("mg-journal-demo-*"))


def test_the_next_demo_removes_folders_whose_process_is_gone(tmp_path: Path) -> None:
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    stale = tmp_path / f"mg-journal-demo-{gone.pid}-x1y2"
    in_use = tmp_path / f"mg-journal-demo-{os.getpid()}-a1b2"
    kept = tmp_path / "mg-journal-demo-k3l4"  # built with --no-open: its path was printed
    for folder in (stale, in_use, kept):
        (folder / "entries").mkdir(parents=True)
    assert remove_stale_demo_folders(tmp_path) == [stale]
    assert not stale.exists() and in_use.exists() and kept.exists()


def test_a_demo_folder_names_its_process(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    folder = temporary_demo_folder()
    assert folder.parent == tmp_path and folder.name.startswith(f"mg-journal-demo-{os.getpid()}-")
    assert remove_stale_demo_folders(tmp_path) == []  # this process is alive
