"""Snapshots of the dashboard on a generated journal, clock pinned, small and large terminals."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from journal.store.demo import build_demo_journal
from journal.store.journal import Journal
from journal.tui.app import MgJournalApp


async def _open(pilot: Any) -> None:
    await pilot.press("d", "2")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.mark.parametrize("size", [(80, 24), (160, 50)])
def test_dashboard_snapshot(snap_compare: Any, data_dir: Path, size: tuple[int, int]) -> None:
    build_demo_journal(data_dir, 400, seed=2)
    app = MgJournalApp(Journal.open(data_dir))
    assert snap_compare(app, terminal_size=size, run_before=_open)
