"""Health data stays private: files 0600, folders 0700, and no network connection, ever."""

from __future__ import annotations

import asyncio
import os
import socket
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from journal.cli import main
from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from tests.helpers import ROOT, food, onboarded
from tests.waiting import until


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def loose(root: Path) -> dict[str, str]:
    """Every file not 0600 and folder not 0700 under `root` (itself included)."""
    found = {}
    for path in [root, *root.rglob("*")]:
        want = 0o700 if path.is_dir() else 0o600
        if mode(path) != want:
            found[str(path)] = oct(mode(path))
    return found


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The usual umask (022), which would make new files world-readable."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def shell_in(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`mg-journal ARGS` run from `cwd`, where backup and export write by default."""
    result = subprocess.run(
        [sys.executable, "-m", "journal", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result


def test_files_0600_and_folders_0700_after_every_command(
    data_dir: Path, tmp_path: Path, open_umask: None
) -> None:
    here = tmp_path / "here"
    here.mkdir()
    shell_in(here, "log", "cramp", "--severity", "3")
    shell_in(here, "profile", "--born", "1980", "--sex", "female")
    shell_in(here, "log", "exercise", "40", "--date", "2026-10-02")
    shell_in(here, "backup")  # default place: mg-journal-backup-DATE.zip in the current folder
    shell_in(here, "export")  # default: a CSV folder here
    shell_in(here, "export", "--format", "json")
    backup = here / "mg-journal-backup-2026-11-25.zip"
    shell_in(here, "restore", str(backup))  # keeps the replaced journal in backups/
    made = {p.name: oct(mode(p)) for p in here.iterdir()}
    assert made == {
        "mg-journal-backup-2026-11-25.zip": "0o600",
        "mg-journal-export-2026-11-25": "0o700",
        "mg-journal-export-2026-11-25.json": "0o600",
    }
    assert loose(here / "mg-journal-export-2026-11-25") == {}
    assert list((data_dir / "backups").glob("before-restore-*.zip"))
    assert loose(data_dir) == {}


def test_the_next_days_automatic_backups_are_private(data_dir: Path, open_umask: None) -> None:
    journal = Journal.open(data_dir)
    journal.add(food(date(2026, 11, 24)))
    env_next_day = {**os.environ, "PYTHONPATH": str(ROOT), "MG_JOURNAL_NOW": "2026-11-26T08:00"}
    cmd = [sys.executable, "-m", "journal", "log", "twitch", "--date", "2026-11-24"]
    assert subprocess.run(cmd, env=env_next_day, capture_output=True, timeout=60).returncode == 0
    assert [p.name for p in (data_dir / "backups").iterdir()] == [
        "entries__2026-11-24.json.2026-11-26"
    ]
    assert loose(data_dir) == {}


# -- no network ------------------------------------------------------------------


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every attempt to connect anywhere is recorded and refused."""
    attempts: list[str] = []

    def refuse(what: str) -> Any:
        def refused(*args: object, **kwargs: object) -> Any:
            attempts.append(f"{what}{args[1:] if what.startswith('socket.') else args}")
            raise OSError("network use is not allowed in Mg Journal")

        return refused

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(asyncio, "open_connection", refuse("asyncio.open_connection"))
    monkeypatch.setattr(
        asyncio.BaseEventLoop, "create_connection", refuse("loop.create_connection")
    )
    return attempts


def test_the_guard_itself_catches_a_connection(no_network: list[str]) -> None:
    with pytest.raises(OSError):
        socket.create_connection(("example.org", 80))
    with socket.socket() as sock, pytest.raises(OSError):
        sock.connect(("127.0.0.1", 9))
    assert len(no_network) == 2


async def test_a_full_session_opens_no_connection(
    data_dir: Path,
    tmp_path: Path,
    no_network: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    journal = onboarded(Journal.open(data_dir))
    journal.add(food(date(2026, 11, 24), "Almonds"))
    app = MgJournalApp(journal)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("c", "3", "c", "enter")  # a symptom with its details
        await pilot.press("w", "escape", "s", "escape", "k", "escape", "e", "escape")
        await pilot.press("x", "escape")  # the factor picker
        await pilot.press("left_square_bracket", "right_square_bracket", "t", "u")
        await pilot.press("p")  # profile
        await pilot.pause()
        await pilot.press("escape", "d")  # dashboard
        await until(pilot, lambda: not app.workers, "the dashboard's figures")
        await pilot.press("escape")
        await pilot.pause()
    monkeypatch.chdir(tmp_path)
    for argv in (
        ["log", "cramp", "--note", "from the shell"],
        ["log", "alcohol", "2"],
        ["report"],
        ["profile", "--target", "350"],
        ["export", "--format", "json", "-o", "all.json"],
        ["import", "json", "all.json"],
        ["backup", "-o", "b.zip"],
        ["restore", "b.zip"],
        ["doctor"],
        ["path"],
    ):
        assert main(argv) == 0, (argv, capsys.readouterr().err)
    assert no_network == []
