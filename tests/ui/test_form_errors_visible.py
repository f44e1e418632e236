"""Issue 24, item 1: a bad profile field's message is on screen, at the field, and nothing is saved.

Checked on the painted screen: a message a widget holds but does not show
(hidden by a stylesheet rule, zero height) fails these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from journal.core.person.profile import Profile
from journal.store.journal import Journal
from journal.store.profile import load_profile, save_profile
from journal.tui.app import MgJournalApp
from journal.tui.screens.onboarding import OnboardingScreen
from journal.tui.screens.profile import ProfileScreen
from tests.ui.painted import painted_lines, squeezed


def line_below(app: MgJournalApp, label: str) -> str:
    """The painted row under the row that holds `label`."""
    lines = painted_lines(app)
    row = next(n for n, line in enumerate(lines) if label in line)
    return lines[row + 1]


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("2030", "2030 is in the future (this year is 2026); give the year you were born"),
        ("19q5", "'19q5' is not a year like 1990"),
        ("1850", "1850 is before 1900; give the year you were born, 1900 to 2026"),
    ],
)
async def test_welcome_shows_a_bad_birth_year_under_the_field(
    data_dir: Path, typed: str, message: str
) -> None:
    app = MgJournalApp(Journal.open(data_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, OnboardingScreen)
        await pilot.click("#born")
        await pilot.press(*typed, "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, OnboardingScreen)
        assert message[:30] in line_below(app, "Birth year")
        assert message in squeezed(app)  # what to give, in view too
        # The preview no longer shows a target the fields do not give.
        text = squeezed(app)
        assert "mg a day" not in text.split("Your target:")[1].split("Save")[0]
        assert "fix the birth year marked above" in text
        # Corrected, the message goes and the target comes back.
        await pilot.press("backspace", "backspace", "backspace", "backspace", *"1990")
        await pilot.pause()
        assert message not in squeezed(app)
    assert not (data_dir / "profile.json").exists()


async def test_profile_screen_shows_a_bad_custom_target_and_keeps_the_old(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    save_profile(journal, Profile(sex="female", birth_year=1990, onboarded=True))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("p")
        assert isinstance(app.screen, ProfileScreen)
        await pilot.click("#custom-target")
        await pilot.press(*"-50", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ProfileScreen)
        assert "give more than 0" in line_below(app, "Custom target")
        assert "320 mg a day" not in squeezed(app)
    assert load_profile(Journal.open(data_dir)).custom_target_mg is None


async def test_a_space_before_the_birth_year_keeps_all_four_digits(data_dir: Path) -> None:
    app = MgJournalApp(Journal.open(data_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.click("#born")
        await pilot.press("space", *"1990", "ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, OnboardingScreen)  # saved
    assert load_profile(Journal.open(data_dir)).birth_year == 1990


async def test_a_birth_year_half_typed_is_not_called_wrong(data_dir: Path) -> None:
    app = MgJournalApp(Journal.open(data_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.click("#born")
        await pilot.press(*"199")
        await pilot.pause()
        text = squeezed(app)
        assert "before 1900" not in text and "finish the birth year" in text
        await pilot.press("ctrl+s")  # saving says what is wrong, at the field
        await pilot.pause()
        assert "199 is not a whole year: type all four digits" in line_below(app, "Birth year")
        await pilot.press("0")
        await pilot.pause()
        assert "before 1900" not in squeezed(app) and "Your target: 420 mg" in squeezed(app)
