"""The own food and recipe forms' Name fields show an example as the other fields do,
"e.g. ...": a bare "Granola bar, homemade" read as a name already typed, beside
"must not be empty" under it once Enter was pressed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.food_helpers import make_app
from tests.ui.painted import painted_lines, wait_painted


@pytest.mark.parametrize(
    ("key", "example"),
    [("ctrl+n", "e.g. Granola bar, homemade"), ("ctrl+r", "e.g. Overnight oats")],
)
async def test_an_empty_name_shows_an_example_not_a_name(
    data_dir: Path, key: str, example: str
) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f", key)
        await wait_painted(pilot, example)
        await pilot.press("enter")
        await wait_painted(pilot, "must not be empty")
        name_row = next(line for line in painted_lines(app) if " Name " in line)
        assert example in name_row
