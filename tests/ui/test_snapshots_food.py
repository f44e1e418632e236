"""Snapshots of the food screen with results and of the portion step."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.pilot import Pilot

from tests.ui.food_helpers import make_app, type_text, wait_for_foods


async def search_almond(pilot: Pilot[None]) -> None:
    await pilot.press("f")
    await wait_for_foods(pilot)
    await type_text(pilot, "almond")
    await pilot.pause()


async def portion_of_almonds(pilot: Pilot[None]) -> None:
    await search_almond(pilot)
    await pilot.press("enter")  # 1 oz, the usual portion of nuts, comes preselected
    await pilot.pause()


def test_food_screen_with_results(snap_compare: Any, data_dir: Path) -> None:
    assert snap_compare(make_app(data_dir), terminal_size=(100, 30), run_before=search_almond)


def test_portion_step(snap_compare: Any, data_dir: Path) -> None:
    assert snap_compare(make_app(data_dir), terminal_size=(100, 30), run_before=portion_of_almonds)
