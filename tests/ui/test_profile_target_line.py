"""The profile form says one true thing at a time: each error at its own field, and the
target line ("Your target: ...") the target, or the one field it waits for.

Before: a birth year of 2030 (its error shown), then a 5 typed in the custom target: the
year's error went and the target line said "finish the target to see it", while the
year was the mistake. After Save refused a target of 5, the error under the target and
the line below it disagreed: "below every RDA" and "finish the target".
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from journal.core.person.profile import Profile
from journal.store.journal import Journal
from journal.store.profile import load_profile, save_profile
from journal.tui.app import MgJournalApp
from journal.tui.screens.profile import ProfileScreen
from tests.ui.painted import squeezed, wait_painted
from tests.ui.test_form_errors_visible import line_below
from tests.waiting import until

SIZE = (80, 24)
FUTURE = "2030 is in the future (this year is 2026)"
BELOW = "5 mg is below every RDA (the lowest is 30)"
WHOLE = "199 is not a whole year: type all four digits, e.g. 1990"


async def _profile(pilot, app: MgJournalApp) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("p")
    await until(pilot, lambda: isinstance(app.screen, ProfileScreen), "the profile form")


def _target_line(app: MgJournalApp) -> str:
    """The target line as the form holds it (the tests see it painted too)."""
    return str(app.screen.query_one("#result", Static).render()).removeprefix("Your target: ")


def _journal(data_dir: Path) -> Journal:
    journal = Journal.open(data_dir)
    save_profile(journal, Profile(sex="female", onboarded=True))
    return journal


async def test_a_bad_year_stays_at_its_field_while_a_target_is_typed(data_dir: Path) -> None:
    app = MgJournalApp(_journal(data_dir))
    async with app.run_test(size=SIZE) as pilot:
        await _profile(pilot, app)
        await pilot.click("#born")
        await pilot.press(*"2030")
        await wait_painted(pilot, FUTURE)
        await pilot.click("#custom-target")
        await pilot.press("5")  # on its way to 50 or 500: not wrong yet
        await until(pilot, lambda: "mg a day" not in _target_line(app), "the target line")
        assert FUTURE in line_below(app, "Birth year")
        assert _target_line(app) == "fix the birth year marked above to see it."
        await wait_painted(pilot, "Your target: fix the birth year marked above")
        assert BELOW not in squeezed(app)


async def test_a_refused_target_is_named_at_its_field_and_on_the_target_line(
    data_dir: Path,
) -> None:
    app = MgJournalApp(_journal(data_dir))
    async with app.run_test(size=SIZE) as pilot:
        await _profile(pilot, app)
        await pilot.click("#custom-target")
        await pilot.press("5")
        await wait_painted(pilot, "finish the custom target to see it.")
        await pilot.press("ctrl+s")
        await wait_painted(pilot, "fix the custom target marked above to see it.")
        assert BELOW in line_below(app, "Custom target")
        assert "finish" not in _target_line(app)
        await pilot.press("0")
        await wait_painted(pilot, "Your target: 50 mg a day (custom)")
        assert BELOW not in squeezed(app)
    assert load_profile(Journal.open(data_dir)).custom_target_mg is None  # never saved


async def test_two_refused_fields_each_keep_their_error_until_changed(data_dir: Path) -> None:
    app = MgJournalApp(_journal(data_dir))
    async with app.run_test(size=SIZE) as pilot:
        await _profile(pilot, app)
        await pilot.click("#born")
        await pilot.press(*"199")
        await pilot.click("#custom-target")
        await pilot.press("5", "ctrl+s")
        await wait_painted(pilot, BELOW)
        assert WHOLE in line_below(app, "Birth year")
        assert _target_line(app) == "fix the birth year marked above to see it."
        await wait_painted(pilot, "Your target: fix the birth year marked above")
        await pilot.click("#born")
        await pilot.press("end", "0")  # 1990: the year is right, the target still refused
        await wait_painted(pilot, "fix the custom target marked above to see it.")
        assert WHOLE not in squeezed(app)
        assert BELOW in line_below(app, "Custom target")
    assert load_profile(Journal.open(data_dir)).birth_year is None
