"""Issue 24, item 9: Today lists entries by the time eaten or felt, then as logged (not by id)."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from journal.core.entries.models import FoodEntry, SymptomEntry
from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from tests.helpers import onboarded
from tests.ui.painted import painted_lines

TODAY = date(2026, 11, 25)


def at(clock: str, name: str, entry_id: str) -> FoodEntry:
    when = time.fromisoformat(clock)
    return FoodEntry(TODAY, when, name, 100.0, 10.0, 50.0, "breakfast", id=entry_id)


def order(lines: list[str], names: list[str]) -> list[str]:
    found = [(n, name) for n, line in enumerate(lines) for name in names if name in line]
    return [name for _, name in sorted(found)]


async def test_same_time_rows_keep_the_order_they_were_logged(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    # Logged in this order; the ids sort the other way round.
    journal.add(at("08:00", "Oatmeal", "f" * 32))
    journal.add(at("08:00", "Banana", "a" * 32))
    journal.add(at("07:30", "Coffee", "0" * 32))
    journal.add(SymptomEntry(TODAY, time(6, 30), "twitch", id="f" * 31 + "e"))
    journal.add(SymptomEntry(TODAY, time(6, 30), "cramp", id="1" * 32))
    app = MgJournalApp(journal)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        lines = painted_lines(app)
        assert order(lines, ["Oatmeal", "Banana", "Coffee"]) == ["Coffee", "Oatmeal", "Banana"]
        assert order(lines, ["twitch", "cramp"]) == ["twitch", "cramp"]
