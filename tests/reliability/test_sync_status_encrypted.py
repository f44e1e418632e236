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
