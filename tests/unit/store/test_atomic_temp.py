"""The temp file a save writes first: hidden beside the file, named after it, private, and
never another's. A save killed before its rename leaves only such a file, which the next
open removes and a sync engine ignores; a save that finds no free name says so."""

from __future__ import annotations

import errno
import os
import re
from datetime import date, time
from pathlib import Path

import pytest

from journal.core.entries.models import SymptomEntry
from journal.store.atomic import atomic_write_bytes, atomic_write_many
from journal.store.errors import NotWritableError
from journal.store.journal import Journal
from tests.unit.store.test_atomic_failures import temp_files_fail


class Killed(BaseException):
    """Stands for a kill between writing the temp file and renaming it: no handler runs."""


def killed_before_the_rename(monkeypatch: pytest.MonkeyPatch, only: Path | None = None) -> None:
    """Every rename (or only the one onto `only`) is where the process dies."""
    real_replace = os.replace

    def kill(src: str, dst: str | Path) -> None:
        if only is None or Path(dst) == only:
            raise Killed
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", kill)


def test_a_save_killed_before_its_rename_leaves_a_hidden_private_temp_with_the_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "day.json"
    path.write_bytes(b"old")
    killed_before_the_rename(monkeypatch)
    with pytest.raises(Killed):
        atomic_write_bytes(path, b"new bytes")
    assert path.read_bytes() == b"old"
    (left,) = [p for p in tmp_path.iterdir() if p != path]
    assert re.fullmatch(r"\.day\.json\.[0-9a-f]+\.tmp", left.name), left.name
    assert left.read_bytes() == b"new bytes"  # written and flushed before the rename
    assert left.stat().st_mode & 0o777 == 0o600


def test_a_killed_save_s_temp_file_goes_at_the_next_open_and_the_day_reads_as_before(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = Journal.open(data_dir)
    journal.add(SymptomEntry(date(2026, 11, 20), time(8, 0), "cramp"))
    with monkeypatch.context() as kill:
        killed_before_the_rename(kill, only=journal.day_path(date(2026, 11, 20)))
        with pytest.raises(Killed):
            journal.add(SymptomEntry(date(2026, 11, 20), time(9, 0), "twitch"))
    assert len([p for p in journal.entries_dir.iterdir() if p.name.endswith(".tmp")]) == 1
    again = Journal.open(data_dir)
    assert sorted(p.name for p in again.entries_dir.iterdir()) == ["2026-11-20.json"]
    (day,) = again.days(date(2026, 11, 20), date(2026, 11, 20))
    assert [s.kind for s in day.symptoms] == ["cramp"]


def test_every_temp_name_taken_is_refused_in_words_and_nothing_is_written_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A broken random source (the same draw every time) must not loop for ever or
    # reuse another's file: after enough draws the save gives up, saying why.
    path = tmp_path / "day.json"
    path.write_bytes(b"old")
    monkeypatch.setattr(os, "urandom", lambda n: b"\x07" * n)
    taken = tmp_path / f".day.json.{'07' * 6}.tmp"
    taken.write_bytes(b"someone else's")
    with pytest.raises(NotWritableError) as refused:
        atomic_write_bytes(path, b"new")
    assert str(refused.value) == (
        f"Cannot save to {path} (no free temporary name); nothing was changed. "
        "Free some space or fix the permissions, then try again."
    )
    assert path.read_bytes() == b"old"
    assert taken.read_bytes() == b"someone else's"
    assert sorted(p.name for p in tmp_path.iterdir()) == [taken.name, "day.json"]


def test_a_file_this_person_may_not_write_is_not_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What a chmod 400 file is to anyone but root (the tests may run as root, who may
    # write anything): the permission check says no, and the save refuses.
    path = tmp_path / "day.json"
    path.write_bytes(b"old")
    real_access = os.access

    def access(name: object, mode: int, **kw: object) -> bool:
        if Path(str(name)) == path and mode == os.W_OK:
            return False
        return real_access(name, mode, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    with pytest.raises(NotWritableError) as refused:
        atomic_write_bytes(path, b"new")
    assert str(refused.value) == (
        f"Cannot save to {path} (the file is read-only); nothing was changed. "
        "Free some space or fix the permissions, then try again."
    )
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["day.json"]
    # A file that is not there yet is no one's read-only file: it is written.
    atomic_write_bytes(tmp_path / "new.json", b"first")
    assert (tmp_path / "new.json").read_bytes() == b"first"


def test_a_save_replaces_the_bytes_whole_and_leaves_only_the_file(tmp_path: Path) -> None:
    path = tmp_path / "day.json"
    path.write_bytes(b"a much longer old content than the new one")
    atomic_write_bytes(path, b"short")
    assert path.read_bytes() == b"short"
    assert [p.name for p in tmp_path.iterdir()] == ["day.json"]


def test_many_files_each_temp_holds_its_bytes_before_the_first_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A kill at the first rename must lose no file's bytes: all are written by then.
    seen: list[dict[str, bytes]] = []
    real_replace = os.replace

    def look_then_rename(src: str, dst: str | Path) -> None:
        if not seen:
            seen.append({p.name.split(".")[1]: p.read_bytes() for p in tmp_path.iterdir()})
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", look_then_rename)
    atomic_write_many({tmp_path / "a.json": b"A", tmp_path / "b.json": b"B"})
    assert seen == [{"a": b"A", "b": b"B"}]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json", "b.json"]


def test_a_temp_file_that_cannot_be_made_says_why_in_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "day.json"
    temp_files_fail(monkeypatch, errno.ENOSPC)
    with pytest.raises(NotWritableError, match=r"\(the disk is full\)"):
        atomic_write_many({path: b"new"})
    assert not path.exists()


def vanishing_temp(monkeypatch: pytest.MonkeyPatch) -> None:
    """Another copy of the app, opening, tidies what it takes for a killed write's temp
    files (leftovers.py) just as this one renames its own, written outside the journal's
    lock (a .stignore, a git merge's result in the journal folder): the rename finds no file."""

    def gone(src: str, _dst: object) -> None:
        os.unlink(src)
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), src)

    monkeypatch.setattr(os, "replace", gone)


def test_a_temp_file_removed_before_its_rename_is_a_save_refused_in_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "day.json"
    path.write_bytes(b"old")
    vanishing_temp(monkeypatch)
    with pytest.raises(NotWritableError) as refused:
        atomic_write_bytes(path, b"new")
    assert str(refused.value).startswith(f"Cannot save to {path} (No such file or directory);")
    assert path.read_bytes() == b"old"


def test_many_files_a_temp_removed_before_its_rename_is_refused_in_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    vanishing_temp(monkeypatch)
    with pytest.raises(NotWritableError) as refused:
        atomic_write_many({first: b"1", second: b"2"})
    assert str(refused.value).startswith(f"Cannot save to {first} (No such file or directory);")
    assert list(tmp_path.iterdir()) == []  # the second file's temp is removed too


def test_a_temp_file_removed_while_the_disk_fills_is_refused_as_a_full_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The same tidying, while the write is still under way, and then the disk is full:
    # the person reads the full disk, not a missing temp file.
    path = tmp_path / "day.json"
    path.write_bytes(b"old")

    def tidied_then_full(fd: int) -> None:
        os.unlink(os.readlink(f"/proc/self/fd/{fd}"))
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", tidied_then_full)
    with pytest.raises(NotWritableError, match=r"\(the disk is full\)"):
        atomic_write_bytes(path, b"new")
    assert [p.name for p in tmp_path.iterdir()] == ["day.json"]
    assert path.read_bytes() == b"old"
