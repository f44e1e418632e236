"""Issue 24, item 17: with NO_COLOR (or any monochrome terminal) a ticked and an unticked box,
and the chosen radio button, read apart: the state is in the mark, not only its colour."""

from __future__ import annotations

from pathlib import Path

import pytest

from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from journal.tui.screens.onboarding import OnboardingScreen
from tests.ui.painted import painted_lines


def row_with(app: MgJournalApp, label: str) -> str:
    return next(line for line in painted_lines(app) if label in line)


async def test_boxes_and_radio_buttons_show_their_state_in_text(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = MgJournalApp(Journal.open(data_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, OnboardingScreen)
        assert "▐ ▌ Pregnant" in row_with(app, "Pregnant")
        await pilot.click("#pregnant")
        await pilot.pause()
        row = row_with(app, "Pregnant")
        assert "▐X▌ Pregnant" in row and "▐ ▌ Breastfeeding" in row
        units = row_with(app, "Metric")
        assert "▐●▌ Metric (g)" in units and "▐ ▌ US household" in units
        app.screen.query_one("#units").focus()
        await pilot.press("right", "enter")
        await pilot.pause()
        units = row_with(app, "Metric")
        assert "▐ ▌ Metric (g)" in units and "▐●▌ US household" in units
