"""A custom target below every RDA (5 for 50 or 500) is refused at the profile form's
field; one saved before that bound still opens, and the form saves its other fields."""

from __future__ import annotations

import json
from pathlib import Path

from textual.widgets import Input, Static

from journal.core.person.profile import Profile
from journal.store.journal import Journal
from journal.store.profile import save_profile
from journal.tui.app import MgJournalApp
from journal.tui.screens.profile import ProfileScreen
from journal.tui.screens.today import TodayScreen
from tests.waiting import until

SIZE = (80, 24)


def stored(data_dir: Path) -> dict[str, object]:
    doc: dict[str, object] = json.loads((data_dir / "profile.json").read_text())["profile"]["1"]
    return doc


async def test_a_target_of_5_is_refused_at_the_field(data_dir: Path) -> None:
    save_profile(Journal.open(data_dir), Profile(onboarded=True))
    before = (data_dir / "profile.json").read_bytes()
    app = MgJournalApp(Journal.open(data_dir))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("p")
        await until(pilot, lambda: isinstance(app.screen, ProfileScreen), "profile")
        await pilot.click("#custom-target")
        await pilot.press("5")
        error = app.screen.query_one("#target-error", Static)
        result = app.screen.query_one("#result", Static)
        # On the way to 50 or 500: no error yet, the preview waits for the target.
        assert not error.display
        assert "finish the custom target" in str(result.render())
        await pilot.press("enter")
        await until(pilot, lambda: error.display, "the error at the field")
        assert isinstance(app.screen, ProfileScreen)
        assert str(error.render()) == (
            "5 mg is below every RDA (the lowest is 30): type the daily figure in mg, "
            "e.g. 350 or leave it empty for the RDA"
        )
        assert error.region.bottom <= SIZE[1]  # on the 80x24 screen, not below it
        await pilot.press("0", "enter")
        await until(pilot, lambda: isinstance(app.screen, TodayScreen), "Today")
    assert before != (data_dir / "profile.json").read_bytes()
    assert stored(data_dir)["custom_target_mg"] == 50.0


async def test_a_saved_target_of_5_opens_and_the_other_fields_save(data_dir: Path) -> None:
    save_profile(Journal.open(data_dir), Profile(onboarded=True, custom_target_mg=5.0))
    app = MgJournalApp(Journal.open(data_dir))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("p")
        await until(pilot, lambda: isinstance(app.screen, ProfileScreen), "profile")
        assert app.screen.query_one("#custom-target", Input).value == "5"
        assert not app.screen.query_one("#target-error", Static).display
        assert "5 mg a day (custom)" in str(app.screen.query_one("#result", Static).render())
        await pilot.click("#born")
        await pilot.press(*"1990", "enter")
        await until(pilot, lambda: isinstance(app.screen, TodayScreen), "Today")
    assert (stored(data_dir)["birth_year"], stored(data_dir)["custom_target_mg"]) == (1990, 5.0)
