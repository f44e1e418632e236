"""Kinds of one's own, factors, past days and the shell's records, on Today and on disk."""

from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path

from textual.widgets import DataTable, Input, Static

from journal.store.journal import Journal
from journal.store.kinds import load_kinds
from journal.tui.app import MgJournalApp
from journal.tui.screens.factor_form import FactorForm
from journal.tui.screens.kind_picker import KindPicker
from journal.tui.screens.symptom_form import SymptomForm
from tests.helpers import onboarded, run_cli
from tests.ui.painted import painted, painted_lines

TODAY = date(2026, 11, 25)
SIZE = (100, 30)


def rows(app: MgJournalApp) -> list[list[str]]:
    table = app.screen.query_one("#symptoms", DataTable)
    return [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]


async def add_kind_in_picker(app: MgJournalApp, pilot: object, name: str, key: str) -> None:
    picker = app.screen
    assert isinstance(picker, KindPicker)
    picker.query_one("#new-name", Input).value = name
    picker.query_one("#new-key", Input).value = key
    await pilot.press("enter")  # type: ignore[attr-defined]


async def test_a_kind_of_ones_own_is_added_logged_and_gets_its_key(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("o")
        await add_kind_in_picker(app, pilot, "Restless legs", "r")
        assert isinstance(app.screen, SymptomForm)
        await pilot.press("escape", "r", "2", "enter")
        day = Journal.open(data_dir).day(TODAY)
        # Both at 09:30: the order within a minute follows the random ids.
        assert sorted((s.kind, s.severity or 0) for s in day.symptoms) == [
            ("Restless legs", 0),
            ("Restless legs", 2),
        ]
        # Picked from the list the next time.
        await pilot.press("o")
        assert isinstance(app.screen, KindPicker)
        await pilot.press("enter", "escape")
    assert len(Journal.open(data_dir).day(TODAY).symptoms) == 3
    assert [(k.name, k.key) for k in load_kinds(Journal.open(data_dir))] == [("Restless legs", "r")]


async def test_bad_new_kinds_are_refused_at_the_field(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("o")
        for name, key, message in [
            ("   ", "", "kind: must not be empty"),
            ("palpitations", "c", "key: 'c' is already used on Today"),
            ("palpitations", "q", "key: 'q' is already used on Today"),
            ("cramp", "", "kind: 'cramp' is already a kind"),
            ("[bold]x", "[", "key: must be one letter or digit"),
        ]:
            await add_kind_in_picker(app, pilot, name, key)
            error = app.screen.query_one("#add-error", Static)
            assert str(error.render()) == message
        assert isinstance(app.screen, KindPicker)
    assert not (data_dir / "kinds.json").exists()
    assert Journal.open(data_dir).day(TODAY).is_empty


async def test_a_factor_from_the_picker_with_its_amount(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("x", "e")
        assert isinstance(app.screen, FactorForm)
        await pilot.press("4", "5", "enter")
        await pilot.press("x", "a", "escape")
        factors = Journal.open(data_dir).day(TODAY).factors
        assert sorted((f.kind, f.amount) for f in factors) == [
            ("alcohol", None),
            ("exercise", 45.0),
        ]
        assert ["09:30", "exercise", "45 minutes", ""] in rows(app)


async def test_a_bad_amount_is_refused(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("x", "s", "9", "9", "9", "9", "enter")
        error = app.screen.query_one("#amount-error", Static)
        assert "more than the most allowed" in str(error.render())
    [entry] = Journal.open(data_dir).day(TODAY).factors
    assert (entry.kind, entry.amount) == ("standing", None)


async def test_backfill_on_a_past_day(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("left_square_bracket", "left_square_bracket", "k", "escape")
        await pilot.press("x", "d")
        await pilot.press("escape")
        past = Journal.open(data_dir).day(date(2026, 11, 23))
        assert [(s.kind, s.time) for s in past.symptoms] == [("weakness", time(12, 0))]
        assert [(f.kind, f.time) for f in past.factors] == [("diarrhea", time(12, 0))]
        assert Journal.open(data_dir).day(TODAY).is_empty
        # Today is the latest day: no future day to log on.
        await pilot.press("t", "right_square_bracket", "e", "escape")
        assert [s.kind for s in Journal.open(data_dir).day(TODAY).symptoms] == ["fatigue"]


async def test_the_shells_records_show_on_today(data_dir: Path) -> None:
    args = ["cramp", "--severity", "3", "--where", "calf", "--at", "06:30", "--note", "woke me"]
    assert run_cli("log", *args).returncode == 0
    assert run_cli("log", "exercise", "45", "--at", "08:45").returncode == 0
    assert run_cli("log", "twitch", "--date", "2026-11-24", "--at", "22:15").returncode == 0
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=SIZE) as pilot:
        assert rows(app) == [
            ["06:30", "cramp", "severity 3 · calf", "woke me"],
            ["08:45", "exercise", "45 minutes", ""],
        ]
        await pilot.press("left_square_bracket")
        assert rows(app) == [["22:15", "twitch", "", ""]]
    raw = json.loads((data_dir / "entries" / "2026-11-25.json").read_text())
    assert len(raw["symptoms"]) == 1 and len(raw["factors"]) == 1


async def test_a_long_note_rewraps_when_the_terminal_narrows_or_widens(data_dir: Path) -> None:
    """Rows measured at 200 columns kept one line at 80: the note was cut at the edge.
    Back at 200 its row is one line again, not two with a blank."""
    note = "woke me at three in the morning and lasted for about ten minutes, then eased"
    assert run_cli("log", "cramp", "--at", "06:30", "--note", note).returncode == 0
    assert run_cli("log", "twitch", "--at", "07:00", "--note", "left eyelid").returncode == 0
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(200, 30)) as pilot:
        await pilot.pause()
        assert note in painted(app)  # on one line
        await pilot.resize_terminal(80, 30)
        await pilot.pause()
        lines = painted_lines(app)
        assert note in " ".join(" ".join(lines).split())  # every word, in order
        end = next(i for i, line in enumerate(lines) if "then eased" in line)
        assert "07:00" in lines[end + 1]  # the note's row is as tall as it wraps, no more
        await pilot.resize_terminal(200, 30)
        await pilot.pause()
        lines = painted_lines(app)
        cramp = next(i for i, line in enumerate(lines) if "06:30" in line)
        assert note in lines[cramp] and "07:00" in lines[cramp + 1]


async def test_a_long_note_wraps_on_today_rather_than_being_cut(data_dir: Path) -> None:
    note = (
        "woke me at three in the morning and lasted for about ten minutes, "
        "then again at five; stretched the calf and it eased"
    )
    assert run_cli("log", "cramp", "--at", "06:30", "--note", note).returncode == 0
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        shown = " ".join(painted(app).split())
        assert note in shown  # every word painted, in order
