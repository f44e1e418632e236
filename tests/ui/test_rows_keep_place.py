"""Today's tables keep the cursor where the person left it when they are drawn again,
and bring a row just logged into view: at 80x24 the symptoms table shows seven rows."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.widgets import DataTable

from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from tests.helpers import food, onboarded, symptom
from tests.ui.painted import painted, told, wait_painted
from tests.waiting import until

TODAY = date(2026, 11, 25)


def notes(journal: Journal) -> list[str]:
    return [s.note for s in journal.day(TODAY).symptoms]


async def test_a_second_delete_takes_the_row_under_the_cursor(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    for at in ("06:00", "07:00", "08:00", "09:00"):
        journal.add(symptom(TODAY, at=at, note=f"at {at}"))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("tab", "down", "down")  # the symptoms table, on the 08:00 row
        table = app.screen.query_one("#symptoms", DataTable)
        assert table.has_focus and table.cursor_row == 2
        await pilot.press("delete")
        await until(pilot, lambda: len(notes(journal)) == 3, "the first delete")
        # The cursor stays in place, on the row that moved up into it (09:00), and is seen.
        assert table.cursor_row == 2
        await pilot.press("delete")
        await until(pilot, lambda: len(notes(journal)) == 2, "the second delete")
        # Before, the redraw put the cursor back on the first row, and the second Delete
        # removed the 06:00 cramp, one the person never chose.
        assert notes(journal) == ["at 06:00", "at 07:00"]
        assert told(app)[-1] == "cramp deleted · u undoes it"


async def test_an_edited_row_keeps_the_cursor(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    for at in ("06:00", "07:00", "08:00"):
        journal.add(symptom(TODAY, at=at, note=f"at {at}"))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("tab", "down", "enter")  # edit the 07:00 cramp
        await pilot.press("4", "enter")  # severity 4, saved
        await until(pilot, lambda: journal.day(TODAY).symptoms[1].severity == 4, "the edit")
        table = app.screen.query_one("#symptoms", DataTable)
        await until(pilot, lambda: table.cursor_row == 1, "the cursor on the edited row")


async def test_a_new_entry_is_brought_into_view_at_80x24(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    for hour in range(12):  # more rows than the table shows at 80x24, all before now (09:30)
        journal.add(symptom(TODAY, "twitch", at=f"{hour:02}:00"))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c", "escape")  # a cramp now, kept without details
        await until(pilot, lambda: len(journal.day(TODAY).symptoms) == 13, "the cramp")
        await until(pilot, lambda: "cramp added" in told(app), "the toast")
        # The toast said so; the row must be seen too, not below the table's edge.
        await until(
            pilot,
            lambda: any(line.startswith(" 09:30  cramp") for line in painted(app).splitlines()),
            f"the new cramp's row on screen:\n{painted(app)}",
        )


async def test_enter_and_delete_reach_the_row_just_logged(data_dir: Path) -> None:
    """Today opens on the foods table; Enter on it, empty, did nothing after a cramp."""
    journal = onboarded(Journal.open(data_dir))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c", "escape")  # a cramp, its details left for later
        await until(pilot, lambda: len(journal.day(TODAY).symptoms) == 1, "the cramp")
        await pilot.press("enter")  # "Enter on the row edits it later"
        await wait_painted(pilot, "Esc leaves it unchanged")  # the form, to edit
        await pilot.press("4", "enter")
        await until(pilot, lambda: journal.day(TODAY).symptoms[0].severity == 4, "severity 4")
        await pilot.press("delete")
        await until(pilot, lambda: not journal.day(TODAY).symptoms, "the cramp deleted")


async def test_a_row_logged_elsewhere_does_not_take_the_cursor(data_dir: Path) -> None:
    """A shell quick-log seen by the 2 s watch must not move the cursor from the row the
    person is on: their next Delete would take the row that just arrived."""
    journal = onboarded(Journal.open(data_dir))
    for at in ("06:00", "07:00"):
        journal.add(symptom(TODAY, at=at, note=f"at {at}"))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("tab")  # the symptoms table, on the 06:00 row
        table = app.screen.query_one("#symptoms", DataTable)
        Journal.open(data_dir).add(symptom(TODAY, at="09:00", note="from the shell"))
        await until(pilot, lambda: table.row_count == 3, "the shell's row", timeout=20)
        assert table.cursor_row == 0
        await pilot.press("delete")
        await until(pilot, lambda: len(notes(journal)) == 2, "the delete")
        assert notes(journal) == ["at 07:00", "from the shell"]


async def test_a_day_of_ten_foods_shows_them_beside_a_short_symptom_list(data_dir: Path) -> None:
    """The two tables share the room by what they hold: in equal halves at 80x24 a
    day's supper was below the foods table's edge, over five blank symptom lines."""
    journal = onboarded(Journal.open(data_dir))
    for n in range(10):
        journal.add(food(TODAY, f"Food number {n}", at=f"{7 + n:02}:00"))
    journal.add(symptom(TODAY, at="06:00"))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        shown = painted(app)
        assert all(f"Food number {n}" in shown for n in range(10)), shown
        assert "06:00  cramp" in shown


async def test_a_supplement_above_the_limit_stays_in_view_under_its_warning(
    data_dir: Path,
) -> None:
    """The warning line over the tables comes with the row: it shrank the table after the
    row was scrolled to, and the row went back below the edge at 80x24."""
    journal = onboarded(Journal.open(data_dir))
    for hour in range(9):  # a table's worth of foods, all before now (09:30)
        journal.add(food(TODAY, at=f"{hour:02}:00"))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("m", *"500", "enter")
        await until(pilot, lambda: len(journal.day(TODAY).supplements) == 1, "the dose")
        await wait_painted(pilot, "above the 350 mg upper limit")
        await until(
            pilot,
            lambda: any(" 09:30  supplement" in line for line in painted(app).splitlines()),
            f"the new dose's row on screen:\n{painted(app)}",
        )
