"""A dialog's key hints break between their parts, never between a key and its word."""

from __future__ import annotations

from pathlib import Path

import pytest

from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from journal.tui.widgets.key_hint import hint_lines
from tests.helpers import onboarded
from tests.ui.food_helpers import wait_for_foods
from tests.ui.painted import painted, wait_painted

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
