"""Issue 24, item 6: at 80x24 and 100x30 nothing a newcomer needs is cut off: food names and
portions wrap, Save stays in view on the welcome and the profile, toasts leave form hints
visible, and the footer's last key is whole."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from journal.core.entries.models import FoodEntry, SymptomEntry
from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from journal.tui.screens.onboarding import OnboardingScreen
from journal.tui.screens.profile import ProfileScreen
from journal.tui.widgets.entry_tables import SymptomTable
from tests.helpers import onboarded
from tests.ui.food_helpers import almonds_at_breakfast, wait_for_foods
from tests.ui.painted import painted_lines, squeezed
from tests.waiting import until

TODAY = date(2026, 11, 25)
SIZES = [(80, 24), (100, 30)]


@pytest.mark.parametrize("size", SIZES)
async def test_today_shows_whole_food_names_and_portions(
    data_dir: Path, size: tuple[int, int]
) -> None:
    journal = onboarded(Journal.open(data_dir))
    name = "Coffee, brewed from grounds, prepared with tap water"
    journal.add(
        FoodEntry(TODAY, time(7), name, 237.0, 7.0, 2.0, "breakfast", portion="1 cup (8 fl oz)")
    )
    journal.add(
        FoodEntry(
            TODAY,
            time(8),
            "Bananas, raw",
            118.0,
            32.0,
            105.0,
            "breakfast",
            portion='1 medium (7" to 7-7/8" long)',
        )
    )
    app = MgJournalApp(journal)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        lines = painted_lines(app)
        header = next(line for line in lines if "Food" in line and "Amount" in line)
        food, amount, mg = header.index("Food"), header.index("Amount"), header.index(" Mg ")
        below = lines[lines.index(header) + 1 :]
        names = " ".join(" ".join(line[food:amount] for line in below).split())
        assert name in names
        amounts = " ".join(" ".join(line[amount:mg] for line in below).split())
        assert "1 cup (8 fl oz)" in amounts and '1 medium (7" to 7-7/8" long)' in amounts
        assert "…" not in squeezed(app)


@pytest.mark.parametrize("size", SIZES)
async def test_welcome_save_stays_in_view_once_the_target_shows(
    data_dir: Path, size: tuple[int, int]
) -> None:
    app = MgJournalApp(Journal.open(data_dir))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, OnboardingScreen)
        await pilot.click("#born")
        await pilot.press(*"1990")
        await pilot.click("#pregnant")
        await pilot.pause()
        text = squeezed(app)
        assert "Your target: 360 mg a day" in text
        assert "Save and start" in text and "Skip" in text
        await pilot.click("#save")
        await pilot.pause()
        assert not isinstance(app.screen, OnboardingScreen)


@pytest.mark.parametrize("size", SIZES)
async def test_profile_save_stays_in_view_and_toasts_leave_hints(
    data_dir: Path, size: tuple[int, int]
) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=size, notifications=True) as pilot:
        await pilot.press("p")
        await pilot.click("#born")
        await pilot.press(*"1990")
        await pilot.pause()
        assert isinstance(app.screen, ProfileScreen)
        app.say("Profile saved: target 320 mg a day")  # a toast over the form
        await pilot.pause()
        lines = painted_lines(app)
        assert any("Save" in line and "Cancel" in line for line in lines)
        assert "Supplements: at most 350 mg" in squeezed(app)
        assert "Profile saved: target 320 mg a day" in squeezed(app)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("keys", [(), ("d",)])
async def test_the_footer_s_last_key_is_whole(
    data_dir: Path, size: tuple[int, int], keys: tuple[str, ...]
) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=size) as pilot:
        await pilot.press(*keys)
        await app.workers.wait_for_complete()
        await pilot.pause()
        footer = painted_lines(app)[-1]
        assert "? Help" in footer and "^p Commands" in footer


@pytest.mark.parametrize("size", SIZES)
async def test_a_toast_leaves_the_portion_hint_in_view(
    data_dir: Path, size: tuple[int, int]
) -> None:
    journal = onboarded(Journal.open(data_dir))
    journal.add(almonds_at_breakfast(TODAY))
    app = MgJournalApp(journal)
    async with app.run_test(size=size, notifications=True) as pilot:
        await wait_for_foods(pilot)
        app.screen.query_one("#foods").focus()
        await pilot.press("enter")
        await pilot.pause()
        app.say("Nuts, almonds changed")
        await pilot.pause()
        text = squeezed(app)
        assert "Nuts, almonds changed" in text
        assert "↑↓ unit · Tab meal, time · Enter saves it · Esc back" in text


# "d Dash": at 80 columns the footer names it short so m Supplement fits.
FOOTER_KEYS = (
    "c Cramp",
    "x Factor",
    "d Dash",
    "f Food",
    "m Supplement",
    "q Quit",
    "u Undo",
    "? Help",
)


def footer_is_whole(app: MgJournalApp) -> str:
    """The bottom row: every key of Today's footer on it, none cut or covered."""
    footer = painted_lines(app)[-1]
    for key in (*FOOTER_KEYS, "^p Commands"):
        assert key in footer, f"{key!r} is not whole in the footer: {footer!r}"
    return footer


def toasts(app: MgJournalApp) -> str:
    """The painted text without the toasts' left edge, so a wrapped message reads whole."""
    return " ".join(" ".join(painted_lines(app)).replace("▌", " ").split())


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_toasts_sit_above_the_footer_and_its_keys_fit_on_the_symptoms(
    data_dir: Path, size: tuple[int, int]
) -> None:
    journal = onboarded(Journal.open(data_dir))
    journal.add(SymptomEntry(TODAY, time(8), "cramp"))
    app = MgJournalApp(journal)
    async with app.run_test(size=size, notifications=True) as pilot:
        await pilot.press("tab")  # to the symptoms' rows: the table adds its Delete key
        await until(pilot, lambda: isinstance(app.focused, SymptomTable), "the symptoms' rows")
        footer = footer_is_whole(app)
        assert ("del Delete" in footer) == (size[0] >= 90)  # where it fits beside Help
        await pilot.press("delete")
        await until(pilot, lambda: "cramp deleted · u undoes it" in toasts(app), "the toast")
        footer = footer_is_whole(app)
        assert "deleted" not in footer
        # A message of two lines at 80 columns: both above the footer, the footer whole.
        await pilot.press("left_square_bracket", "exclamation_mark")
        done = "24 November marked complete · u undoes it"
        await until(pilot, lambda: done in toasts(app), "the two-line toast, whole")
        footer_is_whole(app)
        assert "undoes" not in painted_lines(app)[-1]
