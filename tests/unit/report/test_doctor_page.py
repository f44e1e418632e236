"""Issue 24, item 15: the doctor's page puts the finding first, labels the chart's axis in mg
with dates, and prints no advice meant for the person."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from journal.core.analysis.dashboard import build
from journal.core.person.profile import Profile, target
from journal.core.report.doc import gather
from journal.core.report.html import render_html
from journal.store.demo import build_demo_journal
from tests.unit.report.test_report_doc import Parts

TODAY = date(2026, 11, 25)


def page(data_dir: Path, profile: Profile) -> Parts:
    journal = build_demo_journal(data_dir, 60, seed=3)
    days = list(journal.days(TODAY - timedelta(days=120), TODAY))
    goal = target(profile)
    parts = Parts()
    parts.feed(render_html(gather(build(days, TODAY, 30, goal.mg), days, goal.basis)))
    return parts


def test_the_finding_comes_before_the_tables(data_dir: Path) -> None:
    headings = page(data_dir, Profile(sex="female")).headings
    findings = headings.index("Answer")
    assert findings == 1  # right under the title
    assert findings < headings.index("Low-magnesium days and symptom days")
    assert findings < headings.index("Daily intake")


def test_the_chart_axis_says_mg_and_dates(data_dir: Path) -> None:
    parts = page(data_dir, Profile(sex="female"))
    text = "".join(parts.text)
    assert "mg a day" in text and "310 mg" in text and "0 mg" in text
    ticks = [a for t, a in parts.tags if t == "line" and a.get("class") == "tick"]
    assert len(ticks) >= 4  # a date under every week of the 30 days
    assert "25 Nov" in text and "18 Nov" in text and "11 Nov" in text


def test_no_advice_for_the_person_on_a_page_for_a_doctor(data_dir: Path) -> None:
    text = "".join(page(data_dir, Profile()).text)
    assert "birth year not given" in text  # the basis, stated as a fact
    assert "give your birth year" not in text.lower()


def test_the_main_questions_table_points_to_its_test_in_every_format(data_dir: Path) -> None:
    from journal.core.report.markdown import render_markdown
    from journal.core.report.text import MAIN_ROW, report

    journal = build_demo_journal(data_dir, 60, seed=3)
    days = list(journal.days(TODAY - timedelta(days=120), TODAY))
    doc = gather(build(days, TODAY, 30, 310.0), days, "RDA")
    assert doc.dash.analysis.primary is not None  # the main question has its answer above
    for render in (render_html, render_markdown):
        page_text = render(doc)
        assert MAIN_ROW in page_text  # not a same-day Wald p beside "Found ... p 0.006"
        assert "Symptoms: low-magnesium day x symptom day (same day)" in page_text
    assert MAIN_ROW in report(doc.dash)


def test_the_text_reports_last_week_lines_up_its_figures(data_dir: Path) -> None:
    from journal.core.report.text import report

    journal = build_demo_journal(data_dir, 60, seed=3)
    end = date(2026, 11, 3)  # the week 28 Oct to 3 Nov: two-digit days, then one-digit
    days = list(journal.days(end - timedelta(days=60), end))
    lines = report(build(days, end, 30, 310.0)).splitlines()
    week = lines[lines.index("Last 7 days") + 1 :][:7]
    assert week[0].startswith("  Wed 28 Oct") and week[-1].startswith("  Tue  3 Nov")
    assert len({line.index(" mg") for line in week if " mg" in line}) == 1, week


def test_the_picture_follows_the_sentence_it_draws_in_every_format(data_dir: Path) -> None:
    """The doctor's page and Markdown put the answer's picture after every line (the
    adjustment, the exploratory findings, the count of tests); the dashboard and
    `report` put it right under the sentence: now all four read in that order."""
    from journal.core.report.markdown import render_markdown
    from journal.core.report.text import report

    journal = build_demo_journal(data_dir, 60, seed=3)
    days = list(journal.days(TODAY - timedelta(days=120), TODAY))
    doc = gather(build(days, TODAY, 30, 310.0), days, "RDA")
    first, *rest = doc.dash.findings
    assert rest  # lines that qualify the answer: the adjustment, the tests run
    html_page = render_html(doc)
    pictured = {
        "html": (html_page, "<svg"),
        "markdown": (render_markdown(doc), "symptom days "),
        "text": (report(doc.dash), "symptom days "),
    }
    for name, (page_text, picture) in pictured.items():
        said = page_text.index(first.split(":")[0] + ":")
        drawn = page_text.index(picture)
        after = page_text.index(rest[-1].split(",")[0])
        assert said < drawn < after, name


def test_a_tables_figures_stay_apart_on_a_page(data_dir: Path) -> None:
    """Two spaces parted RR, OR, p and q; a browser and a Markdown viewer fold them into
    one: 'RR 1.1 (0.56-2.0) OR 1.1 p 0.854 q 0.946'. On a page they are parted by '; '."""
    from journal.core.report.markdown import render_markdown
    from journal.core.report.text import report

    journal = build_demo_journal(data_dir, 60, seed=3)
    days = list(journal.days(TODAY - timedelta(days=120), TODAY))
    doc = gather(build(days, TODAY, 30, 310.0), days, "RDA")
    parts = Parts()
    parts.feed(render_html(doc))
    shown = [t for t in parts.text if t.startswith("RR ") and "relative risk" not in t]
    assert shown and all("; OR " in t and "; p " in t and "; q " in t for t in shown), shown
    assert all("  " not in t for t in shown)
    page = render_markdown(doc).splitlines()
    assert [line for line in page if line.startswith("RR ") and "relative" not in line] == shown
    # The terminal keeps its columns: two spaces, as before.
    assert any(
        line.startswith("  RR ") and "  OR " in line for line in report(doc.dash).split("\n")
    )


def test_mg_over_a_thousand_are_written_with_a_comma_on_every_page(data_dir: Path) -> None:
    """A custom target of 1,200 mg read '1200 mg of magnesium a day ... A low day is below
    1,200 mg' on the doctor's page (and in Markdown, and on the chart's target line), and a
    1,500 mg supplement '1500 mg' in its table, where report and the dashboard say 1,200."""
    from datetime import time

    from journal.core.entries.models import SupplementEntry
    from journal.core.report.markdown import render_markdown
    from journal.core.report.text import report
    from journal.store.journal import Journal
    from tests.helpers import food

    journal = Journal.open(data_dir)
    for k in range(1, 6):
        journal.add(food(TODAY - timedelta(days=k), "Pumpkin seeds", mg=1300.0))
    journal.add(SupplementEntry(TODAY - timedelta(days=1), time(8, 0), "citrate", 1500))
    days = list(journal.days(TODAY - timedelta(days=30), TODAY))
    doc = gather(build(days, TODAY, 30, 1200.0), days, "custom target you set")
    assert "Target 1,200 mg" in report(doc.dash)
    for name, page_text in (("html", render_html(doc)), ("markdown", render_markdown(doc))):
        for figure in ("1200", "1500", "1300", "2800"):
            assert figure not in page_text, (name, figure)
        assert "1,200 mg</strong> of magnesium" in page_text or "**1,200 mg** of" in page_text
        assert "1,500 mg" in page_text, name
