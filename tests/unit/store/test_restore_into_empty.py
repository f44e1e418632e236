"""Restore into a folder that held no journal keeps no empty backup and says nothing of
a replaced journal (a reviewer's report: it said "The journal it replaced is kept in
backups/before-restore-....zip", an archive of no files)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from journal.store.archive import build_archive, restore
from journal.store.journal import Journal
from tests.helpers import food, run_cli

DAY = date(2026, 11, 20)


def _archive(tmp_path: Path) -> tuple[Path, bytes]:
    source = Journal.open(tmp_path / "elsewhere")
    source.add(food(DAY, "Almonds"))
    path = tmp_path / "j.zip"
    path.write_bytes(build_archive(source))
    return path, path.read_bytes()


def test_into_an_empty_folder_nothing_is_kept_and_the_journal_is_restored(
    tmp_path: Path,
) -> None:
    path, raw = _archive(tmp_path)
    journal = Journal.open(tmp_path / "empty")
    assert restore(journal, raw, path) is None
    assert not (journal.root / "backups").exists()
    assert [f.name for f in journal.day(DAY).foods] == ["Almonds"]


def test_over_a_journal_of_one_file_that_journal_is_kept(tmp_path: Path) -> None:
    path, raw = _archive(tmp_path)
    journal = Journal.open(tmp_path / "held")
    with journal.file("profile.json") as db:  # a profile alone is a journal
        db.table("profile").insert({"target_mg": 320})
    kept = restore(journal, raw, path)
    assert kept is not None and kept.parent == journal.root / "backups"
    assert kept.name.startswith("before-restore-")


def test_the_shell_says_only_what_it_restored(data_dir: Path, tmp_path: Path) -> None:
    path, _ = _archive(tmp_path)
    done = run_cli("restore", str(path))
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"Restored from {path}.\n"
    assert not (data_dir / "backups").exists()
    again = run_cli("restore", str(path))  # now over a journal: kept, and said
    assert again.stdout.startswith(f"Restored from {path}. The journal it replaced is kept in ")
    assert len(list((data_dir / "backups").glob("before-restore-*.zip"))) == 1
