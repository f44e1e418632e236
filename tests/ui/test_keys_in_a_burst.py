"""Keys that arrive together (typed fast, pasted, sent by tmux) act as they would one by
one: none after `q`, and none lost or crashing while the form they meant is still composing."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from textual import events
from textual.pilot import Pilot

from journal.core.entries.models import SymptomEntry
from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from journal.tui.screens.symptom_form import DetailPicks, SymptomForm
from tests.helpers import onboarded
from tests.waiting import until

TODAY = date(2026, 11, 25)


def stored(data_dir: Path) -> list[SymptomEntry]:
    return Journal.open(data_dir).day(TODAY).symptoms


def burst(pilot: Pilot[Any], keys: list[str]) -> None:
    """Send `keys` as a terminal delivers a fast burst: all queued before the first is
    handled (`pilot.press` waits for the app to settle after each key)."""
    driver = pilot.app._driver
    assert driver is not None
    for key in keys:
        event = events.Key(key, key if len(key) == 1 else None)
        event.set_sender(pilot.app)
        driver.send_message(event)


async def test_nothing_is_logged_by_keys_after_q(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test() as pilot:
        await pilot.pause()
        burst(pilot, ["q", "e", "t"])  # e logs fatigue, t picks the thigh
        await until(pilot, lambda: app.quitting, "the app to begin quitting")
        for _ in range(5):  # give any queued key the chance to act
            await pilot.pause()
    assert app.return_code == 0  # no traceback
    assert stored(data_dir) == []


async def test_keys_typed_with_the_symptom_key_fill_its_form(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test() as pilot:
        await pilot.pause()
        burst(pilot, ["e", "t", "3", "enter"])
        await until(pilot, lambda: any(e.severity for e in stored(data_dir)), "the details saved")
        [entry] = stored(data_dir)
        assert (entry.kind, entry.where, entry.severity) == ("fatigue", "thigh", 3)
        assert not isinstance(app.screen, SymptomForm)


async def test_a_key_reaching_the_form_before_it_is_composed_counts(data_dir: Path) -> None:
    """While the app quits, a key reached the form before its widgets existed (NoMatches,
    a traceback); a pilot cannot time that, so the key's action is run as Textual did."""
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test() as pilot:
        await pilot.press("e")
        [entry] = stored(data_dir)
        results: list[SymptomEntry | None] = []
        form = SymptomForm(entry)
        app.push_screen(form, results.append)
        form.action_place("thigh")  # before compose: no DetailPicks yet
        form.action_severity(2)
        await until(pilot, lambda: form.query("#picks"), "the form composed")
        picks = form.query_one(DetailPicks)
        assert (picks.where, picks.severity) == ("thigh", 2)  # shown as chosen
        await pilot.press("enter")
        await until(pilot, lambda: results, "the form to close")
    assert results[0] is not None
    assert (results[0].where, results[0].severity) == ("thigh", 2)


async def test_enter_before_the_form_is_composed_keeps_time_and_note(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test() as pilot:
        await pilot.press("e", "escape")
        [entry] = stored(data_dir)
        results: list[SymptomEntry | None] = []
        form = SymptomForm(entry)
        app.push_screen(form, results.append)
        form.action_severity(4)
        form.action_save()  # before compose: no time or note field yet
        await until(pilot, lambda: results, "the form to close")
    assert results[0] is not None
    assert (results[0].time, results[0].note, results[0].severity) == (entry.time, "", 4)


async def test_words_typed_in_a_burst_after_the_severity_all_reach_the_note(
    data_dir: Path,
) -> None:
    """tmux sent 'c 3 woke me' at once: the w moved the focus to the note, but the o and
    e behind it, queued before the focus moved, picked places and the note read 'wkm'."""
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test() as pilot:
        await pilot.press("c", "3")
        await until(pilot, lambda: isinstance(app.screen, SymptomForm), "the form")
        burst(pilot, [*"woke me", "enter"])
        await until(pilot, lambda: any(e.note for e in stored(data_dir)), "the note saved")
        [entry] = stored(data_dir)
        assert (entry.severity, entry.where, entry.note) == (3, None, "woke me")
