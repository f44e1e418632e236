"""A journal encrypted on the other computer, synced here before its key: nothing is
written, as nothing is read. Before: a file that did not exist yet (a new day, the
first profile) was written sealed to the journal's public key, while every read of
the journal said "nothing was changed"; the app's welcome said "Not saved" about a
profile it had saved."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from journal.store.encryption import encrypt
from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from tests.helpers import food, run_cli
from tests.ui.painted import told
from tests.waiting import until

DAY = date(2026, 11, 25)


def synced_here_without_key(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, key: str
) -> dict[Path, bytes]:
    monkeypatch.setenv("MG_JOURNAL_CONFIG", str(tmp_path / "laptop"))
    journal = Journal.open(data_dir)
    journal.add(food(DAY, "Almonds"))
    encrypt(journal)  # no profile yet: the welcome was skipped on the laptop too
    monkeypatch.setenv("MG_JOURNAL_CONFIG", str(tmp_path / "desktop"))
    if key == "wrong":
        encrypt(Journal.open(tmp_path / "another-journal"))  # the desktop's key is another
    return {p: p.read_bytes() for p in data_dir.rglob("*") if p.is_file()}


@pytest.mark.parametrize("key", ["missing", "wrong"])
def test_a_new_day_is_not_written_without_the_journals_key(
    key: str, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = synced_here_without_key(data_dir, tmp_path, monkeypatch, key)
    result = run_cli("eat", "banana", "--date", "2026-11-20")
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.count("\n") == 1, result.stderr
    assert "2026-11-20.json" in result.stderr and "nothing was changed" in result.stderr
    assert "mg-journal key import" in result.stderr
    assert {p: p.read_bytes() for p in data_dir.rglob("*") if p.is_file()} == before


async def test_the_welcome_skipped_without_the_key_saves_nothing(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = synced_here_without_key(data_dir, tmp_path, monkeypatch, "missing")
    app = MgJournalApp(Journal.open(data_dir))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("escape")  # skip the welcome, as a new person would
        await until(pilot, lambda: any("no key" in m for m in told(app)), "the key said")
    assert not (data_dir / "profile.json").exists()
    assert {p: p.read_bytes() for p in data_dir.rglob("*") if p.is_file()} == before
