"""Issue 24, item 11: the palette offers each command once ("Theme" and "Switch theme",
"Keys" and "Help" were the same command twice)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.command import CommandPalette

from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from tests.helpers import onboarded
from tests.ui.painted import painted_lines, wait_painted


@pytest.mark.parametrize(
    ("typed", "ours", "twin"), [("theme", "Switch theme", "Theme"), ("keys", "Help", "Keys")]
)
async def test_palette_offers_one_command_for_each_thing(
    data_dir: Path, typed: str, ours: str, twin: str
) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("ctrl+p")
        assert CommandPalette.is_open(app)
        await pilot.press(*typed)
        await wait_painted(pilot, ours)
        titles = [line.strip() for line in painted_lines(app)]
        assert any(t.startswith(ours) for t in titles)
        assert twin not in titles


async def test_textual_s_other_commands_stay(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("ctrl+p", *"quit")
        await wait_painted(pilot, "Quit")
        assert "Quit" in [line.strip() for line in painted_lines(app)]


async def test_textual_s_focus_keys_are_no_journal_commands(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("ctrl+p", *"next")
        await wait_painted(pilot, "Next day")
        titles = [line.strip() for line in painted_lines(app)]
        assert "Focus Next" not in titles
