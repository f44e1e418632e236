"""Past midnight Today follows the date; the app's edits are built on the entry as it is now."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time
from pathlib import Path

from textual.widgets import Static

from journal.core import clock
from journal.core.entries.models import SymptomEntry
from journal.core.entries.undo import Change
from journal.store.edits import update_entry
from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from tests.helpers import onboarded, symptom
from tests.ui.painted import told

SIZE = (100, 30)
EVENING = datetime(2026, 11, 25, 23, 59, 50)
NIGHT = datetime(2026, 11, 26, 0, 0, 5)


def stored(data_dir: Path, day: date) -> list[SymptomEntry]:
    return Journal.open(data_dir).day(day).symptoms


def title(app: MgJournalApp) -> str:
    return str(app.screen.query_one("#date-title", Static).render())


async def test_a_cramp_logged_just_after_midnight_is_stored_at_the_real_now(
    data_dir: Path,
) -> None:
    clock.set_now(EVENING)
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=SIZE) as pilot:
        assert "2026-11-25" in title(app) or "25" in title(app)
        clock.set_now(NIGHT)  # the app stayed open across midnight
        await pilot.press("c", "escape")
        [entry] = stored(data_dir, NIGHT.date())
        assert (entry.date, entry.time) == (NIGHT.date(), time(0, 0))
        assert stored(data_dir, EVENING.date()) == []
        assert "(today)" in title(app) and "yesterday" not in title(app)


async def test_today_turns_to_the_new_date_by_itself(data_dir: Path) -> None:
    clock.set_now(EVENING)
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=SIZE) as pilot:
        clock.set_now(NIGHT)
        app.screen.follow_today()  # what its 2-second check does
        await pilot.pause()
        assert app.screen.shown == NIGHT.date()  # type: ignore[attr-defined]
        assert "(today)" in title(app)


async def test_a_past_day_being_shown_stays_shown_after_midnight(data_dir: Path) -> None:
    clock.set_now(EVENING)
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("left_square_bracket")  # the day before
        shown = app.screen.shown  # type: ignore[attr-defined]
        assert shown == date(2026, 11, 24)
        clock.set_now(NIGHT)
        await pilot.press("c", "escape")
        [entry] = stored(data_dir, shown)
        assert entry.time == time(12, 0)  # a past day's keystroke: midday, as before
        assert "(yesterday)" not in title(app)


async def test_the_apps_edit_keeps_a_shells_change_to_another_field(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    before = symptom(date(2026, 11, 25), note="first")
    journal.add(before)
    app = MgJournalApp(journal)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        # A shell edits the severity while the app's form is open on the old entry.
        update_entry(journal, before, lambda e: dataclasses.replace(e, severity=4))
        assert app.apply(Change(before, dataclasses.replace(before, where="calf")))
        [now] = stored(data_dir, before.date)
        assert (now.severity, now.where, now.note) == (4, "calf", "first")
        await pilot.press("u")  # undo takes back only what the app changed
        [now] = stored(data_dir, before.date)
        assert (now.severity, now.where) == (4, None)


async def test_the_apps_edit_of_an_entry_deleted_elsewhere_does_not_bring_it_back(
    data_dir: Path,
) -> None:
    journal = onboarded(Journal.open(data_dir))
    before = symptom(date(2026, 11, 25))
    journal.add(before)
    app = MgJournalApp(journal)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        journal.remove(before)  # `mg-journal delete` from a shell
        assert not app.apply(Change(before, dataclasses.replace(before, severity=2)))
        assert stored(data_dir, before.date) == []
        await pilot.pause()
        assert any("no longer in the journal" in message for message in told(app))


async def test_undoing_a_delete_puts_the_entry_back_once(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    entry = symptom(date(2026, 11, 25))
    journal.add(entry)
    app = MgJournalApp(journal)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.apply(Change(entry, None))
        assert stored(data_dir, entry.date) == []
        await pilot.press("u")
        assert stored(data_dir, entry.date) == [entry]


async def test_a_food_whose_portion_step_stays_open_past_midnight_keeps_its_day_and_time(
    data_dir: Path,
) -> None:
    """Opened at 23:59 on the 25th, Enter after midnight: the 25th at 23:59, not 00:00."""
    from tests.ui.food_helpers import open_portion

    clock.set_now(EVENING)
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=SIZE) as pilot:
        await open_portion(pilot, "banana")
        clock.set_now(NIGHT)
        await pilot.press("enter")
        await pilot.pause()
    [entry] = Journal.open(data_dir).day(EVENING.date()).foods
    assert (entry.name, entry.time) == ("Bananas, raw", time(23, 59))
    assert Journal.open(data_dir).day(NIGHT.date()).foods == []


async def test_a_supplement_form_open_past_midnight_keeps_its_day_and_time(
    data_dir: Path,
) -> None:
    clock.set_now(EVENING)
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("m", "2", "0", "0")
        clock.set_now(NIGHT)
        await pilot.press("enter")
        await pilot.pause()
    [entry] = Journal.open(data_dir).day(EVENING.date()).supplements
    assert (entry.mg, entry.time) == (200, time(23, 59))


async def test_a_food_backfilled_on_a_past_day_takes_its_meals_usual_time(
    data_dir: Path,
) -> None:
    from textual.widgets import Select

    from tests.ui.food_helpers import open_portion

    clock.set_now(EVENING)
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("left_square_bracket")
        await open_portion(pilot, "banana")
        app.screen.query_one("#portion-meal", Select).value = "breakfast"
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
    [entry] = Journal.open(data_dir).day(date(2026, 11, 24)).foods
    assert (entry.meal, entry.time) == ("breakfast", time(8, 0))
