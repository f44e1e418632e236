"""Strange text and numbers typed into the forms: kept exactly and shown literally, or refused.

Each app session takes seconds under Pilot, so hypothesis draws a few lists of
values and each list runs through one session; a fixed corpus of the worst
cases (markup, escapes, emoji, right-to-left, 10,000 characters) always runs.
"""

from __future__ import annotations

import asyncio
import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.text import Text
from textual.widgets import DataTable, Input, Static

from journal.core import clock, validate
from journal.core.person.day_targets import record
from journal.core.person.eras import typed_target
from journal.core.person.profile import Profile
from journal.core.validate import ValidationError
from journal.store.journal import Journal
from journal.store.profile import load_profile
from journal.tui.app import MgJournalApp
from journal.tui.screens.profile import ProfileScreen
from journal.tui.screens.symptom_form import SymptomForm
from tests.helpers import onboarded
from tests.reliability.test_fuzz import NASTY, NUMBERS

TODAY = date(2026, 11, 25)
SIZE = (100, 30)
SESSIONS = settings(max_examples=2, deadline=None, suppress_health_check=list(HealthCheck))
WORST_NOTES = [
    "[b",
    "[/]",
    "[link=x]click[/link]",
    "[bold red]loud[/] \\[",
    "\x1b[31mred\x1b[0m",
    "line\rbreak",
    "👩‍⚕️ cramp 🦵🏽",
    "\u202eright-to-left \u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627",
    "x" * 10_000,
]
WORST_NUMBERS = ["1,5", "1e400", "nan", "-inf", "-3", "99999999999999999999", "３１０", ""]


def note_ok(note: str) -> bool:
    try:
        validate.note(note)
    except ValidationError:
        return False
    return True


async def notes_session(root: Path, notes: list[str]) -> None:
    app = MgJournalApp(onboarded(Journal.open(root)))
    async with app.run_test(size=SIZE) as pilot:
        for note in notes:
            await pilot.press("c")
            form = app.screen
            assert isinstance(form, SymptomForm)
            bare = form.entry
            form.query_one("#note", Input).value = note
            await pilot.press("enter")
            stored = {e.id: e for e in Journal.open(root).day(TODAY).symptoms}[bare.id]
            if note_ok(note):
                assert app.screen is not form
                assert stored.note == note
                cell = app.screen.query_one("#symptoms", DataTable).get_row(bare.id)[3]
                assert isinstance(cell, Text) and cell.plain == note  # no markup read in it
            else:
                assert app.screen is form
                error = form.query_one("#note-error", Static)
                assert error.display and "control characters" in str(error.render())
                assert stored == bare  # the keystroke's entry, unchanged
                await pilot.press("escape")


async def profile_session(root: Path, values: list[tuple[str, str]]) -> None:
    journal = onboarded(Journal.open(root))
    app = MgJournalApp(journal)
    async with app.run_test(size=SIZE) as pilot:
        for born, target in values:
            before = load_profile(journal)
            await pilot.press("p")
            screen = app.screen
            assert isinstance(screen, ProfileScreen)
            born_input = screen.query_one("#born", Input)
            target_input = screen.query_one("#custom-target", Input)
            born_input.value, target_input.value = born, target
            await pilot.pause()
            opened = "" if before.custom_target_mg is None else f"{before.custom_target_mg:g}"
            try:
                typed = {
                    "birth_year": born_input.value,
                    "custom_target_mg": before.custom_target_mg,
                }
                if target_input.value.strip() != opened:  # a saved target is not held to it
                    # a typed one: the lowest RDA at least, "350mg" read as 350
                    typed["custom_target_mg"] = typed_target(target_input.value)
                # A changed custom target holds from today; the days before keep theirs.
                expected: Profile | None = record(before, before.but(**typed), clock.today())
            except ValidationError:
                expected = None
            await pilot.press("ctrl+s")
            if expected is not None:
                assert app.screen is not screen
                assert load_profile(journal) == expected
            else:
                assert app.screen is screen
                errors = [str(s.render()) for s in screen.query(".field-error").results(Static)]
                assert any(errors), "a refused value shows a message"
                assert load_profile(journal) == before
                await pilot.press("escape")


def test_the_worst_notes_in_the_symptom_form(data_dir: Path) -> None:
    asyncio.run(notes_session(data_dir, WORST_NOTES))


@SESSIONS
@given(st.lists(NASTY, min_size=4, max_size=4))
def test_fuzzed_notes_in_the_symptom_form(notes: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        asyncio.run(notes_session(Path(tmp), notes))


def test_the_worst_numbers_in_the_profile_form(data_dir: Path) -> None:
    pairs = list(zip(WORST_NUMBERS, reversed(WORST_NUMBERS), strict=True))
    asyncio.run(profile_session(data_dir, [("1980", "350"), *pairs]))


@SESSIONS
@given(st.lists(st.tuples(NUMBERS.map(str), NUMBERS.map(str)), min_size=3, max_size=3))
def test_fuzzed_numbers_in_the_profile_form(values: list[tuple[str, str]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        asyncio.run(profile_session(Path(tmp), values))
