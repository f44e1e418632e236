"""A screen's style sheet applies app-wide once loaded: every rule names its screen.

An unscoped `.error { display: none }` in the symptom form's sheet hid the
supplement dialog's errors for the rest of the session once a cramp was noted.
"""

from __future__ import annotations

import re
from pathlib import Path

from textual.widgets import Static

from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from journal.tui.screens.supplement import SupplementScreen
from tests.helpers import onboarded

SCREENS = Path(__file__).resolve().parents[2] / "journal" / "tui" / "screens"
HEADER = re.compile(r"^([^\s{}/][^{]*?)\s*\{", re.M)
SHARED = {"today.tcss"}  # read with app.tcss as the app's own sheet (MgJournalApp.CSS_PATH)


def screen_classes(sheet: str) -> set[str]:
    """The screens whose CSS_PATH names `sheet`."""
    found = set()
    for source in SCREENS.glob("*.py"):
        text = source.read_text()
        for use in re.finditer(rf'^    CSS_PATH = "{re.escape(sheet)}"', text, re.M):
            found.add(re.findall(r"^class (\w+)", text[: use.start()], re.M)[-1])
    return found


def test_every_rule_of_a_screens_sheet_names_its_screen() -> None:
    sheets = sorted(p for p in SCREENS.glob("*.tcss") if p.name not in SHARED)
    assert len(sheets) >= 15
    for sheet in sheets:
        owners = screen_classes(sheet.name)
        assert owners, sheet.name
        for header in HEADER.findall(sheet.read_text()):
            for selector in header.split(","):
                first = re.split(r"[\s:.#]", selector.strip(), maxsplit=1)[0]
                assert first in owners, (sheet.name, selector.strip())


async def test_a_supplement_warning_shows_after_the_symptom_form_was_open(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c", "escape", "u")  # the form's sheet is loaded now
        await pilot.press("m", *"5000", "enter")
        await pilot.pause()
        assert isinstance(app.screen, SupplementScreen)
        error = app.screen.query_one("#supp-mg-error", Static)
        assert "14 times the 350 mg upper limit" in str(error.render())
        assert error.display and error.region.height >= 2  # drawn, not hidden
