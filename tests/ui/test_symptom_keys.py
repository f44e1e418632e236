"""Symptoms and factors on Today: one key stores, the form adds details; checked on disk."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, Static

from journal.core.entries.models import FactorEntry, SymptomEntry
from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from journal.tui.screens.factor_form import FactorForm
from journal.tui.screens.symptom_form import SymptomForm
from tests.helpers import factor, onboarded, run_cli, symptom
from tests.ui.welcome import welcome_skipped
from tests.waiting import until

TODAY = date(2026, 11, 25)
SIZE = (100, 30)


def stored(data_dir: Path, day: date = TODAY) -> list[SymptomEntry | FactorEntry]:
    d = Journal.open(data_dir).day(day)
    return [*d.symptoms, *d.factors]


def table_rows(app: MgJournalApp) -> list[list[str]]:
    table = app.screen.query_one("#symptoms", DataTable)
    return [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]


async def test_one_key_stores_the_symptom_at_once(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c")
        [entry] = stored(data_dir)
        assert entry == SymptomEntry(TODAY, time(9, 30), "cramp", id=entry.id)
        assert isinstance(app.screen, SymptomForm)


async def test_each_symptom_has_its_key(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=SIZE) as pilot:
        for key in "cwske":
            await pilot.press(key, "escape")
    kinds = sorted(e.kind for e in stored(data_dir))
    assert kinds == ["cramp", "fatigue", "spasm", "twitch", "weakness"]


async def test_the_forms_details_are_stored(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c", "3", "c", "tab")
        app.screen.query_one("#time", Input).value = "06:30"
        app.screen.query_one("#note", Input).value = "woke me [bold]up[/] [b"
        await pilot.press("enter")
        [entry] = stored(data_dir)
        assert (entry.time, entry.severity, entry.where) == (time(6, 30), 3, "calf")
        assert entry.note == "woke me [bold]up[/] [b"
        assert table_rows(app) == [["06:30", "cramp", "severity 3 · calf", entry.note]]


async def test_escape_keeps_the_bare_entry(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=SIZE) as pilot:
        # Details picked: the first Escape warns (test_escape_keeps_typing), the second drops them.
        await pilot.press("w", "4", "h", "escape", "escape")
        [entry] = stored(data_dir)
        assert (entry.kind, entry.severity, entry.where) == ("twitch", None, None)
        assert not isinstance(app.screen, SymptomForm)


async def test_bad_details_are_shown_at_the_field_and_nothing_changes(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s", "2")
        form = app.screen
        form.query_one("#time", Input).value = "25:00"
        await pilot.press("enter")
        error = form.query_one("#time-error", Static)
        assert error.display and "not a time of day" in str(error.render())
        form.query_one("#time", Input).value = "07:00"
        form.query_one("#note", Input).value = "bell\x07"
        await pilot.press("enter")
        assert not form.query_one("#time-error", Static).display
        assert "control characters" in str(form.query_one("#note-error", Static).render())
        assert app.screen is form
        [entry] = stored(data_dir)
        assert (entry.time, entry.severity, entry.note) == (time(9, 30), None, "")


async def test_a_time_later_today_is_refused_at_the_field_as_the_shell_does(
    data_dir: Path,
) -> None:
    """09:30 now: a cramp "at 23:00" today has not happened; yesterday's 23:00 has."""
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c")
        form = app.screen
        form.query_one("#time", Input).value = "23:00"
        await pilot.press("enter")
        error = form.query_one("#time-error", Static)
        assert error.display and "23:00 is later than now (09:30)" in str(error.render())
        assert app.screen is form
        [entry] = stored(data_dir)
        assert entry.time == time(9, 30)
        await pilot.press("escape", "left_square_bracket", "c")
        app.screen.query_one("#time", Input).value = "23:00"
        await pilot.press("enter")
        await pilot.pause()
    [late] = stored(data_dir, TODAY.replace(day=24))
    assert late.time == time(23, 0)


async def test_edit_delete_and_undo_a_row(data_dir: Path) -> None:
    journal = welcome_skipped(Journal.open(data_dir))
    cramp = journal.add(symptom(TODAY, severity=2))
    exercise = journal.add(factor(TODAY))
    app = MgJournalApp(journal)
    async with app.run_test(size=SIZE) as pilot:
        app.screen.query_one("#symptoms", DataTable).focus()
        await pilot.press("enter", "5", "enter")  # first row: the 06:30 cramp
        [edited, _] = stored(data_dir)
        assert (edited.id, edited.severity) == (cramp.id, 5)
        await pilot.press("down", "enter")
        assert isinstance(app.screen, FactorForm)
        app.screen.query_one("#amount", Input).value = "60"
        await pilot.press("enter")
        assert stored(data_dir)[1].amount == 60  # type: ignore[union-attr]
        await pilot.press("up", "delete")
        assert [e.kind for e in stored(data_dir)] == ["exercise"]
        assert [r[1] for r in table_rows(app)] == ["exercise"]
        await pilot.press("u")
        assert stored(data_dir)[0] == edited
        await pilot.press("u", "u")
        assert stored(data_dir) == [cramp, exercise]


@pytest.mark.parametrize(
    ("shell", "kind"), [("diarrhea", "diarrhea"), ("poor-sleep", "poor_sleep")]
)
async def test_a_unitless_factors_number_from_the_shell_is_kept_by_the_form(
    data_dir: Path, shell: str, kind: str
) -> None:
    done = run_cli("log", shell, "3")
    assert done.returncode == 0, done.stderr
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(80, 24)) as pilot:
        app.screen.query_one("#symptoms", DataTable).focus()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, FactorForm), "the factor's form")
        assert app.screen.query_one("#amount", Input).value == "3"  # shown, to keep or change
        await pilot.press("tab", "tab", *"bad", "enter")
        await until(pilot, lambda: not isinstance(app.screen, FactorForm), "the form to close")
        [entry] = stored(data_dir)
        assert (entry.kind, entry.amount, entry.note) == (kind, 3.0, "bad")  # type: ignore[union-attr]
        assert table_rows(app)[0][1:] == [kind.replace("_", " "), "3", "bad"]
