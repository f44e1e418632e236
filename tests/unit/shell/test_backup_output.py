"""`backup -o` into a folder that is not there is refused in the words export and report
use: it said "Cannot save to ... (No such file or directory) ... Free some space or fix
the permissions", advice that fits neither."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import run_cli


@pytest.mark.parametrize("parent", ["missing", "a-file"])
def test_backup_into_no_folder_is_refused_in_words(
    data_dir: Path, tmp_path: Path, parent: str
) -> None:
    assert run_cli("log", "cramp").returncode == 0
    (tmp_path / "a-file").write_text("not a folder")
    target = tmp_path / parent / "journal.zip"
    done = run_cli("backup", "-o", str(target))
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == f"mg-journal: {tmp_path / parent} is not a folder; nothing was written.\n"
    assert not (tmp_path / "missing").exists()
    assert (tmp_path / "a-file").read_text() == "not a folder"


def test_backup_into_a_folder_writes_the_archive(data_dir: Path, tmp_path: Path) -> None:
    assert run_cli("log", "cramp").returncode == 0
    done = run_cli("backup", "-o", str(tmp_path / "journal.zip"))
    assert done.returncode == 0 and (tmp_path / "journal.zip").stat().st_size > 0
