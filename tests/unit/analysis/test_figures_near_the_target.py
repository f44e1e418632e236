"""A total just short of the target reads short everywhere it is shown: 399.5 mg is a
low day against 400, and "400 mg of 400 mg" said the target was met."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from journal.core.analysis.daily import DayRow, total_text
from journal.core.analysis.shown import whole
from journal.core.entries.models import FoodEntry
from journal.core.person.profile import Profile
from journal.core.report.svg import intake_svg
from journal.store.journal import Journal
from journal.store.profile import save_profile
from tests.helpers import run_cli, symptom

DAY = date(2026, 11, 24)


@pytest.mark.parametrize(
    ("mg", "shown"),
    [(399.5, 399), (399.95, 399), (399.4, 399), (398.6, 399), (400.0, 400), (400.4, 400)],
)
def test_a_total_is_never_rounded_up_onto_the_target(mg: float, shown: int) -> None:
    assert whole(mg, 400.0) == shown
    assert total_text(DayRow(DAY, mg, foods=1), 400.0) == f"{shown} mg"


def test_a_total_at_a_fractional_limit_is_not_rounded_below_it() -> None:
    assert whole(232.5, 232.5) == 233  # not low: "232" would read below "232.5"
    assert whole(232.4, 232.5) == 232
    assert whole(399.5, 500.0, 400.0) == 399  # every edge given is kept
    assert whole(99.875, 100) == 99 and whole(100.0, 100) == 100  # percentages alike
    assert whole(399.5) == 400  # no edge: plain rounding


def test_the_html_charts_title_reads_below_the_target() -> None:
    rows = [DayRow(DAY, 399.5, foods=1), DayRow(date(2026, 11, 25), 400.4, foods=1)]
    chart = intake_svg(rows, 400.0, 400.0)
    assert "<title>Tue 24 Nov: 399 mg</title>" in chart
    assert "<title>Wed 25 Nov: 400 mg</title>" in chart


def test_list_and_reports_show_399_5_mg_as_399(data_dir: Path) -> None:
    journal = Journal.open(data_dir, create=True)
    save_profile(journal, Profile(sex="male", birth_year=1996, onboarded=True))  # 400 mg
    journal.add(FoodEntry(DAY, time(12), "test food", None, 399.5, None, "lunch"))
    journal.add(symptom(DAY))  # so the pages' symptom-day tables show the day too
    listed = run_cli("list", "--date", DAY.isoformat())
    assert "magnesium 399 mg" in listed.stdout, listed.stderr
    text = run_cli("report").stdout
    assert "Tue 24 Nov  399 mg" in text
    page = run_cli("report", "--format", "html").stdout
    assert "Tue 24 Nov: 399 mg</title>" in page and "<td>399 mg</td>" in page
    markdown = run_cli("report", "--format", "markdown").stdout
    assert "| Tue 24 Nov | 399 mg |" in markdown
    assert "| Tue 24 Nov | cramp | 399 mg |" in markdown
    # A damaged profile has no target to read against: the entries are still listed.
    (data_dir / "profile.json").write_text("{bad")
    assert "magnesium 400 mg" in run_cli("list", "--date", DAY.isoformat()).stdout
