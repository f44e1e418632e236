"""--data-dir naming a file said "Cannot create the journal folder X (File exists)",
even for `list`, which creates nothing: it now says X is a file and what to give."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import run_cli


@pytest.mark.parametrize("command", [("list",), ("report",), ("log", "cramp"), ("done",)])
def test_a_data_dir_that_is_a_file_is_named_so(tmp_path: Path, command: tuple[str, ...]) -> None:
    file = tmp_path / "notes.txt"
    file.write_text("mine")
    done = run_cli("--data-dir", str(file), *command)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr == (
        f"mg-journal: {file} is a file, not a folder: give the journal's folder with "
        "--data-dir or $MG_JOURNAL_DIR. Nothing was changed.\n"
    )
    assert file.read_text() == "mine"


def test_a_file_where_entries_belong_is_named_so(tmp_path: Path) -> None:
    (tmp_path / "j").mkdir()
    (tmp_path / "j" / "entries").write_text("")
    done = run_cli("--data-dir", str(tmp_path / "j"), "list")
    assert done.returncode == 1
    assert done.stderr.startswith(f"mg-journal: {tmp_path / 'j' / 'entries'} is a file")
    assert "move the file away" in done.stderr and "Traceback" not in done.stderr
