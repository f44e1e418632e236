"""The report for a doctor: its HTML parts (checked with html.parser), Markdown, and the command."""

from __future__ import annotations

import stat
from datetime import date, time, timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest

from journal.core.entries.models import SupplementEntry
from journal.store.demo import build_demo_journal
from journal.store.journal import Journal
from tests.helpers import food, run_cli, symptom

TODAY = date(2026, 11, 25)
EVIL = "<script>alert(1)</script> | *x*"


class Parts(HTMLParser):
    """Tags, headings, section ids and the text of the page, as a browser would see them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.headings: list[str] = []
        self.text: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("h1", "h2", "h3"):
            self._in = tag
            self.headings.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == self._in:
            self._in = None

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._in:
            self.headings[-1] += data


def planted_journal(root: Path) -> Journal:
    journal = build_demo_journal(root, 60, seed=3)
    journal.add(SupplementEntry(TODAY, time(8, 0), EVIL, 150))
    journal.add(symptom(TODAY - timedelta(days=1), EVIL, severity=2))
    journal.add(food(TODAY - timedelta(days=2), "Mystery stew", None))
    return journal


def html_report(tmp_path: Path, *extra: str) -> tuple[Path, str]:
    out = tmp_path / "visit.html"
    result = run_cli("report", "--format", "html", "-o", str(out), *extra)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Wrote the report to {out}\n"
    return out, out.read_text(encoding="utf-8")


def test_html_report_has_every_part_and_no_outside_resource(tmp_path: Path, data_dir: Path) -> None:
    planted_journal(data_dir)
    out, page = html_report(tmp_path)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    parts = Parts()
    parts.feed(page)
    # The answer first, then the tables (issue 17).
    assert parts.headings[:2] == ["Magnesium intake and muscle symptoms", "Answer"]
    for heading in (
        "Daily target",
        "Daily intake",
        "Symptom days",
        "Low-magnesium days and symptom days",
        "Supplements taken",
        "Data coverage",
    ):
        assert heading in parts.headings
    tags = [t for t, _ in parts.tags]
    # The intake chart, and the answer's picture when the question could be asked.
    assert tags.count("svg") in (1, 2) and "script" not in tags
    bars = [a for t, a in parts.tags if t == "rect" and a.get("class") == "day"]
    assert 52 <= len(bars) <= 60  # one per logged day: 60 days, inside the default 90
    # Nothing to fetch: no src, no external href, and a policy that forbids it anyway.
    assert not any("src" in a for _, a in parts.tags)
    assert all(a.get("href", "#").startswith("#") for _, a in parts.tags)
    csp = [a for t, a in parts.tags if t == "meta" and a.get("http-equiv")]
    assert csp and "default-src 'none'" in (csp[0]["content"] or "")
    text = "".join(parts.text)
    assert EVIL in text  # shown literally, as text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    # The demo person: a woman who gave no birth year.
    assert "310 mg" in text and "RDA for females, adult" in text
    assert "give your birth year" not in text.lower()  # advice for the person, not the doctor
    assert "This is not medical advice" in text
    assert "days with foods without a magnesium figure" in text
    assert "at least" in text and "days marked complete" in text
    again = run_cli("report", "--format", "html", "-o", str(out))
    assert again.returncode == 1 and "already exists" in again.stderr


def test_an_at_least_day_is_hatched_only_when_it_could_be_low(
    tmp_path: Path, data_dir: Path
) -> None:
    journal = Journal.open(data_dir)
    # Yesterday and the day before: today is not over, so it is drawn "so far" either way.
    journal.add(food(TODAY - timedelta(days=2), "Mystery stew", None))  # unknown only: could be low
    journal.add(food(TODAY - timedelta(days=1), "Mystery stew", None))
    journal.add(food(TODAY - timedelta(days=1), "Pumpkin seeds", 400.0))  # adequate anyway
    _, page = html_report(tmp_path)
    parts = Parts()
    parts.feed(page)
    fills = [a.get("fill") for t, a in parts.tags if t == "rect" and a.get("class") == "day"]
    assert fills == ["url(#atleast)", "#2e7d32"]


def test_markdown_report_tables_and_escaping(tmp_path: Path, data_dir: Path) -> None:
    planted_journal(data_dir)
    out = tmp_path / "visit.md"
    result = run_cli("report", "--format", "markdown", "-o", str(out), "--days", "14")
    assert result.returncode == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    lines = page.splitlines()
    assert lines[0] == "# Magnesium intake and muscle symptoms"
    intake = lines.index("| Date | Magnesium (food and supplements) | Supplements | Complete |")
    assert lines[intake + 2].startswith("| Thu 12 Nov |") and lines[intake + 15].startswith(
        "| Wed 25 Nov |"
    )
    assert "| Mon 23 Nov | at least" in page and "foods without a magnesium figure" in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; \\| \\*x\\*" in page
    assert "<script>" not in page
    for heading in ("## Answer", "## Symptom days", "## Supplements taken", "## Data coverage"):
        assert heading in lines
    assert ": on 1 day (1 dose), 150 mg elemental magnesium a day when taken" in page


def test_report_says_which_days_it_uses(data_dir: Path) -> None:
    journal = build_demo_journal(data_dir, 30, seed=3)
    any_food = run_cli("report", "--days", "30")
    assert "Uses every day with any food logged (0 days marked complete" in any_food.stdout
    for offset in range(14):
        journal.set_complete(TODAY - timedelta(days=offset))
    default = run_cli("report", "--days", "30")
    assert "Uses complete days only (14 days marked complete" in default.stdout
    assert "left out: " in default.stdout and "with food but not marked complete" in default.stdout
    forced = run_cli("report", "--days", "30", "--any-food")
    assert "Uses every day with any food logged (14 days" in forced.stdout
    both = run_cli("report", "--any-food", "--complete-only")
    assert both.returncode == 2 and "not allowed with" in both.stderr


def test_the_answer_picture_matches_the_sentence() -> None:
    """The picture's rates and Wilson intervals are those of the table the sentence gives."""
    from scipy.stats import binomtest

    from journal.core.analysis.primary import LagEffect, Primary
    from journal.core.report.picture import bars, plain, svg
    from journal.core.stats.contingency import Table2x2

    table = Table2x2(13, 9, 11, 49)
    pr = Primary("all", shown=LagEffect(1, table, 3.2, 1.3, 8.3, 2.5))
    low, other = bars(pr)
    assert (low.count, low.total, other.count, other.total) == (13, 22, 11, 60)
    for bar in (low, other):
        ci = binomtest(bar.count, bar.total).proportion_ci(method="wilson")
        assert (bar.low, bar.high) == (pytest.approx(ci.low, abs=1e-12), pytest.approx(ci.high))
    text = plain(pr)
    assert text[1].startswith("after a low day ") and text[1].endswith("59%, 13 of 22")
    assert text[2].endswith("18%, 11 of 60")
    assert "59% (13 of 22)" in svg(pr) and svg(Primary("all")) == ""


def test_the_means_say_why_they_count_fewer_days_than_the_tables(data_dir: Path) -> None:
    """Ten days, a cramp on every other one; two days hold a food of unknown magnesium,
    so their totals are lower bounds: the tables count them, the means cannot."""
    journal = Journal.open(data_dir)
    for n in range(1, 11):
        day = TODAY - timedelta(days=n)
        journal.add(food(day, mg=100.0 if n % 3 else 500.0))
        if n in (2, 4):
            journal.add(food(day, "Takeaway curry", mg=None, at="19:00"))
        if n % 2 == 0:
            journal.add(symptom(day))
    out = run_cli("report", "--days", "30", "--any-food").stdout
    means = out[out.index("Mean intake") :]
    assert "on 3 symptom days" in means and "on 5 other days" in means  # 8 exact days
    assert "Over days whose total is exact (a food of unknown magnesium leaves" in means


def test_a_report_of_past_dates_says_it_was_made_today(data_dir: Path) -> None:
    build_demo_journal(data_dir, 60, seed=3)
    page = run_cli("report", "--from", "2026-10-01", "--to", "2026-11-15", "--format", "markdown")
    assert page.returncode == 0, page.stderr
    assert "made 25 Nov 2026." in page.stdout and "made 15 Nov 2026" not in page.stdout
