"""Every write happens while no other copy of the app could take the lock, nested paths included.

A move between days, an import and a restore take the journal's lock and then call
code that takes it again. If the inner `with` released the lock, a second copy could
write between the inner and the outer step and lose or duplicate an entry; no kill
test would see it. So each test here probes the lock, the way a second process
would (a fresh open of the lock file and a non-blocking flock), at every rename and
unlink the change makes inside the journal folder.
"""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from journal.cli import main
from journal.store.journal import Journal
from journal.store.lock import JournalLock
from tests.helpers import CHANGES, food, make_change, onboarded, symptom

DAY = date(2026, 11, 20)


def lock_is_free(lock_file: Path) -> bool:
    """What another process would find: flock locks differ per open file description."""
    fd = os.open(lock_file, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    finally:
        os.close(fd)  # closing drops a lock we took
    return True


def other_process_gets_lock(lock_file: Path) -> bool:
    probe = (
        "import fcntl, os, sys\n"
        "fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o600)\n"
        "try:\n    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)\n"
        "except BlockingIOError:\n    print('busy')\nelse:\n    print('got')\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, str(lock_file)], capture_output=True, text=True, check=True
    )
    return out.stdout.strip() == "got"


def test_an_inner_with_keeps_the_lock_for_the_outer(tmp_path: Path) -> None:
    lock = JournalLock(tmp_path / "journal.lock")
    with lock:
        with lock:
            assert not other_process_gets_lock(lock.path)
        # The inner step is done; the outer change is still in progress.
        assert not other_process_gets_lock(lock.path)
    assert other_process_gets_lock(lock.path)


@pytest.fixture
def unlocked_writes(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Renames and unlinks in the journal folder made while the lock was free."""
    found: list[str] = []
    lock_file = data_dir / "journal.lock"
    real_replace, real_unlink = os.replace, os.unlink

    def check(path: str | os.PathLike[str], what: str) -> None:
        target = Path(os.fspath(path))
        inside = data_dir in target.parents and target.name != "journal.lock"
        if inside and lock_file.exists() and lock_is_free(lock_file):
            found.append(f"{what} {target.relative_to(data_dir)}")

    def replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        check(dst, "rename to")
        real_replace(src, dst)

    def unlink(path: str | os.PathLike[str], *args: object, **kw: object) -> None:
        check(path, "unlink")
        real_unlink(path, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(os, "unlink", unlink)
    return found


def test_the_probe_sees_a_write_made_without_the_lock(
    data_dir: Path, unlocked_writes: list[str]
) -> None:
    Journal.open(data_dir).add(symptom(DAY))  # creates the lock file
    (data_dir / "stray.json").write_text("{}")
    os.replace(data_dir / "stray.json", data_dir / "moved.json")
    assert unlocked_writes == ["rename to moved.json"]


@pytest.mark.parametrize("change", CHANGES)
def test_every_change_writes_under_the_lock(
    data_dir: Path, unlocked_writes: list[str], change: str
) -> None:
    journal = Journal.open(data_dir)
    make_change(journal, journal.add(symptom(DAY)), change)
    assert unlocked_writes == []


def test_an_import_and_a_restore_write_under_the_lock(
    data_dir: Path, tmp_path: Path, unlocked_writes: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    journal = onboarded(Journal.open(data_dir))
    for n in range(3):
        journal.add(food(date(2026, 11, 1 + n)))
    export = tmp_path / "all.json"
    assert main(["export", "--format", "json", "--output", str(export)]) == 0
    backup = tmp_path / "backup.zip"
    assert main(["backup", "-o", str(backup)]) == 0
    for n in range(3):
        journal.add(symptom(date(2026, 11, 5 + n)))  # the restore takes these away again
    assert unlocked_writes == []

    assert main(["restore", str(backup)]) == 0
    assert main(["import", "json", str(export)]) == 0
    capsys.readouterr()
    assert unlocked_writes == []


def test_a_second_process_waits_for_a_move_in_progress(tmp_path: Path) -> None:
    """The real thing: a writer in another process cannot write mid-move."""
    root = tmp_path / "j"
    journal = Journal.open(root)
    kept = journal.add(symptom(DAY))
    seen: list[bool] = []
    real_replace = os.replace

    def replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if root in Path(os.fspath(dst)).parents:
            seen.append(other_process_gets_lock(root / "journal.lock"))
        real_replace(src, dst)

    os.replace = replace  # type: ignore[assignment]
    try:
        journal.replace(kept, symptom(date(2026, 11, 23), id=kept.id))
    finally:
        os.replace = real_replace
    assert seen and not any(seen)
