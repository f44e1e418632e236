"""Dashboard keys redo only what they change: a view seen before is shown again as it
was, and what a key leaves alone (the chart on l or c) is not drawn again."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from journal.core.entries.models import FoodEntry
from journal.core.entries.undo import Change
from journal.store.demo import build_demo_journal
from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from journal.tui.screens import dashboard
from journal.tui.widgets.intake_chart import IntakeChart
from tests.helpers import mg_logged
from tests.ui.test_dashboard import open_dashboard, screen_text
from tests.waiting import until

TODAY = date(2026, 11, 25)


async def press(app: MgJournalApp, pilot, key: str) -> str:  # type: ignore[no-untyped-def]
    await pilot.press(key)
    await app.workers.wait_for_complete()
    await pilot.pause()
    return screen_text(app)


async def test_no_view_is_computed_twice_and_l_and_c_are_made_ahead(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_demo_journal(data_dir, 200, seed=2)
    built: list[tuple[int | None, float, str | None]] = []
    real = dashboard.build_from_rows

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        built.append((args[3], args[5], args[6]))  # length, threshold, basis
        return real(*args, **kwargs)

    monkeypatch.setattr(dashboard, "build_from_rows", counted)
    app = MgJournalApp(Journal.open(data_dir))
    async with app.run_test(size=(160, 50)) as pilot:
        await open_dashboard(app, pilot)
        assert "last 30 days" in await press(app, pilot, "1")
        assert "last 90 days" in await press(app, pilot, "2")
        assert "last 30 days" in await press(app, pilot, "1")
        ahead = [(30, 0.9, None), (30, 1.0, "complete only")]  # what l and c ask for
        await until(pilot, lambda: all(v in built for v in ahead), "l's and c's views")
        made = len(built)
        assert "below 279 mg (90% of 310 mg)" in await press(app, pilot, "l")
        assert (30, 0.9, None) not in built[made:]  # made before l: l only drew it
        assert len(built) == len(set(built))  # and no view was made twice


async def test_a_write_while_open_is_seen_by_a_view_seen_before(data_dir: Path) -> None:
    journal = build_demo_journal(data_dir, 200, seed=2)
    mg = mg_logged(journal, TODAY)
    app = MgJournalApp(Journal.open(data_dir))
    async with app.run_test(size=(160, 50)) as pilot:
        assert f"Today {mg:.0f} mg of 310" in await open_dashboard(app, pilot)
        await press(app, pilot, "1")
        app.apply(Change(None, FoodEntry(TODAY, time(23, 0), "Pumpkin seeds", 30.0, 300.0)))
        assert f"Today {mg + 300:.0f} mg of 310" in await press(app, pilot, "2")


async def test_threshold_and_basis_leave_the_chart_alone(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_demo_journal(data_dir, 200, seed=2)
    shown: list[int] = []
    real = IntakeChart.show
    monkeypatch.setattr(
        IntakeChart,
        "show",
        lambda self, rows, target, target_on=None: (
            shown.append(len(rows)) or real(self, rows, target, target_on)
        ),
    )
    app = MgJournalApp(Journal.open(data_dir))
    async with app.run_test(size=(160, 50)) as pilot:
        await open_dashboard(app, pilot)
        assert "below 279 mg (90% of 310 mg)" in await press(app, pilot, "l")
        assert "Uses complete days only" in await press(app, pilot, "c")
        assert "last 30 days" in await press(app, pilot, "1")
        assert shown == [90, 30]
