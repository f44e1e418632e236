"""The Today bar and the dashboard's today line: 399.5 mg of 400 reads short, in the
figure, the bar and the percentage ("400 mg of 400 mg ████ 100%" said it was met)."""

from __future__ import annotations

from datetime import date

import pytest

from journal.core.analysis.dashboard import build
from journal.core.entries.day import Day
from journal.tui.widgets.dashboard_text import intake_text
from journal.tui.widgets.mg_bar import MagnesiumBar
from tests.helpers import food

TODAY = date(2026, 11, 25)  # the pinned clock's day (tests/conftest.py)


def day_of(mg: float) -> Day:
    day = Day(TODAY)
    day.add(food(TODAY, "test food", mg))
    return day


@pytest.mark.parametrize(
    ("mg", "figure", "full", "percent"),
    [
        (399.5, "399 mg of 400 mg", False, "99%"),
        (399.95, "399 mg of 400 mg", False, "99%"),
        (400.0, "400 mg of 400 mg", True, "100%"),
        (400.4, "400 mg of 400 mg", True, "100%"),
    ],
)
def test_the_bar_reads_short_until_the_target_is_met(
    mg: float, figure: str, full: bool, percent: str
) -> None:
    bar = MagnesiumBar()
    bar.show(day_of(mg), 400.0)
    line, detail = str(bar._text(100)).splitlines()
    assert f"Magnesium {figure}" in line and line.endswith(f" {percent}")
    assert ("░" not in line) is full
    assert detail.startswith(f"food {figure.split(' mg')[0]} mg")

    today = str(intake_text(build([day_of(mg)], TODAY, 30, 400.0)))
    assert f"Today {figure.removesuffix(' mg')}" in today
    assert f" {percent}\n" in today and ("░" not in today.splitlines()[0]) is full


@pytest.mark.parametrize(
    ("doses", "said"),
    [((175.2, 175.2), "⚠ Supplements 350.4 mg: above the 350 mg"), ((175.0, 175.0), None)],
)
def test_supplements_just_above_the_limit_read_above_it(
    doses: tuple[float, ...], said: str | None
) -> None:
    """'⚠ Supplements 350 mg: above the 350 mg upper limit' read as a contradiction."""
    from datetime import time

    from journal.core.entries.models import SupplementEntry

    day = Day(TODAY)
    for mg in doses:
        day.add(SupplementEntry(TODAY, time(8, 0), "glycinate", mg))
    bar = MagnesiumBar()
    bar.show(day, 400.0, 350)
    shown = str(bar._text(200))
    assert (said in shown) if said else ("⚠" not in shown)
