"""`mg-journal sync merge` speaks in sentences, as Today's line after a merge does.
Before: "merged a copy from Dropbox: 1 entry added (...)" and "not merged: ..."."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import food, run_cli
from tests.reliability.test_sync_copies import DAY, DAY_FILE, as_device, conflict, two_computers


def test_sync_merge_says_what_it_merged_and_what_it_could_not(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = two_computers(data_dir, tmp_path, monkeypatch)
    as_device(monkeypatch, "B")
    b.add(food(DAY, "Spinach"))
    conflict(a, b, DAY_FILE, "dropbox")
    damaged = conflict(a, b, DAY_FILE)  # Syncthing's copy, damaged on the way
    damaged.write_bytes(b"{not json")
    as_device(monkeypatch, "A")
    done = run_cli("sync", "merge")
    assert done.returncode == 1, done
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Merged a copy from Dropbox: 1 entry added; 1 conflict copy")
    assert lines[1].startswith(f"Not merged: entries/{damaged.name} ")
    assert damaged.exists()  # refused and left where it is
    assert "Spinach" in run_cli("list", "--date", DAY.isoformat()).stdout
    damaged.unlink()
    assert run_cli("sync", "merge").stdout == "No conflict copies: nothing to merge.\n"
