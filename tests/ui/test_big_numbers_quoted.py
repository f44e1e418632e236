"""A number too large is quoted as typed, not in exponent form ("1.23457e+06")."""

from __future__ import annotations

from pathlib import Path

from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from tests.helpers import onboarded
from tests.ui.painted import wait_painted


async def test_minutes_too_many_are_quoted_as_typed(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("x", "e", *"1234567", "enter")
        await wait_painted(pilot, "1234567 is more than the most allowed (1440)")


async def test_a_supplement_dose_too_large_is_quoted_as_typed(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("m", *"99999999", "enter")
        await wait_painted(pilot, "99999999 is more than the most allowed (5000)")


async def test_an_emptied_time_says_so(data_dir: Path) -> None:
    """Before: "time: '' is not a time like 06:30 or 7am", quoting nothing."""
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c", "tab", "ctrl+u", "enter")
        await wait_painted(pilot, "time: empty; type one like 06:30 or 7am")
