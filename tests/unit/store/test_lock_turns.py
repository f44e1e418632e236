"""The journal lock as another copy of the app meets it: held for the whole outer change, let go
after it (also when finishing a killed writer's work fails), waited for, and refused in words."""

from __future__ import annotations

import fcntl
import os
import stat
import threading
from pathlib import Path

import pytest

from journal.store.errors import LockTimeoutError, NotWritableError
from journal.store.lock import JournalLock


def held_elsewhere(lock_file: Path) -> bool:
    """What another process finds: flock locks belong to an open file description."""
    fd = os.open(lock_file, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def test_the_lock_is_held_inside_and_free_after(tmp_path: Path) -> None:
    lock = JournalLock(tmp_path / "journal.lock")
    with lock as same:
        assert same is lock
        assert held_elsewhere(lock.path)
    assert not held_elsewhere(lock.path)
    with lock:  # and it can be taken again
        assert held_elsewhere(lock.path)
    assert not held_elsewhere(lock.path)


def test_the_lock_file_is_private(tmp_path: Path) -> None:
    lock = JournalLock(tmp_path / "journal.lock")
    with lock:
        pass
    assert stat.S_IMODE(lock.path.stat().st_mode) == 0o600


def test_nested_uses_hold_it_until_the_outermost_ends(tmp_path: Path) -> None:
    lock = JournalLock(tmp_path / "journal.lock")
    with lock:
        with lock:
            with lock:
                pass
            assert held_elsewhere(lock.path)
        assert held_elsewhere(lock.path)
    assert not held_elsewhere(lock.path)


def test_a_killed_writers_work_is_finished_once_per_outer_use(tmp_path: Path) -> None:
    runs: list[bool] = []
    lock = JournalLock(tmp_path / "journal.lock", on_acquire=lambda: runs.append(True))
    with lock:
        assert runs == [True]
        with lock:
            pass
        assert runs == [True]
    with lock:
        pass
    assert runs == [True, True]


def test_when_finishing_a_killed_writers_work_fails_the_lock_is_let_go(tmp_path: Path) -> None:
    def fail() -> None:
        raise OSError("disk full")

    lock = JournalLock(tmp_path / "journal.lock", on_acquire=fail)
    before = open_fds()
    with pytest.raises(OSError, match="disk full"), lock:
        pass
    assert not held_elsewhere(lock.path)
    assert open_fds() == before
    lock.on_acquire = None
    with lock:  # the same lock object still works, from another thread too
        pass
    done = threading.Event()
    thread = threading.Thread(
        target=lambda: (lock.__enter__(), lock.__exit__(None, None, None), done.set())
    )
    thread.start()
    thread.join(timeout=10)
    assert done.is_set()


def test_a_copy_waits_for_the_other_to_finish(tmp_path: Path) -> None:
    path = tmp_path / "journal.lock"
    other = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(other, fcntl.LOCK_EX)
    waiting = threading.Event()
    got: list[bool] = []

    def second_copy() -> None:
        waiting.set()
        with JournalLock(path, timeout=30.0):
            got.append(held_elsewhere(path))

    thread = threading.Thread(target=second_copy)
    thread.start()
    assert waiting.wait(10)
    assert got == []  # still waiting while the other holds it
    fcntl.flock(other, fcntl.LOCK_UN)
    os.close(other)
    thread.join(timeout=30)
    assert got == [True]


def test_a_lock_held_too_long_is_refused_in_words_and_leaks_nothing(tmp_path: Path) -> None:
    path = tmp_path / "journal.lock"
    other = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(other, fcntl.LOCK_EX)
    try:
        before = open_fds()
        with pytest.raises(LockTimeoutError) as refused, JournalLock(path, timeout=0.05):
            pass
        assert str(refused.value) == (
            f"Another Mg Journal has held {path} for too long; nothing was saved. "
            "Close other copies of the app and try again."
        )
        assert open_fds() == before
    finally:
        os.close(other)


def test_a_lock_that_cannot_be_created_says_so(tmp_path: Path) -> None:
    path = tmp_path / "missing" / "journal.lock"
    with pytest.raises(NotWritableError) as refused, JournalLock(path):
        pass
    assert str(refused.value) == (
        f"Cannot save to {path} (No such file or directory); nothing was changed. "
        "Free some space or fix the permissions, then try again."
    )
    assert not path.parent.exists()


def test_a_lock_used_before_then_held_too_long_is_still_refused_in_words(tmp_path: Path) -> None:
    lock = JournalLock(tmp_path / "journal.lock", timeout=0.05)
    with lock:
        pass
    other = os.open(lock.path, os.O_RDWR)
    fcntl.flock(other, fcntl.LOCK_EX)
    try:
        with pytest.raises(LockTimeoutError), lock:
            pass
    finally:
        os.close(other)
    with lock:  # and once the other copy is done, it works again
        assert held_elsewhere(lock.path)


def test_a_lock_that_cannot_be_opened_for_an_unnamed_reason_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object) -> int:
        raise OSError

    monkeypatch.setattr(os, "open", refuse)
    path = tmp_path / "journal.lock"
    with pytest.raises(NotWritableError) as refused, JournalLock(path):
        pass
    assert str(refused.value) == (
        f"Cannot save to {path} (cannot create the lock); nothing was changed. "
        "Free some space or fix the permissions, then try again."
    )
