"""Today's Amount column breaks lines at spaces, never inside a bracketed measure."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from journal.core.entries.models import FoodEntry
from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from journal.tui.widgets.bracket_wrap import bracket_lines
from tests.helpers import onboarded
from tests.ui.painted import painted_lines

TODAY = date(2026, 11, 25)


def test_a_bracket_is_one_word_unless_it_is_longer_than_the_line() -> None:
    assert bracket_lines("2 × 0.5 container (4 oz)", 14) == "2 × 0.5\ncontainer\n(4 oz)"
    assert bracket_lines("2 cans (12 fl oz)", 14) == "2 cans\n(12 fl oz)"
    assert bracket_lines("2 cans (12 fl oz)", 17) == "2 cans (12 fl oz)"  # fits: as it is
    # The inner bracket holds; the outer one, longer than a line, breaks at its spaces.
    assert bracket_lines("1 serving (0.5 container (4 oz))", 14) == (
        "1 serving (0.5\ncontainer\n(4 oz))"
    )
    assert bracket_lines("1 (a bracket of fifteen)", 14) == "1 (a bracket\nof fifteen)"


@pytest.mark.parametrize("size", [(80, 24), (120, 30), (200, 50)])
async def test_a_measure_in_brackets_stays_on_one_line(
    data_dir: Path, size: tuple[int, int]
) -> None:
    journal = onboarded(Journal.open(data_dir))
    yogurt = "2 × 0.5 container (4 oz)"
    journal.add(FoodEntry(TODAY, time(7), "Yogurt", 227.0, 38.0, 140.0, portion=yogurt))
    journal.add(FoodEntry(TODAY, time(8), "Cola", 740.0, 7.0, 300.0, portion="2 cans (12 fl oz)"))
    app = MgJournalApp(journal)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        lines = painted_lines(app)
        header = next(line for line in lines if "Food" in line and "Amount" in line)
        amount, mg = header.index("Amount"), header.index(" Mg ")
        cells = [line[amount:mg].strip() for line in lines[lines.index(header) + 1 :]]
        assert "(4 oz)" in cells and "(12 fl oz)" in cells, cells
        assert not [cell for cell in cells if cell.endswith(("(4", "(12 fl", "(12"))], cells
