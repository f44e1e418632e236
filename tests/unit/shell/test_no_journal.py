"""A command that only reads refuses a folder that is not there, and creates nothing
(a helper's report: `--data-dir typo list` made a new empty journal and said
"Nothing logged", so a mistyped path looked like lost entries)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import run_cli


@pytest.mark.parametrize(
    "command",
    [("list",), ("report",), ("export", "--format", "json"), ("backup",)],
)
def test_a_reading_command_refuses_a_folder_that_is_not_there(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    typo = tmp_path / "jounral"
    done = run_cli("--data-dir", str(typo), *command)
    assert done.returncode == 1
    assert done.stderr.startswith(f"mg-journal: There is no journal in {typo}")
    assert "Nothing was created." in done.stderr and "Traceback" not in done.stderr
    assert not typo.exists()


def test_a_writing_command_still_makes_the_journal(tmp_path: Path) -> None:
    new = tmp_path / "new"
    assert run_cli("--data-dir", str(new), "log", "cramp").returncode == 0
    assert run_cli("--data-dir", str(new), "list").returncode == 0
