"""The footer draws the screen's keys in one line, follows the bindings and the width,
and the mouse reaches each key it draws."""

from __future__ import annotations

from pathlib import Path

from journal.core.person.profile import Profile
from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from journal.tui.screens.help import HelpScreen
from journal.tui.widgets.keys_footer import FooterItem, KeysFooter
from tests.helpers import onboarded
from tests.ui.painted import painted_lines


def footer_items(app: MgJournalApp) -> dict[str, FooterItem]:
    return {item.key: item for item in app.screen.query_one(KeysFooter).items}


def footer_line(app: MgJournalApp) -> str:
    return app.screen.query_one(KeysFooter).render().plain


async def test_the_footer_line_at_80_columns(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        line = footer_line(app)
        # Compact, the dashboard's name short: m (supplement) fits beside ? Help.
        assert line == (
            "c Cramp x Factor d Dash f Food m Supplement q Quit u Undo ? Help   ▏^p Commands "
        )
        assert len(line) == 80
        items = footer_items(app)
        # Each key's columns are where its text is drawn.
        for item in items.values():
            assert item.key_display in line[item.start : item.end]
            assert item.description in line[item.start : item.end]


async def test_a_moved_key_shows_in_the_footer_at_once(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.save_profile(Profile(onboarded=True, keymap={"cramp": "C"}), announce=False)
        await pilot.pause()
        keys = {item.action: item.key for item in footer_items(app).values()}
        assert keys["log_symptom('cramp')"] == "C"
        assert " C Cramp " in footer_line(app)


async def test_keys_join_and_leave_the_footer_as_the_terminal_widens(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        shown = set(footer_items(app))
        assert {"c", "m"} <= shown and not {"w", "left_square_bracket"} & shown
        await pilot.resize_terminal(180, 24)
        await pilot.pause()
        shown = set(footer_items(app))
        assert {"c", "w", "m", "left_square_bracket", "exclamation_mark"} <= shown
        assert "[ Prev day" in footer_line(app)
        await pilot.resize_terminal(100, 24)
        await pilot.pause()
        shown = set(footer_items(app))
        assert "m" in shown and not {"w", "left_square_bracket"} & shown


async def test_a_narrow_dashboard_footer_is_compact(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("d")
        await app.workers.wait_for_complete()
        await pilot.pause()
        line = footer_line(app)
        assert line.startswith("esc Back 1 30d 2 90d ")
        assert line.endswith("▏^p Commands ") and len(line) == 80


async def test_every_dashboard_key_is_on_screen_at_any_width(data_dir: Path) -> None:
    # At 80 columns l and c were left out of the footer, and from 110 to 122 columns
    # "c Complete days / any fo" ran under the palette's key, hiding "? Help".
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("d")
        await app.workers.wait_for_complete()
        for width, words in [
            (80, ["l Low day", "c Days"]),
            (109, ["l Low day", "c Days"]),
            (110, ["l Low-day threshold", "c Complete days / any food"]),
            (120, ["l Low-day threshold", "c Complete days / any food"]),
            (121, [" l Low-day threshold ", " c Complete days / any food "]),
            (200, [" l Low-day threshold ", " c Complete days / any food "]),
        ]:
            await pilot.resize_terminal(width, 24)
            await pilot.pause()
            last = painted_lines(app)[-1]
            for word in ["esc Back", "1 30", "2 90", "3 Year", "4 All", "t Tables", *words]:
                assert word in last, (width, last)
            assert "? Help " in last and last.endswith("▏^p Commands "), (width, last)


async def test_the_key_under_the_pointer_is_highlighted_and_acts_on_a_click(
    data_dir: Path,
) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        footer = app.screen.query_one(KeysFooter)
        help_key = footer_items(app)["question_mark"]
        await pilot.hover(KeysFooter, offset=(help_key.start + 1, 0))
        assert footer.hovered is not None and footer.items[footer.hovered] == help_key
        await pilot.click(KeysFooter, offset=(help_key.start + 1, 0))
        assert isinstance(app.screen, HelpScreen)


async def test_todays_first_day_keys_are_on_its_footer_at_any_width(data_dir: Path) -> None:
    # At 80 columns m (supplement) was left off the footer, though help listed it.
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for width in (80, 83, 90, 91, 100, 120, 135, 150, 200):
            await pilot.resize_terminal(width, 24)
            await pilot.pause()
            last = painted_lines(app)[-1]
            for word in ["c Cramp", "x Factor", "f Food", "m Supplement", "q Quit", "u Undo"]:
                assert word in last, (width, last)
            assert "d Dash" in last and "? Help " in last, (width, last)
            assert last.endswith("▏^p Commands "), (width, last)
        await pilot.press("c", "escape")  # a row: the table's Delete joins from 90 columns
        for width in (90, 100):
            await pilot.resize_terminal(width, 24)
            await pilot.pause()
            last = painted_lines(app)[-1]
            assert "m Supplement" in last and "? Help " in last, (width, last)
