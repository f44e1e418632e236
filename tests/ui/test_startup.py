"""Start-up holds the garbage collector until the first frame, and gives it back whole."""

from __future__ import annotations

import gc
from pathlib import Path

from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from tests.helpers import onboarded


async def test_the_collector_runs_after_the_first_frame_and_nothing_stays_frozen(
    data_dir: Path,
) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test() as pilot:
        await pilot.pause()
        assert gc.isenabled() and gc.get_freeze_count() > 0
    assert gc.isenabled() and gc.get_freeze_count() == 0


async def test_an_app_that_ends_before_its_first_frame_gives_the_collector_back(
    data_dir: Path,
) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test():
        pass
    assert gc.isenabled() and gc.get_freeze_count() == 0
