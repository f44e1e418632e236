"""`sync status` on an encrypted journal reads what it reads on a plain one."""

from __future__ import annotations

from pathlib import Path

import pytest

from journal.store.encryption import encrypt
from journal.store.journal import Journal
from tests.helpers import food, run_cli
from tests.reliability.test_sync_copies import DAY, DAY_FILE, as_device, conflict, two_computers


def test_status_lists_the_merges_of_an_encrypted_journal(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before: the merge log is sealed like every file, status read its raw bytes and
    said "Copies merged: none" however many copies had been merged."""
    monkeypatch.setenv("MG_JOURNAL_CONFIG", str(tmp_path / "config"))
    a, b = two_computers(data_dir, tmp_path, monkeypatch)
    as_device(monkeypatch, "B")
    b.add(food(DAY, "Spinach"))
    conflict(a, b, DAY_FILE, "dropbox")
    as_device(monkeypatch, "A")
    encrypt(Journal.open(data_dir))  # merges the copy, then seals every file, the log too
    said = run_cli("sync", "status").stdout
    assert "Copies merged: 1 (newest last)" in said
    assert f"{DAY_FILE} from Dropbox (desktop): 1 entry added" in said


def test_a_merge_in_an_encrypted_journal_keeps_its_log_sealed_and_doctor_calm(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before: the merge wrote its log plain, and doctor then said "problem: 1 file
    (merges.json) is plain unlike the rest ...; fix: mg-journal encrypt" after every merge."""
    from journal.store.conflicts import KEPT_IN
    from journal.store.crypt import AGE_HEADER

    monkeypatch.setenv("MG_JOURNAL_CONFIG", str(tmp_path / "config"))
    a, b = two_computers(data_dir, tmp_path, monkeypatch)
    encrypt(a)
    (b.root / "encryption.txt").write_bytes((a.root / "encryption.txt").read_bytes())
    (b.root / DAY_FILE).write_bytes((a.root / DAY_FILE).read_bytes())  # synced, sealed
    as_device(monkeypatch, "B")
    b.add(food(DAY, "Spinach"))  # the same key: this test's two computers share a config
    copy = conflict(a, b, DAY_FILE, "nextcloud")
    assert copy.read_bytes().startswith(AGE_HEADER)
    as_device(monkeypatch, "A")
    assert "Spinach" in {f.name for f in Journal.open(data_dir).day(DAY).foods}
    assert (data_dir / KEPT_IN / "merges.json").read_bytes().startswith(AGE_HEADER)
    doctor = run_cli("doctor")
    assert doctor.returncode == 0 and "problem" not in doctor.stdout
    assert "Copies merged: 1" in run_cli("sync", "status").stdout
