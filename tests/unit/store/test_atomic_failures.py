"""When a save fails, the person reads why in words, the old file is untouched and no temp
file is left behind; when it works, the new bytes are there and only they."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from journal.store import atomic
from journal.store.atomic import atomic_write_bytes, atomic_write_many, fsync_all
from journal.store.errors import NotWritableError


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def temp_files_fail(monkeypatch: pytest.MonkeyPatch, code: int) -> None:
    """Making a temp file fails with `code` (e.g. ENOSPC); every other open works."""
    real_open = os.open

    def fail(name: object, flags: int, mode: int = 0o777) -> int:
        if str(name).endswith(".tmp"):
            raise OSError(code, os.strerror(code))
        return real_open(name, flags, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", fail)


def message(path: Path, why: str) -> str:
    fix = (
        "Mount that disk writable, or give a place on another (-o, or --data-dir for the "
        "journal), then try again."
        if why == "the file system is read-only"  # no space to free, no permission to fix
        else "Free some space or fix the permissions, then try again."
    )
    return f"Cannot save to {path} ({why}); nothing was changed. {fix}"


@pytest.mark.parametrize(
    ("code", "why"),
    [
        (errno.ENOSPC, "the disk is full"),
        (errno.EDQUOT, "the disk quota is used up"),
        (errno.EACCES, "permission denied"),
        (errno.EPERM, "permission denied"),
        (errno.EROFS, "the file system is read-only"),
        (errno.EIO, os.strerror(errno.EIO)),
    ],
)
def test_a_failed_rename_says_why_and_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, why: str
) -> None:
    path = tmp_path / "day.json"
    path.write_bytes(b"old")

    def refuse(_src: object, _dst: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(NotWritableError) as refused:
        atomic_write_bytes(path, b"new")
    assert str(refused.value) == message(path, why)
    assert path.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


def test_an_error_without_a_number_is_still_worded(tmp_path: Path) -> None:
    err = OSError("the mount went away")
    assert str(atomic._not_writable(tmp_path / "x.json", err)) == message(
        tmp_path / "x.json", "the mount went away"
    )


def test_a_full_disk_while_writing_the_bytes_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "day.json"
    path.write_bytes(b"old")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(NotWritableError) as refused:
        atomic_write_bytes(path, b"new")
    assert str(refused.value) == message(path, "the disk is full")
    assert path.read_bytes() == b"old" and leftovers(tmp_path) == []


def test_an_interrupt_while_writing_leaves_no_temp_file_and_is_not_reworded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(_fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        atomic_write_bytes(tmp_path / "day.json", b"new")
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_cannot_take_a_temp_file_says_so(tmp_path: Path) -> None:
    path = tmp_path / "gone" / "day.json"
    with pytest.raises(NotWritableError) as refused:
        atomic_write_bytes(path, b"new")
    assert str(refused.value) == message(path, "No such file or directory")


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write a read-only file")
def test_a_file_made_read_only_is_not_replaced(tmp_path: Path) -> None:
    path = tmp_path / "day.json"
    path.write_bytes(b"old")
    path.chmod(0o400)
    with pytest.raises(NotWritableError) as refused:
        atomic_write_bytes(path, b"new")
    assert str(refused.value) == message(path, "the file is read-only")
    assert path.read_bytes() == b"old"


def test_a_new_file_is_private_and_holds_the_bytes(tmp_path: Path) -> None:
    path = tmp_path / "day.json"
    atomic_write_bytes(path, b"new")
    assert path.read_bytes() == b"new"
    assert path.stat().st_mode & 0o777 == 0o600
    assert leftovers(tmp_path) == []


def test_many_files_written_deleted_and_nothing_left_over(tmp_path: Path) -> None:
    keep, gone, never = tmp_path / "a.json", tmp_path / "b.json", tmp_path / "c.json"
    keep.write_bytes(b"old")
    gone.write_bytes(b"old")
    atomic_write_many({keep: b"new", gone: None, never: None, tmp_path / "d.json": b"d"})
    assert keep.read_bytes() == b"new" and (tmp_path / "d.json").read_bytes() == b"d"
    assert not gone.exists() and not never.exists()
    assert leftovers(tmp_path) == []


def test_many_files_a_failed_sync_names_a_file_and_changes_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    first.write_bytes(b"old")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(NotWritableError) as refused:
        atomic_write_many({first: b"new", second: b"new"})
    assert str(refused.value) == message(first, "the disk is full")
    assert first.read_bytes() == b"old" and not second.exists()
    assert leftovers(tmp_path) == []


def test_many_files_a_failed_rename_names_that_file_and_leaves_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    real_replace = os.replace

    def refuse_second(src: str, dst: str | Path) -> None:
        if Path(dst) == second:
            raise OSError(errno.EROFS, "Read-only file system")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", refuse_second)
    with pytest.raises(NotWritableError) as refused:
        atomic_write_many({first: b"1", second: b"2"})
    assert str(refused.value) == message(second, "the file system is read-only")
    assert first.read_bytes() == b"1" and not second.exists()
    assert leftovers(tmp_path) == []


def test_many_files_a_failed_delete_names_that_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    doomed = tmp_path / "a.json"
    doomed.write_bytes(b"old")

    def refuse(self: Path, missing_ok: bool = False) -> None:
        raise OSError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(Path, "unlink", refuse)
    with pytest.raises(NotWritableError) as refused:
        atomic_write_many({doomed: None})
    assert str(refused.value) == message(doomed, "permission denied")


@pytest.mark.parametrize("count", [0, 1, 2, 40])
def test_fsync_all_syncs_each_file_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, count: int
) -> None:
    paths = [tmp_path / f"{i}.json" for i in range(count)]
    for path in paths:
        path.write_bytes(b"x")
    synced: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd)))
    before = len(os.listdir("/proc/self/fd"))
    fsync_all(paths)
    assert len(synced) == count
    assert len(os.listdir("/proc/self/fd")) == before  # every file closed again


def test_fsync_all_raises_the_first_failure(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        fsync_all([tmp_path / "a.json", tmp_path / "b.json"])
    with pytest.raises(FileNotFoundError):
        fsync_all([tmp_path / "a.json"])


def test_saving_many_files_syncs_each_once_and_each_folder_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each fsync waits for the disk: a second one per temp file would slow every big save.
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    files: dict[Path, bytes | None] = {
        tmp_path / ("a" if i % 2 else "b") / f"{i}.json": b"[]" for i in range(10)
    }
    synced: list[str] = []
    real_fsync = os.fsync

    def record(fd: int) -> None:
        synced.append(os.readlink(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", record)
    atomic_write_many(files)
    folders = [s for s in synced if Path(s).is_dir()]
    assert sorted(folders) == [str(tmp_path / "a"), str(tmp_path / "b")]
    assert len(synced) - len(folders) == 10


def test_a_temp_name_already_taken_is_never_written_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Another copy's temp file (or a killed write's) may hold the name drawn first: the
    # write draws again, and that file keeps its bytes.
    path = tmp_path / "day.json"
    draws = iter([b"\x00" * 6, b"\x00" * 6, b"\x01" * 6])
    monkeypatch.setattr(os, "urandom", lambda n: next(draws))
    taken = tmp_path / ".day.json.000000000000.tmp"
    taken.write_bytes(b"someone else's")
    atomic_write_bytes(path, b"new")
    assert path.read_bytes() == b"new"
    assert taken.read_bytes() == b"someone else's"
    assert leftovers(tmp_path) == [taken.name]
    assert (os.stat(path).st_mode & 0o777) == 0o600


def test_a_folder_that_refuses_new_files_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "day.json"
    path.write_bytes(b"old")
    temp_files_fail(monkeypatch, errno.EACCES)
    with pytest.raises(NotWritableError) as refused:
        atomic_write_bytes(path, b"new")
    assert str(refused.value) == message(path, "permission denied")
    assert path.read_bytes() == b"old"
