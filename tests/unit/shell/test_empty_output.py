"""`-o ""` is refused alike by report, backup and export: backup and export quietly
wrote their default name into the folder the command was typed in."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import run_cli


@pytest.mark.parametrize(
    ("command", "example"),
    [
        (("backup",), "give a file name, e.g. -o mg-journal-backup-"),
        (("export",), "give a folder, e.g. -o mg-journal-export-"),
        (("export", "--format", "json"), "give a file name, e.g. -o mg-journal-export-"),
        (("report",), "give a file name, e.g. -o report.html"),
    ],
)
@pytest.mark.parametrize("empty", ["", "  "])
def test_an_empty_output_name_is_refused(
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    command: tuple[str, ...],
    example: str,
    empty: str,
) -> None:
    assert run_cli("log", "cramp").returncode == 0
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)  # where the default name would land
    done = run_cli(*command, "-o", empty)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.startswith(f"mg-journal: output: {example}")
    assert done.stderr.count("\n") == 1
    assert list(here.iterdir()) == []
