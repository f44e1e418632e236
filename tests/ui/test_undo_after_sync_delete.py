"""u on a cramp logged here that the other computer deleted meanwhile (its day file
delivered by the sync engine while the app runs). Before: "Undone: cramp added", as
if u had taken it back; the other computer had. Now u says so, and nothing else moves."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from journal.core import clock
from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from tests.helpers import food, onboarded
from tests.ui.painted import told, wait_painted
from tests.ui.test_undo_after_other_changes import _log_a_cramp
from tests.ui.test_undo_kinds_and_sync import _computer_b
from tests.waiting import until


async def test_u_on_an_entry_deleted_on_the_other_computer_says_so(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MG_JOURNAL_DEVICE", "A")
    journal = onboarded(Journal.open(data_dir))
    journal.add(food(clock.today(), "Almonds"))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await _log_a_cramp(pilot, app)
        b = _computer_b(data_dir, tmp_path, monkeypatch)  # the cramp synced to B
        [cramp] = b.day(clock.today()).symptoms
        assert b.remove(cramp)
        monkeypatch.setenv("MG_JOURNAL_DEVICE", "A")
        delivered = data_dir / "entries" / ".syncthing.delivered.tmp"  # the engine's way
        shutil.copyfile(b.day_path(clock.today()), delivered)
        delivered.replace(journal.day_path(clock.today()))
        await until(pilot, lambda: journal.day(clock.today()).symptoms == [], "delivered")
        await pilot.press("u")
        said = "cramp was deleted meanwhile (another copy or a sync): nothing undone"
        await until(pilot, lambda: said in told(app), "u says the cramp was gone")
        assert not any(m.startswith("Undone") for m in told(app))
        await wait_painted(pilot, "nothing undone")  # the toast in view at 80x24
    foods = Journal.open(data_dir).day(clock.today()).foods
    assert [f.name for f in foods] == ["Almonds"]  # nothing else taken back
