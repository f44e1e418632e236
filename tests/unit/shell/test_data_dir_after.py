"""`--data-dir` typed after the command, where options usually go: `mg-journal eat banana
--data-dir D` was refused with "did you mean --date?" (the next try, `--date D`, would
be a day named like a folder). It is the journal's folder wherever it stands."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import run_cli


def test_data_dir_after_the_command_is_the_journal(data_dir: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    done = run_cli("eat", "banana", "--data-dir", str(other), "--meal", "snack")
    assert done.returncode == 0 and done.stdout.startswith("Logged Bananas, raw"), done.stderr
    assert not data_dir.exists()  # $MG_JOURNAL_DIR's journal untouched
    listed = run_cli("list", f"--data-dir={other}")
    assert listed.returncode == 0 and "Bananas, raw" in listed.stdout
    status = run_cli("trial", "status", "--data-dir", str(other))
    assert status.stderr.startswith("mg-journal: there is no trial plan yet")
    # After `--` it is a word of the food, as any other.
    typed = run_cli("--data-dir", str(other), "eat", "--", "--data-dir")
    assert typed.returncode == 1 and "no food matches '--data-dir'" in typed.stderr


def test_data_dir_without_its_folder_says_so(data_dir: Path) -> None:
    done = run_cli("log", "cramp", "--data-dir")
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (
        "mg-journal: unrecognized arguments: --data-dir (--data-dir takes the journal's "
        "folder: --data-dir DIR); see mg-journal log --help\n"
    )
    assert not data_dir.exists()


def test_eats_date_is_still_abbreviated(data_dir: Path) -> None:
    done = run_cli("eat", "banana", "--d", "yesterday")
    assert done.returncode == 0 and "lunch 2026-11-24" in done.stdout, done.stderr
