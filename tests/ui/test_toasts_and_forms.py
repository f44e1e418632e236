"""Issue 24, items 8 and 13: one toast per action, a delete's toast names undo, the edit form
says what escape does there, and `q` on the welcome form does not throw it away."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from textual.widgets import Input

from journal.core import clock
from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from journal.tui.screens.onboarding import OnboardingScreen
from journal.tui.screens.portion import PortionScreen
from journal.tui.screens.symptom_form import SymptomForm
from journal.tui.screens.today import TodayScreen
from tests.helpers import onboarded, symptom
from tests.ui.food_helpers import almonds_at_breakfast, wait_for_foods
from tests.ui.painted import painted_lines, squeezed

SIZE = (100, 30)
TODAY = date(2026, 11, 25)


def toasts(app: MgJournalApp) -> list[str]:
    return [n.message for n in app._notifications]


async def test_a_cramp_with_details_is_one_toast_and_one_undo(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    app = MgJournalApp(journal)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, SymptomForm)
        await pilot.press("3", "enter")
        await pilot.pause()
        assert toasts(app) == ["cramp added"]
        assert squeezed(app).count("cramp added") == 1  # painted once, nothing about "changed"
        assert "changed" not in squeezed(app)
        app.clear_notifications()
        await pilot.press("u")
        await pilot.pause()
        # One undo takes the whole action back, with one toast.
        assert toasts(app) == ["Undone: cramp added"]
        assert journal.day(clock.today()).symptoms == []


async def test_a_supplement_or_a_factor_is_named_as_shown_in_its_toasts(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    app = MgJournalApp(journal)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("m", *"200", "enter")
        await pilot.pause()
        await pilot.press("u")
        await pilot.pause()
        assert toasts(app)[-1] == "Undone: magnesium citrate added"  # not "supplements"
        app.clear_notifications()
        await pilot.press("x", "p")  # poor sleep
        await pilot.pause()
        await pilot.press("escape", "u")
        await pilot.pause()
        assert toasts(app)[-1] == "Undone: poor sleep added"  # not "poor_sleep"


async def test_escape_on_a_new_cramp_still_says_added_once(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("c", "escape")
        await pilot.pause()
        assert toasts(app) == ["cramp added"]


async def test_deleting_a_row_says_u_undoes_it(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    journal.add(symptom(clock.today()))
    app = MgJournalApp(journal)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        app.screen.query_one("#symptoms").focus()
        await pilot.press("delete")
        await pilot.pause()
        assert toasts(app) == ["cramp deleted · u undoes it"]
        assert "cramp deleted · u undoes it" in squeezed(app)


async def test_the_form_opened_to_edit_says_escape_leaves_it_unchanged(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    journal.add(symptom(clock.today()))
    app = MgJournalApp(journal)
    async with app.run_test(size=SIZE) as pilot:
        app.screen.query_one("#symptoms").focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SymptomForm)
        text = squeezed(app)
        assert "Esc leaves it unchanged" in text
        assert "first recorded" not in text
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)


async def test_q_on_a_welcome_checkbox_keeps_the_form(data_dir: Path) -> None:
    app = MgJournalApp(Journal.open(data_dir))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, OnboardingScreen)
        await pilot.click("#born")
        await pilot.press(*"1990")
        app.screen.query_one("#pregnant").focus()
        await pilot.press("q")
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, OnboardingScreen)
        assert app.screen.query_one("#born", Input).value == "1990"
        assert "q does not quit the welcome" in squeezed(app)


async def test_the_food_edit_screen_changes_the_time_eaten(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    journal.add(almonds_at_breakfast(TODAY))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_foods(pilot)
        app.screen.query_one("#foods").focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PortionScreen)
        assert "at ▊ 08:00" in squeezed(app)  # the time field, painted with its value
        app.screen.query_one("#portion-time", Input).value = ""
        await pilot.click("#portion-time")
        await pilot.press(*"25:00", "enter")
        await pilot.pause()
        assert isinstance(app.screen, PortionScreen)
        lines = painted_lines(app)
        row = next(i for i, line in enumerate(lines) if "at ▊" in line)
        said = next(i for i, line in enumerate(lines) if "is not a time" in line)
        assert said == row + 2  # under the time field, not the amount ten lines above
        await pilot.press(*["backspace"] * 5, *"10:15", "enter")  # later than 09:30
        await pilot.pause()
        assert "10:15 is later than now (09:30)" in squeezed(app)
        assert isinstance(app.screen, PortionScreen)
        await pilot.press(*["backspace"] * 5, *"07:15", "enter")
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
    [edited] = Journal.open(data_dir).day(TODAY).foods
    assert edited.time == time(7, 15) and edited.mg == 76.0


async def test_the_welcomes_help_does_not_call_q_quit(data_dir: Path) -> None:
    import re

    app = MgJournalApp(Journal.open(data_dir))
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        lines = painted_lines(app)
        assert any(re.search(r"(?<![\^\w])q\s+Stays here \(Escape skips\)", line) for line in lines)
        assert not any(re.search(r"(?<![\^\w])q\s+Quit", line) for line in lines)  # ^q quits
