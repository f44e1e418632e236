"""Durability that a kill cannot show: the order of writes, fsyncs and renames.

A SIGKILL leaves the page cache intact, so a kill test passes even when a file is
renamed into place before its bytes reach the disk, or when the folder holding the
rename is never fsynced. A power cut is not so kind. These tests record every
`os` call the store makes and hold them against the rules of a durable replace:

- a temp file's bytes are fsynced (or the whole disk synced) before it is renamed
  over the real file;
- after the last rename or unlink in a folder, that folder is fsynced before the
  change returns, so the new name itself survives a power cut.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

from journal.store import atomic
from journal.store.atomic import atomic_write_bytes, atomic_write_many
from journal.store.journal import Journal
from journal.store.transaction import replace_all
from tests.helpers import CHANGES, make_change, symptom


@dataclass
class Disk:
    """What a power cut would keep: file bytes synced, and names synced in their folder."""

    fds: dict[int, Path] = field(default_factory=dict)
    unsynced_files: set[Path] = field(default_factory=set)
    unsynced_names: dict[Path, list[str]] = field(default_factory=dict)  # folder -> changes
    problems: list[str] = field(default_factory=list)
    calls: list[str] = field(default_factory=list)

    def opened(self, fd: int, path: Path, writing: bool) -> None:
        self.fds[fd] = path
        if writing:
            self.unsynced_files.add(path)

    def fsync(self, fd: int) -> None:
        path = self.fds.get(fd)
        if path is None:
            return
        self.calls.append(f"fsync {path.name}")
        if path.is_dir():
            self.unsynced_names.pop(path, None)
        else:
            self.unsynced_files.discard(path)

    def sync_all(self) -> None:
        self.calls.append("sync")
        self.unsynced_files.clear()
        self.unsynced_names.clear()

    def renamed(self, src: Path, dst: Path) -> None:
        self.calls.append(f"rename {src.name} -> {dst.name}")
        if src in self.unsynced_files:
            self.problems.append(f"{src.name} renamed to {dst.name} before its bytes were synced")
        self.unsynced_names.setdefault(dst.parent, []).append(f"rename to {dst.name}")

    def unlinked(self, path: Path) -> None:
        self.calls.append(f"unlink {path.name}")
        self.unsynced_names.setdefault(path.parent, []).append(f"unlink {path.name}")

    def settled(self, real_names: Callable[[str], bool]) -> list[str]:
        """Problems once a change returned: unsynced names of real files (temp files may wait)."""
        left = [
            f"{folder.name}: {change} not followed by an fsync of the folder"
            for folder, changes in self.unsynced_names.items()
            for change in changes
            if real_names(change.split(" ", 2)[-1])
        ]
        return self.problems + left


@pytest.fixture
def disk(monkeypatch: pytest.MonkeyPatch) -> Iterator[Disk]:
    record = Disk()
    real_open, real_fsync, real_replace = os.open, os.fsync, os.replace
    real_rename, real_unlink = os.rename, os.unlink

    def fake_open(path: str | os.PathLike[str], flags: int, *args: object, **kw: object) -> int:
        fd = real_open(path, flags, *args, **kw)  # type: ignore[arg-type]
        writing = bool(flags & (os.O_WRONLY | os.O_RDWR))
        target = Path(os.fspath(path))
        record.opened(fd, target, writing and not stat.S_ISDIR(os.fstat(fd).st_mode))
        return fd

    def fake_fsync(fd: int) -> None:
        real_fsync(fd)
        record.fsync(fd)

    def fake_replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        real_replace(src, dst)
        record.renamed(Path(os.fspath(src)), Path(os.fspath(dst)))

    def fake_rename(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        real_rename(src, dst)
        record.renamed(Path(os.fspath(src)), Path(os.fspath(dst)))

    def fake_unlink(path: str | os.PathLike[str], *args: object, **kw: object) -> None:
        real_unlink(path, *args, **kw)  # type: ignore[arg-type]
        record.unlinked(Path(os.fspath(path)))

    monkeypatch.setattr(os, "open", fake_open)
    monkeypatch.setattr(os, "fsync", fake_fsync)
    monkeypatch.setattr(os, "replace", fake_replace)
    monkeypatch.setattr(os, "rename", fake_rename)
    monkeypatch.setattr(os, "unlink", fake_unlink)
    monkeypatch.setattr(os, "sync", record.sync_all)
    yield record


def is_real(name: str) -> bool:
    """Temp files may be left for the folder's next fsync; real files may not."""
    return not name.endswith(".tmp")


def test_one_file_is_synced_before_its_rename_and_its_folder_after(
    tmp_path: Path, disk: Disk
) -> None:
    atomic_write_bytes(tmp_path / "day.json", b"{}")
    assert disk.settled(is_real) == []
    rename = next(i for i, c in enumerate(disk.calls) if c.startswith("rename"))
    assert any(c.startswith("fsync .day.json") for c in disk.calls[:rename])
    assert f"fsync {tmp_path.name}" in disk.calls[rename:]


@pytest.mark.parametrize("count", [3, 40], ids=["few files", "many files"])
def test_many_files_each_synced_before_renamed_and_each_folder_after(
    tmp_path: Path, disk: Disk, count: int
) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "gone.json").write_bytes(b"old")
    files: dict[Path, bytes | None] = {
        tmp_path / ("a" if i % 2 else "b") / f"{i}.json": b"[]" for i in range(count)
    }
    files[tmp_path / "b" / "gone.json"] = None
    atomic_write_many(files)
    assert disk.settled(is_real) == []


def test_a_transaction_syncs_its_intent_before_touching_the_files(
    tmp_path: Path, disk: Disk
) -> None:
    target = tmp_path / "profile.json"
    target.write_bytes(b"{}")
    replace_all(tmp_path, {target: b'{"a": 1}'}, before_each=lambda _path: None)
    assert disk.settled(is_real) == []
    renames = [i for i, c in enumerate(disk.calls) if c.startswith("rename")]
    intent, target_rename = renames[0], renames[1]
    assert disk.calls[intent].endswith("-> pending-write.json")
    assert disk.calls[target_rename].endswith("-> profile.json")
    # The intent's name is durable before the first real file changes.
    assert f"fsync {tmp_path.name}" in disk.calls[intent:target_rename]


@pytest.mark.parametrize("change", CHANGES)
def test_every_journal_change_is_durable_when_it_returns(
    data_dir: Path, disk: Disk, change: str
) -> None:
    journal = Journal.open(data_dir)
    kept = journal.add(symptom(date(2026, 11, 20)))
    disk.problems.clear()
    disk.unsynced_names.clear()
    make_change(journal, kept, change)
    assert disk.settled(is_real) == []


def test_the_recorder_sees_a_rename_before_the_sync(tmp_path: Path, disk: Disk) -> None:
    """The checker itself: a store that renamed first would be caught."""
    fd, name = tempfile.mkstemp(dir=tmp_path, suffix=".tmp")
    os.write(fd, b"x")
    os.replace(name, tmp_path / "day.json")
    os.close(fd)
    problems = disk.settled(is_real)
    assert any("before its bytes were synced" in p for p in problems)
    assert any("not followed by an fsync of the folder" in p for p in problems)


def test_without_the_folder_fsync_the_check_fails(
    tmp_path: Path, disk: Disk, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(atomic, "fsync_dir", lambda _folder: None)
    atomic_write_bytes(tmp_path / "day.json", b"{}")
    assert any("fsync of the folder" in p for p in disk.settled(is_real))
