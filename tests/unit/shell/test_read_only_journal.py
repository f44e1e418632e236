"""A journal on a disk mounted read-only (an old disk, a snapshot): `backup`, which only
reads it, was refused because the lock file could not be opened for writing, and every
refusal said "Free some space or fix the permissions" (or "the file is read-only"),
neither of which helps on a read-only mount. A real mount needs root: here os.open,
os.access and os.statvfs answer as on one."""

from __future__ import annotations

import errno
import os
import zipfile
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from journal.cli import main

REAL_OPEN, REAL_ACCESS, REAL_STATVFS = os.open, os.access, os.statvfs


@pytest.fixture
def mounted_read_only(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A journal with a cramp in it, then every file under it read-only as on a ro mount."""
    assert main(["log", "cramp", "--severity", "2"]) == 0
    inside = str(data_dir) + os.sep

    def under(path: Any) -> bool:
        return isinstance(path, (str, os.PathLike)) and os.fspath(path).startswith(inside)

    def open_(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if under(path) and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            raise OSError(errno.EROFS, "Read-only file system", os.fspath(path))
        return REAL_OPEN(path, flags, *args, **kwargs)

    def access(path: Any, mode: int, *args: Any, **kwargs: Any) -> bool:
        return False if under(path) and mode & os.W_OK else REAL_ACCESS(path, mode)

    def statvfs(path: Any) -> Any:
        flag = REAL_STATVFS(path).f_flag | (os.ST_RDONLY if under(path) else 0)
        return SimpleNamespace(f_flag=flag)

    monkeypatch.setattr(os, "open", open_)
    monkeypatch.setattr(os, "access", access)
    monkeypatch.setattr(os, "statvfs", statvfs)
    return data_dir


def test_a_read_only_journal_can_be_backed_up(
    mounted_read_only: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "b.zip"
    assert main(["backup", "-o", str(out)]) == 0, capsys.readouterr().err
    assert capsys.readouterr().out == f"Backed up to {out} (not encrypted)\n"
    assert any(n.startswith("entries/") for n in zipfile.ZipFile(out).namelist())


def test_a_write_says_the_disk_is_read_only(
    mounted_read_only: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = sorted(p.name for p in (mounted_read_only / "entries").iterdir())
    assert main(["log", "cramp", "--severity", "3"]) == 1
    said = capsys.readouterr().err
    assert "(the file system is read-only); nothing was changed. Mount that disk writable, " in said
    assert "or give a place on another (-o, or --data-dir for the journal)" in said
    assert "Free some space" not in said and "the file is read-only" not in said
    assert sorted(p.name for p in (mounted_read_only / "entries").iterdir()) == before
