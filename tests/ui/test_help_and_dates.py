"""Help (? and F1) lists the live keys and the shell; g goes to a typed day."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from journal.core.entries.kinds import CustomKind
from journal.core.person.profile import Profile
from journal.store.journal import Journal
from journal.store.kinds import add_kind
from journal.store.profile import save_profile
from journal.tui.app import MgJournalApp
from journal.tui.screens.dashboard import DashboardScreen
from journal.tui.screens.go_to_date import GoToDate
from journal.tui.screens.help import HelpScreen
from journal.tui.screens.today import TodayScreen
from tests.helpers import onboarded
from tests.ui.painted import painted_lines
from tests.waiting import until

SIZE = (100, 30)


def text_of(app: MgJournalApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def test_question_mark_opens_help_with_todays_keys_and_escape_closes(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        keys = text_of(app, "#keys")
        for line in (
            "c         Cramp",
            "x         Factor",
            "g         Go to date",
            "del       Delete",
        ):
            assert line in keys
        for group in ("Navigation", "Symptoms", "Factors", "Views", "App"):
            assert f"{group}\n" in keys
        assert "tab" not in keys  # Textual's own focus keys are not ours to list
        shell = text_of(app, "#shell")
        assert "mg-journal log cramp --severity 3 --where calf" in shell
        assert "backup" in shell and "mg-journal backup -o journal.zip" in shell
        assert str(data_dir) in text_of(app, "#data")
        await pilot.press("escape")
        assert isinstance(app.screen, TodayScreen)


async def test_f1_opens_help_for_the_screen_it_came_from(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("d")
        assert isinstance(app.screen, DashboardScreen)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        keys = text_of(app, "#keys")
        assert "Low-day threshold" in keys and "30d" in keys
        assert "Cramp" not in keys  # Today's keys do not work on the dashboard
        await pilot.press("f1")  # a second F1 does not stack another help
        await pilot.press("escape")
        assert isinstance(app.screen, DashboardScreen)


async def test_help_shows_a_kinds_name_literally_and_the_moved_key(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    save_profile(journal, Profile(onboarded=True, keymap={"cramp": "C"}))
    add_kind(journal, CustomKind("[bold]restless[/]", "r"), set())
    app = MgJournalApp(journal)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        keys = text_of(app, "#keys")
        assert "r         [bold]restless[/]" in keys
        assert "C         Cramp" in keys and "c         Cramp" not in keys


async def test_g_goes_to_a_typed_day(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=SIZE) as pilot:
        for typed, day in (("yesterday", date(2026, 11, 24)), ("-3", date(2026, 11, 22))):
            await pilot.press("g")
            assert isinstance(app.screen, GoToDate)
            await pilot.press(*typed, "enter")
            assert isinstance(app.screen, TodayScreen) and app.screen.shown == day
        await pilot.press("g", *"mon", "enter")
        assert app.screen.shown == date(2026, 11, 23)  # type: ignore[attr-defined]
        assert "Monday 23 November 2026" in text_of(app, "#date-title")
        await pilot.press("g", *"2026-11-03", "enter")
        assert app.screen.shown == date(2026, 11, 3)  # type: ignore[attr-defined]


async def test_the_day_heading_keeps_its_place_after_g(data_dir: Path) -> None:
    # The dialog's own title style once leaked onto Today's heading, moving it up a row.
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        heading = app.screen.query_one("#date-title")
        before = (heading.region, heading.styles.padding)
        await pilot.press("g", *"yesterday", "enter")
        await pilot.pause()
        heading = app.screen.query_one("#date-title")
        assert (heading.region, heading.styles.padding) == before


async def test_g_refuses_a_future_or_unknown_day_at_the_field(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("g", *"2026-12-01", "enter")
        assert isinstance(app.screen, GoToDate)
        assert text_of(app, "#day-error") == (
            "2026-12-01 is a day to come; the journal logs days up to today (2026-11-25)"
        )
        app.screen.query_one(Input).value = "[b"
        await pilot.press("enter")
        error = text_of(app, "#day-error")
        assert error.startswith("'[b' is not a day")
        await pilot.press("escape")
        assert isinstance(app.screen, TodayScreen)
        assert app.screen.shown == date(2026, 11, 25)


async def test_help_scrolls_by_keyboard_at_80x24(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        scroller = app.screen.query_one("#help")
        assert scroller.max_scroll_y > 0 and scroller.scroll_y == 0
        await pilot.press("end")
        await until(pilot, lambda: scroller.scroll_y == scroller.max_scroll_y, "the end of help")


async def test_f1_over_a_form_lists_the_forms_keys(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c", "f1")
        assert isinstance(app.screen, HelpScreen)
        keys = text_of(app, "#keys")
        assert "Severity 3" in keys and "Calf" in keys and "Save details" in keys
        assert "Undo" not in keys  # the app's u does not reach into a form
        await pilot.press("escape")
        assert type(app.screen).__name__ == "SymptomForm"


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_help_wraps_a_long_example_within_its_indent(
    data_dir: Path, size: tuple[int, int]
) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=size) as pilot:
        await pilot.press("question_mark")
        scroller = app.screen.query_one("#help")
        lines: list[str] = []
        while True:  # every line of help, read a screen at a time as a person scrolls
            await until(
                pilot, lambda: scroller.scroll_y == scroller.scroll_target_y, "help to settle"
            )
            await pilot.pause()
            lines.extend(painted_lines(app))
            if scroller.scroll_y >= scroller.max_scroll_y:
                break
            await pilot.press("pagedown")
        start = next(i for i, line in enumerate(lines) if "mg-journal report --days 90" in line)
        indent = lines[start].index("mg-journal report")
        rest = next(line for line in lines[start:] if "report.html" in line)
        assert rest.index("report.html") >= indent  # not at the column edge, out of the list
        assert "-o report.html" in rest  # an option stays with its value
        heading = next(line for line in lines if "Your data" in line).index("Your data")
        files = next(line for line in lines if "kinds.json" in line)
        assert files.index("profile.json") == heading + 2
