"""Snapshots of the Today screen at the smallest supported size and a large one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from tests.helpers import factor, food, symptom
from tests.ui.test_today import TODAY
from tests.ui.welcome import welcome_skipped


def filled_app(data_dir: Path) -> MgJournalApp:
    journal = welcome_skipped(Journal.open(data_dir))
    journal.add(food(TODAY, "Oat bran, raw", mg=110.0, at="07:30"))
    journal.add(food(TODAY, "[bold]Almonds[/]", mg=76.0))
    journal.add(food(TODAY, "Mystery soup", mg=None, at="12:10"))
    journal.add(symptom(TODAY, severity=3, where="calf", note="woke me"))
    journal.add(factor(TODAY))
    return MgJournalApp(journal)


@pytest.mark.parametrize("size", [(80, 24), (160, 50)])
def test_today_snapshot(snap_compare: Any, data_dir: Path, size: tuple[int, int]) -> None:
    assert snap_compare(filled_app(data_dir), terminal_size=size)


async def _hover_dashboard_key(pilot: Any) -> None:
    from journal.tui.widgets.keys_footer import KeysFooter

    await pilot.pause()  # the footer places its keys when it is first drawn
    footer = pilot.app.screen.query_one(KeysFooter)
    key = next(item for item in footer.items if item.key == "d")
    await pilot.hover(KeysFooter, offset=(key.start + 2, 0))


def test_today_snapshot_with_the_pointer_on_a_footer_key(snap_compare: Any, data_dir: Path) -> None:
    """The key under the pointer is lit, as in Textual's own footer (checked against it)."""
    assert snap_compare(
        filled_app(data_dir), terminal_size=(80, 24), run_before=_hover_dashboard_key
    )
