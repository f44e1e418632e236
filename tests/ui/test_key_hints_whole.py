"""A dialog's key hints break between their parts, never between a key and its word."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from journal.tui.widgets.key_hint import hint_lines
from tests.helpers import onboarded
from tests.ui.food_helpers import wait_for_foods
from tests.ui.painted import painted, painted_lines, wait_painted

FOOD_HINT = (
    "↑↓ move · Enter choose · ★ yours lately · ◆ your own · ^n new food · ^r recipe · Esc back"
)


def test_a_hint_breaks_between_its_parts() -> None:
    assert hint_lines(FOOD_HINT, len(FOOD_HINT)) == FOOD_HINT
    assert hint_lines(FOOD_HINT, 74).split("\n") == [
        "↑↓ move · Enter choose · ★ yours lately · ◆ your own · ^n new food",
        "^r recipe · Esc back",
    ]
    assert hint_lines("a · b\nc · d", 3) == "a\nb\nc\nd"


@pytest.mark.parametrize("size", [(80, 24), (120, 30), (200, 50)])
async def test_the_food_search_keeps_each_key_with_its_word(
    data_dir: Path, size: tuple[int, int]
) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=size) as pilot:
        await wait_for_foods(pilot)
        await pilot.press("f")
        await wait_painted(pilot, "Esc back")
        screen = painted(app)
        for words in ["^n new food", "^r recipe", "Esc back", "◆ your own"]:
            assert words in screen, screen


async def test_a_long_food_name_goes_on_under_the_name(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_foods(pilot)
        await pilot.press("f", *"coffee")
        await wait_painted(pilot, "decaffeinated")
        lines = painted_lines(app)
        name = "Coffee, brewed from grounds, prepared with tap water,"
        at = next(i for i, line in enumerate(lines) if name in line)
        column = lines[at].index(name)
        below = lines[at + 1]
        # At 80 columns it went on at the list's edge, under the magnesium figures.
        assert below[column:].startswith("decaffeinated"), lines[at : at + 2]
        assert not below[:column].strip("▊ █")


async def test_a_resize_keeps_the_food_reached_and_wraps_again(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(200, 50)) as pilot:
        await wait_for_foods(pilot)
        await pilot.press("f", *"coffee", "down", "down")
        await wait_painted(pilot, "decaffeinated")
        reached = app.screen.query_one(OptionList).highlighted
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.pause()
        assert app.screen.query_one(OptionList).highlighted == reached == 2
        lines = painted_lines(app)
        name = "Coffee, brewed from grounds, prepared with tap water,"
        at = next(i for i, line in enumerate(lines) if name in line)
        assert lines[at + 1][lines[at].index(name) :].startswith("decaffeinated")


async def test_the_factor_form_hint_keeps_escape_s_words_together(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("x", "e")
        await wait_painted(pilot, "Tab next field")
        # It read "Esc keeps it as recorded," at a line's end and "without details" below.
        assert "Esc keeps it as recorded, without details" in painted(app)
