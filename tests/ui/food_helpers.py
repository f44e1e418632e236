"""Shared steps for the food tests: open the app, wait for the food index, read the store."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from textual.pilot import Pilot

from journal.core.entries.models import FoodEntry
from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from tests.helpers import onboarded
from tests.waiting import until

TODAY = date(2026, 11, 25)


def make_app(data_dir: Path) -> MgJournalApp:
    return MgJournalApp(onboarded(Journal.open(data_dir)))


async def wait_for_foods(pilot: Pilot[None]) -> None:
    app = pilot.app
    assert isinstance(app, MgJournalApp)
    app.load_foods()
    await until(pilot, lambda: app.foods is not None, "the food index")
    await pilot.pause()


async def open_recipe(pilot: Pilot[None]) -> None:
    """Today, f, and the food search's ctrl+r: the recipe form, foods loaded."""
    await pilot.press("f")
    await wait_for_foods(pilot)
    await pilot.press("ctrl+r")


async def type_text(pilot: Pilot[None], text: str) -> None:
    await pilot.press(*("space" if ch == " " else ch for ch in text))


async def open_portion(pilot: Pilot[None], words: str) -> None:
    """Press f, type `words` and Enter: the portion step of the first food found."""
    await pilot.press("f")
    await wait_for_foods(pilot)
    await type_text(pilot, words)
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()


def stored_foods(data_dir: Path, day: date = TODAY) -> list[FoodEntry]:
    return Journal.open(data_dir).day(day).foods


def unit_index(app: MgJournalApp, starts: str) -> int:
    """Down-arrow presses from the highlighted unit to the first starting with ``starts``."""
    from textual.widgets import OptionList

    from journal.tui.screens.portion import PortionScreen

    screen = app.screen
    assert isinstance(screen, PortionScreen)
    here = screen.query_one(OptionList).highlighted or 0
    there = next(i for i, (name, _) in enumerate(screen.units) if name.startswith(starts))
    return (there - here) % len(screen.units)


def almonds_at_breakfast(day: date) -> FoodEntry:
    """1 oz of almonds logged at 08:00, as the food screen logs it (a saved food row)."""
    return FoodEntry(
        day,
        time(8),
        "Nuts, almonds",
        28.35,
        76.0,
        163.0,
        "breakfast",
        food_id="usda:12061",
        portion="1 oz (23 whole kernels)",
    )
