"""`git pull` of a journal folder merges day files by entry with the documented driver."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from journal.store.journal import Journal
from tests.helpers import ROOT, food, run_cli

DAY = date(2026, 11, 25)
pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(folder)}
    return subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
        cwd=folder,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_git_pull_merges_a_day_changed_on_both_computers(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MG_JOURNAL_DEVICE", "laptop")
    laptop = Journal.open(data_dir)
    almonds = laptop.add(food(DAY, "Almonds"))
    # The README's recipe: what travels, and the driver.
    (data_dir / ".gitattributes").write_text("*.json merge=mg-journal\n")
    (data_dir / ".gitignore").write_text(
        "journal.lock\npending-write.json\nbackups/\ncache/\n*.tmp\n"
    )
    assert git(data_dir, "init", "-q", "-b", "main").returncode == 0
    git(data_dir, "add", "-A")
    assert git(data_dir, "commit", "-qm", "start").returncode == 0
    desk = tmp_path / "desktop"
    assert git(tmp_path, "clone", "-q", str(data_dir), str(desk)).returncode == 0
    driver = f"{shlex.quote(sys.executable)} -m journal sync git-merge %O %A %B %P"
    git(desk, "config", "merge.mg-journal.driver", driver)

    laptop.add(food(DAY, "Oat bran"))
    assert laptop.remove(almonds)
    git(data_dir, "commit", "-qam", "laptop")
    monkeypatch.setenv("MG_JOURNAL_DEVICE", "desktop")
    Journal.open(desk).add(food(DAY, "Spinach"))
    git(desk, "commit", "-qam", "desktop")

    pulled = git(desk, "pull", "-q", "--no-rebase", "--no-edit")
    assert pulled.returncode == 0, pulled.stdout + pulled.stderr
    day_file = desk / "entries" / "2026-11-25.json"
    assert "<<<<<<<" not in day_file.read_text()
    assert sorted(f.name for f in Journal.open(desk).day(DAY).foods) == ["Oat bran", "Spinach"]
    assert git(desk, "status", "--porcelain").stdout == ""  # nothing left unmerged


def test_a_damaged_side_is_refused_and_git_reports_the_conflict(tmp_path: Path) -> None:
    ours, theirs = tmp_path / "ours", tmp_path / "theirs"
    ours.write_bytes(b'{"_meta": {"1": {"schema": 1}}}')
    theirs.write_bytes(b"{not json")
    before = ours.read_bytes()
    result = run_cli("sync", "git-merge", "x", str(ours), str(theirs), "entries/2026-11-25.json")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "damaged" in result.stderr
    assert ours.read_bytes() == before


def test_git_pull_merges_an_encrypted_day_and_keeps_it_sealed(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before: the driver read the age files as JSON ("damaged"), git reported a conflict
    and the working copy kept this side only: the other computer's entries were gone."""
    from journal.store.crypt import AGE_HEADER
    from journal.store.encryption import encrypt

    monkeypatch.setenv("MG_JOURNAL_CONFIG", str(tmp_path / "config"))  # one key, both
    laptop = Journal.open(data_dir)
    laptop.add(food(DAY, "Almonds"))
    encrypt(laptop)
    (data_dir / ".gitattributes").write_text("*.json merge=mg-journal\n")
    (data_dir / ".gitignore").write_text("journal.lock\npending-write.json\nbackups/\n")
    assert git(data_dir, "init", "-q", "-b", "main").returncode == 0
    git(data_dir, "add", "-A")
    assert git(data_dir, "commit", "-qm", "start").returncode == 0
    desk = tmp_path / "desktop"
    assert git(tmp_path, "clone", "-q", str(data_dir), str(desk)).returncode == 0
    driver = f"{shlex.quote(sys.executable)} -m journal sync git-merge %O %A %B %P"
    git(desk, "config", "merge.mg-journal.driver", driver)
    Journal.open(data_dir).add(food(DAY, "Oat bran"))
    git(data_dir, "commit", "-qam", "laptop")
    Journal.open(desk).add(food(DAY, "Spinach"))
    git(desk, "commit", "-qam", "desktop")
    day_file = desk / "entries" / "2026-11-25.json"
    before = day_file.read_bytes()

    monkeypatch.setenv("MG_JOURNAL_CONFIG", str(tmp_path / "no-key-here"))
    refused = git(desk, "pull", "-q", "--no-rebase", "--no-edit")
    assert refused.returncode != 0 and "mg-journal key import" in refused.stderr
    assert day_file.read_bytes() == before  # this side as it was, nothing half-written
    git(desk, "merge", "--abort")

    monkeypatch.setenv("MG_JOURNAL_CONFIG", str(tmp_path / "config"))
    pulled = git(desk, "pull", "-q", "--no-rebase", "--no-edit")
    assert pulled.returncode == 0, pulled.stdout + pulled.stderr
    assert day_file.read_bytes().startswith(AGE_HEADER)
    names = sorted(f.name for f in Journal.open(desk).day(DAY).foods)
    assert names == ["Almonds", "Oat bran", "Spinach"]
    assert git(desk, "status", "--porcelain").stdout == ""
