"""The mouse reaches what looks clickable: table rows open their entry, footer keys act."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from textual.widgets import DataTable

from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from journal.tui.screens.dashboard import DashboardScreen
from journal.tui.screens.help import HelpScreen
from journal.tui.screens.symptom_form import SymptomForm
from journal.tui.screens.today import TodayScreen
from journal.tui.widgets.keys_footer import FooterItem, KeysFooter
from tests.helpers import factor, onboarded, symptom

TODAY = date(2026, 11, 25)


async def test_a_click_selects_a_row_and_a_second_click_opens_it(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    journal.add(symptom(TODAY, at="06:30"))
    journal.add(factor(TODAY))
    app = MgJournalApp(journal)
    async with app.run_test(size=(100, 30)) as pilot:
        table = app.screen.query_one("#symptoms", DataTable)
        await pilot.click("#symptoms", offset=(10, 2))  # header, then the factor row
        assert table.cursor_row == 1 and isinstance(app.screen, TodayScreen)
        await pilot.click("#symptoms", offset=(10, 1))
        assert table.cursor_row == 0 and isinstance(app.screen, TodayScreen)
        await pilot.click("#symptoms", offset=(10, 1))
        assert isinstance(app.screen, SymptomForm) and app.screen.entry.kind == "cramp"


def shown_keys(app: MgJournalApp) -> dict[str, FooterItem]:
    return {item.key: item for item in app.screen.query_one(KeysFooter).items}


async def click(pilot: Any, item: FooterItem) -> None:
    await pilot.click(KeysFooter, offset=(item.start + 1, 0))


async def test_footer_keys_work_on_click(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(80, 24)) as pilot:
        keys = shown_keys(app)
        assert {"c", "x", "d", "question_mark", "q", "u"} <= set(keys)
        assert "w" not in keys  # twitch leaves the footer at 80 columns, not the key map
        await click(pilot, keys["question_mark"])
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        await click(pilot, shown_keys(app)["d"])  # the footer was rebuilt on return
        assert isinstance(app.screen, DashboardScreen)
