"""Backspace deletes the selected row as Delete does: a Mac laptop's delete key sends
Backspace and it has no forward delete, so its owner could not delete a row at all."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.widgets import DataTable

from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from tests.helpers import food, onboarded, symptom
from tests.ui.painted import told
from tests.waiting import until

TODAY = date(2026, 11, 25)


async def test_backspace_deletes_a_symptom_row_and_u_brings_it_back(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    journal.add(symptom(TODAY, at="06:00", note="first"))
    journal.add(symptom(TODAY, at="07:00", note="second"))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("tab", "down")  # the symptoms table, on the 07:00 row
        assert app.screen.query_one("#symptoms", DataTable).has_focus
        await pilot.press("backspace")
        await until(pilot, lambda: len(journal.day(TODAY).symptoms) == 1, "the row deleted")
        assert [s.note for s in journal.day(TODAY).symptoms] == ["first"]
        assert told(app)[-1] == "cramp deleted · u undoes it"
        await pilot.press("u")
        await until(pilot, lambda: len(journal.day(TODAY).symptoms) == 2, "undone")


async def test_backspace_deletes_a_food_row(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    journal.add(food(TODAY, "Almonds", at="08:00"))
    journal.add(food(TODAY, "Banana", at="09:00"))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        foods = app.screen.query_one("#foods", DataTable)
        foods.focus()
        await pilot.press("down")  # the 09:00 banana
        await pilot.press("backspace")
        await until(pilot, lambda: len(journal.day(TODAY).foods) == 1, "the row deleted")
        assert [f.name for f in journal.day(TODAY).foods] == ["Almonds"]
