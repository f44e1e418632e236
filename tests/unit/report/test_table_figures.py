"""The doctor's page sets its tables' figures as a clinical table does: counts, rates and
doses right-aligned in digits of one width, labels left. Before, every cell was
left-aligned (`td.n` was styled but no cell had the class)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from html.parser import HTMLParser
from pathlib import Path

from journal.core.analysis.dashboard import build
from journal.core.report.doc import DoctorReport, gather
from journal.core.report.html import STYLE, render_html
from journal.core.report.markdown import render_markdown
from journal.store.demo import build_demo_journal

TODAY = date(2026, 11, 25)


class Tables(HTMLParser):
    """Each table's rows, each cell as (tag, class, text)."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: list[list[list[tuple[str, str, str]]]] = []
        self.cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self.cell = [tag, dict(attrs).get("class") or "", ""]

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell[2] += data

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self.cell is not None:
            self.tables[-1][-1].append((self.cell[0], self.cell[1], self.cell[2]))
            self.cell = None


def _doc(data_dir: Path) -> DoctorReport:
    journal = build_demo_journal(data_dir, 60, seed=3)
    days = list(journal.days(TODAY - timedelta(days=120), TODAY))
    return gather(build(days, TODAY, 30, 310.0), days, "RDA")


def test_the_two_by_two_tables_right_align_their_figures(data_dir: Path) -> None:
    doc = _doc(data_dir)
    parsed = Tables()
    parsed.feed(render_html(doc))
    two_by_two = [
        t
        for t in parsed.tables
        if [c[2] for c in t[0]][1:] == ["symptom day", "no symptom", "rate"]
    ]
    assert len(two_by_two) == len(doc.tables) >= 2
    for table in two_by_two:
        assert len(table) == 3  # the heading, below the limit, not low
        for row in table:
            assert row[0][1] == ""  # the label ("below 310 mg") stays left
            assert [cell[1] for cell in row[1:]] == ["n", "n", "n"], row
        for row in table[1:]:
            assert all(re.fullmatch(r"\d+%?|–|-", cell[2]) for cell in row[1:]), row


def test_the_supplements_table_right_aligns_days_doses_and_mg(data_dir: Path) -> None:
    doc = _doc(data_dir)
    assert doc.supplements  # the demo takes citrate
    parsed = Tables()
    parsed.feed(render_html(doc))
    (table,) = [t for t in parsed.tables if t[0][0][2] == "Form"]
    for row in table:
        assert [cell[1] for cell in row] == ["", "n", "n", "n"], row


def test_the_figures_class_is_right_aligned_in_tabular_digits() -> None:
    rule = re.search(r"td\.n, th\.n \{([^}]*)\}", STYLE)
    assert rule is not None
    assert "text-align: right" in rule[1] and "font-variant-numeric: tabular-nums" in rule[1]


def test_the_markdown_page_right_aligns_the_same_columns(data_dir: Path) -> None:
    page = render_markdown(_doc(data_dir)).splitlines()
    heads = [i for i, line in enumerate(page) if line == "| | symptom day | no symptom | rate |"]
    assert heads
    assert all(page[i + 1] == "|---|---:|---:|---:|" for i in heads)
