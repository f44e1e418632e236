"""u after steps that are not on the undo stack: a kind of one's own added in the picker,
and entries another copy of Mg Journal wrote (the shell, or a sync engine's conflict copy
merged while the app runs).

Before: a cramp logged, a new kind added and logged, then u twice: the second u took
back the cramp, unseen, as if the kind had never been added. A cramp logged here and
then changed by another copy (severity 5 from the shell or a synced computer): u deleted
it, the other copy's change with it ("Undone: cramp added").
"""

from __future__ import annotations

import dataclasses
import json
import shutil
from datetime import timedelta
from pathlib import Path

import pytest
from textual.widgets import Static

from journal.core import clock
from journal.core.entries.models import SymptomEntry
from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from journal.tui.screens.kind_picker import KindPicker
from journal.tui.screens.symptom_form import SymptomForm
from journal.tui.screens.today import TodayScreen
from tests.helpers import food, onboarded, symptom
from tests.ui.food_helpers import stored_foods
from tests.ui.painted import told, wait_painted
from tests.ui.test_symptom_kinds import add_kind_in_picker
from tests.ui.test_undo_after_other_changes import _log_a_cramp
from tests.waiting import until

SIZE = (80, 24)
COPY = "entries/{day}.sync-conflict-20261125-093000-BBBBBBB.json"


def _symptoms(journal: Journal) -> list[tuple[str, int | None]]:
    return sorted((s.kind, s.severity) for s in journal.day(clock.today()).symptoms)


async def test_u_after_a_new_kind_takes_back_its_symptom_then_stops(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    app = MgJournalApp(journal)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await _log_a_cramp(pilot, app)
        await pilot.press("o")
        await until(pilot, lambda: isinstance(app.screen, KindPicker), "the kind picker")
        await add_kind_in_picker(app, pilot, "Restless legs", "r")
        await until(pilot, lambda: isinstance(app.screen, SymptomForm), "its details form")
        await pilot.press("escape")  # logged without details
        await until(pilot, lambda: isinstance(app.screen, TodayScreen), "back on Today")
        assert _symptoms(journal) == [("Restless legs", None), ("cramp", None)]
        await pilot.press("u")
        await until(pilot, lambda: _symptoms(journal) == [("cramp", None)], "its symptom undone")
        assert "Undone: Restless legs added" in told(app)
        await pilot.press("u")
        said = (
            "Restless legs stays in your own symptom kinds: a kind cannot be removed. "
            "Nothing else was undone."
        )
        await until(pilot, lambda: said in told(app), "the kind's step said")
        await wait_painted(pilot, "Restless legs stays in your own")  # seen at 80x24
        assert _symptoms(journal) == [("cramp", None)]  # the cramp logged before is kept
        await pilot.press("u")  # the next u goes on to the step before
        await until(pilot, lambda: _symptoms(journal) == [], "the cramp undone")
    kinds = json.loads((data_dir / "kinds.json").read_text())["symptom_kinds"]
    assert [k["name"] for k in kinds.values()] == ["Restless legs"]


async def test_u_leaves_an_entry_another_copy_changed(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    app = MgJournalApp(journal)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await _log_a_cramp(pilot, app)
        [mine] = journal.day(clock.today()).symptoms
        other = Journal.open(data_dir)  # the shell's `mg-journal edit ID --severity 5`
        other.replace(mine, dataclasses.replace(mine, severity=5))
        await pilot.press("u")  # before the change watcher (every 2 s) has seen it
        said = (
            f"That symptom of {clock.today().isoformat()} was changed since by another copy "
            "of Mg Journal or a sync; it was left as it is now."
        )
        await until(pilot, lambda: said in told(app), "why it was not undone")
        await wait_painted(pilot, "severity 5")  # Today shows the entry as it is now
        await wait_painted(pilot, "Not undone")  # seen at 80x24
        await wait_painted(pilot, f"That symptom of {clock.today().isoformat()} was")
        assert not any(m.startswith("Undone") for m in told(app))
        assert _symptoms(journal) == [("cramp", 5)]


async def test_u_after_another_copys_entry_takes_back_the_persons_own(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    app = MgJournalApp(journal)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await _log_a_cramp(pilot, app)
        Journal.open(data_dir).add(symptom(clock.today(), "twitch", at="23:00"))  # the shell's
        await wait_painted(pilot, "twitch")  # the change watcher redrew Today
        await pilot.press("u")
        await until(pilot, lambda: _symptoms(journal) == [("twitch", None)], "the cramp undone")
        assert "Undone: cramp added" in told(app)
        await pilot.press("u")
        await until(pilot, lambda: "Nothing to undo" in told(app), "nothing more")
    assert _symptoms(Journal.open(data_dir)) == [("twitch", None)]


async def test_u_after_an_edit_another_copy_changed_again_keeps_theirs(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    saved = symptom(clock.today(), severity=2)
    journal.add(saved)
    app = MgJournalApp(journal)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("tab")  # to the symptoms
        await until(
            pilot, lambda: app.focused is not None and app.focused.id == "symptoms", "the symptoms"
        )
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, SymptomForm), "the edit form")
        await pilot.press("4", "enter")
        await until(pilot, lambda: _symptoms(journal) == [("cramp", 4)], "the edit saved")
        [mine] = journal.day(clock.today()).symptoms
        Journal.open(data_dir).replace(mine, dataclasses.replace(mine, severity=5))
        await pilot.press("u")
        await until(pilot, lambda: any("changed since" in m for m in told(app)), "refused")
        assert _symptoms(journal) == [("cramp", 5)]


def _computer_b(data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Journal:
    """The journal as synced to computer B (its own device name), to change there."""
    shutil.rmtree(tmp_path / "b", ignore_errors=True)
    shutil.copytree(data_dir, tmp_path / "b")
    monkeypatch.setenv("MG_JOURNAL_DEVICE", "B")
    return Journal.open(tmp_path / "b")


async def _merged(pilot, app: MgJournalApp, b: Journal, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    day = clock.today()
    shutil.copyfile(b.day_path(day), data_dir / COPY.format(day=day.isoformat()))
    note = app.screen.query_one("#sync-note", Static)
    await until(pilot, lambda: note.display, "the merge noted")  # Today looks every 2 s


async def test_u_after_a_merge_takes_back_the_persons_step_not_theirs(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MG_JOURNAL_DEVICE", "A")
    journal = onboarded(Journal.open(data_dir))
    app = MgJournalApp(journal)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        b = _computer_b(data_dir, tmp_path, monkeypatch)
        b.add(food(clock.today(), "Spinach"))
        monkeypatch.setenv("MG_JOURNAL_DEVICE", "A")
        await _log_a_cramp(pilot, app)
        await _merged(pilot, app, b, data_dir)
        await wait_painted(pilot, "Spinach")
        await pilot.press("u")
        await until(pilot, lambda: _symptoms(journal) == [], "the person's cramp undone")
        assert "Undone: cramp added" in told(app)
        await pilot.press("u")
        await until(pilot, lambda: "Nothing to undo" in told(app), "nothing more")
    assert [f.name for f in Journal.open(data_dir).day(clock.today()).foods] == ["Spinach"]


async def test_u_leaves_an_entry_a_merge_changed(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MG_JOURNAL_DEVICE", "A")
    journal = onboarded(Journal.open(data_dir))
    app = MgJournalApp(journal)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await _log_a_cramp(pilot, app)
        b = _computer_b(data_dir, tmp_path, monkeypatch)  # the cramp synced to B
        [theirs] = b.day(clock.today()).symptoms
        assert isinstance(theirs, SymptomEntry)
        b.replace(theirs, dataclasses.replace(theirs, severity=5, note="from B"))
        monkeypatch.setenv("MG_JOURNAL_DEVICE", "A")
        await _merged(pilot, app, b, data_dir)
        await wait_painted(pilot, "from B")
        await pilot.press("u")
        await until(pilot, lambda: any("changed since" in m for m in told(app)), "refused")
        assert not any(m.startswith("Undone") for m in told(app))
    assert _symptoms(Journal.open(data_dir)) == [("cramp", 5)]


async def test_u_after_a_meal_copied_leaves_only_the_food_another_copy_changed(
    data_dir: Path,
) -> None:
    journal = onboarded(Journal.open(data_dir))
    yesterday = clock.today() - timedelta(days=1)
    for name in ("Oat bran", "Banana", "Milk"):
        journal.add(dataclasses.replace(food(yesterday, name, at="07:30"), meal="breakfast"))
    app = MgJournalApp(journal)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("y", "1")
        await until(pilot, lambda: len(stored_foods(data_dir)) == 3, "breakfast copied")
        [banana] = [f for f in journal.day(clock.today()).foods if f.name == "Banana"]
        Journal.open(data_dir).replace(banana, dataclasses.replace(banana, grams=200.0))
        await pilot.press("u")
        await until(pilot, lambda: len(stored_foods(data_dir)) == 1, "the others undone")
        assert told(app)[1:] == [
            f"That food of {clock.today().isoformat()} was changed since by another copy of "
            "Mg Journal or a sync; it was left as it is now.",
            "Undone: breakfast copied: 3 foods, all but 1 left as they are",
        ]
        await wait_painted(pilot, "all but 1 left as they are")
    assert [(f.name, f.grams) for f in stored_foods(data_dir)] == [("Banana", 200.0)]
