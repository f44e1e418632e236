"""Doctor where there is no journal says so in one line, with the line that starts one.
On an empty folder (mkdir, then doctor) it said "ok: journal at ..." and flagged the
folder's 0755 as "open to others": an alarm about a folder Mg Journal never made, where
every other command reads an empty folder as "no journal yet"."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import run_cli


def test_an_empty_folder_is_no_journal_yet_and_stays_as_it_was(tmp_path: Path) -> None:
    empty = tmp_path / "e"
    empty.mkdir(mode=0o755)
    empty.chmod(0o755)
    done = run_cli("--data-dir", str(empty), "doctor")
    assert done.returncode == 1 and done.stderr == ""
    assert done.stdout == (
        f"problem: no journal at {empty} yet (the folder is empty); fix: run mg-journal "
        f"--data-dir {empty} to start one, or check --data-dir or $MG_JOURNAL_DIR\n"
    )
    assert list(empty.iterdir()) == [] and empty.stat().st_mode & 0o777 == 0o755


def test_the_usual_folder_empty_says_plain_mg_journal_starts_one(data_dir: Path) -> None:
    data_dir.mkdir()
    done = run_cli("doctor")  # $MG_JOURNAL_DIR names it
    assert done.stdout.startswith(f"problem: no journal at {data_dir} yet (the folder is empty)")
    assert "fix: run mg-journal to start one" in done.stdout
    assert list(data_dir.iterdir()) == []


def test_a_folder_that_is_not_there_is_said_and_not_made(tmp_path: Path) -> None:
    typo = tmp_path / "jounral"
    done = run_cli("--data-dir", str(typo), "doctor")
    assert done.returncode == 1 and done.stderr == ""
    assert done.stdout == (
        f"problem: no journal at {typo}; fix: check --data-dir or $MG_JOURNAL_DIR, "
        f"or run mg-journal --data-dir {typo} to start one\n"
    )
    assert not typo.exists()


def test_a_file_is_no_folder_to_start_one_in(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("mine")
    done = run_cli("--data-dir", str(notes), "doctor")
    assert done.returncode == 1
    assert done.stdout == (
        f"problem: no journal at {notes} (it is a file, not a folder); "
        "fix: check --data-dir or $MG_JOURNAL_DIR\n"
    )
    assert notes.read_text() == "mine"
