"""The intake chart's mg labels are written as every figure is ("11,000"), in an axis as
wide as they are, so no line of the chart wraps.

Before: a day of 11,000 mg put "11000" at the top left, a column wider than the axis's
five: at 80 columns the top line wrapped, its one bar drawn alone on the next line.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from rich.cells import cell_len

from journal.core import clock
from journal.core.analysis.daily import DayRow
from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from journal.tui.widgets.intake_chart import chart
from tests.helpers import food, onboarded
from tests.ui.painted import painted_lines
from tests.ui.test_dashboard import open_dashboard
from tests.waiting import until


def _days(*mg: float) -> list[DayRow]:
    start = clock.today() - timedelta(days=len(mg) - 1)
    return [DayRow(start + timedelta(days=i), m, foods=1) for i, m in enumerate(mg)]


def test_a_label_past_9999_has_its_separator_and_room() -> None:
    lines = str(chart(_days(300.0, 11000.0, 250.0), 310.0, 20)).splitlines()
    assert lines[0] == "11,000  █ "  # the axis grew to 7: "11,000" and a space
    assert lines[7] == "   310 ▂█▁"  # the target's row
    assert all(cell_len(line) == 10 for line in lines[:-1])  # the legend is as long as it is
    assert lines[-2] == f"       {clock.today():%b}"  # dates (and marks) under the columns


def test_a_thousand_takes_its_separator_and_below_it_the_axis_is_as_before() -> None:
    [top] = str(chart(_days(300.0, 1000.0), 310.0, 20)).splitlines()[:1]
    assert top.startswith("1,000 ")
    [top] = str(chart(_days(300.0, 999.0), 310.0, 20)).splitlines()[:1]
    assert top == " 999  █"  # 999 mg: the five columns it always had


async def test_the_dashboard_at_80_columns_reads_11000_with_its_separator(
    data_dir: Path,
) -> None:
    journal = onboarded(Journal.open(data_dir))
    for back in range(30):
        journal.add(food(clock.today() - timedelta(days=back), mg=11000.0 if back == 3 else 300.0))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_dashboard(app, pilot, "1")  # 30 days: a column a day
        chart_line = app.screen.query_one("#intake-chart")
        chart_line.scroll_visible(animate=False)
        await until(
            pilot, lambda: any("11,000" in line for line in painted_lines(app)), "the label"
        )
        [top] = [line for line in painted_lines(app) if "11,000" in line]
        assert "█" in top  # the day's bar on the label's line: the line did not wrap
        assert not any("11000" in line for line in painted_lines(app))
