"""The trial's report (`core/trial/report.py`) as the person and their doctor read it: the
periods table, and the text, Markdown and HTML pages word for word.

The trial below (seed 7, 3 pairs of 21-day periods after a 14-day run-in from Mon 5 Jan
2026) has its periods in the order A B | A B | B A: period 1 runs 19 Jan - 8 Feb (analysed
from 29 Jan), period 2 9 Feb - 1 Mar (from 19 Feb).
"""

from __future__ import annotations

from datetime import date

from journal.core.trial import report
from journal.core.trial.analysis import PeriodOutcome, Result
from journal.core.trial.trial import Trial
from journal.core.trial.words import CAVEAT, plan_lines, result_lines
from tests.unit.trial.example import START, TOKEN_B, plan

MADE = date(2026, 3, 2)


def outcomes(trial: Trial, weekly: list[float | None]) -> Result:
    found = [
        PeriodOutcome(p, w, trial.on_magnesium(p))
        for p, w in zip(trial.periods, weekly, strict=False)
    ]
    return Result(None, found, [], None, "continue")


def test_the_periods_table_gives_each_period_its_dates_bottle_and_rate() -> None:
    t = Trial(plan()).started(START)
    rows = report.timeline_rows(t, outcomes(t, [14.04, 6.96, None]))
    assert rows == [
        ["1", "1", "19 Jan - 8 Feb", "magnesium 300 mg", "29 Jan", "14.0"],
        ["2", "1", "9 Feb - 1 Mar", "no supplement", "19 Feb", "7.0"],
        ["3", "2", "2 Mar - 22 Mar", "magnesium 300 mg", "12 Mar", "not over yet"],
    ]


def test_a_stopped_trial_says_which_periods_the_stop_cut_short_or_never_reached() -> None:
    # Stopped on 8 Feb, period 1's last day: 1 is over, 2 was never reached.
    t = Trial(plan()).started(START).stopped_on(date(2026, 2, 8), "could not go on")
    assert [r[-1] for r in report.timeline_rows(t, outcomes(t, [None, None, None]))] == [
        "not over yet",  # it ends on the stop day: its figure is simply not in yet
        "stopped before it",
        "stopped before it",
    ]
    t = Trial(plan()).started(START).stopped_on(date(2026, 2, 7), "could not go on")
    assert [r[-1] for r in report.timeline_rows(t, outcomes(t, [None, 7.0]))] == [
        "stopped in it",  # one day short of its end
        "7.0",
    ]
    t = Trial(plan()).started(START).stopped_on(date(2026, 2, 9), "could not go on")
    assert report.timeline_rows(t, outcomes(t, [None, None]))[1][-1] == "stopped in it"


def test_a_sealed_table_shows_neither_the_rates_nor_the_contents_of_a_bottle() -> None:
    t = Trial(plan(comparator="placebo", blinded=True), seal=TOKEN_B).started(START)
    rows = report.timeline_rows(t, outcomes(t, [14.0, 7.0, None]))
    assert [r[3:] for r in rows] == [
        ["bottle A", "29 Jan", "sealed"],
        ["bottle B", "19 Feb", "sealed"],
        ["bottle A", "12 Mar", "not over yet"],
    ]
    opened = t.opened(MADE)
    rows = report.timeline_rows(opened, outcomes(opened, [14.0, 7.0]))
    assert [r[3:] for r in rows] == [
        ["bottle A (placebo)", "29 Jan", "14.0"],
        ["bottle B (magnesium)", "19 Feb", "7.0"],
    ]


def test_gather_puts_the_protocol_the_table_and_the_result_in_one_document() -> None:
    t = Trial(plan()).started(START)
    result = outcomes(t, [14.0, 7.0])
    doc = report.gather(t, result, MADE)
    assert doc.made == MADE
    assert doc.protocol == plan_lines(t)
    assert doc.timeline == report.timeline_rows(t, result)
    assert doc.result == result_lines(t, result, MADE)
    # bottle A's period 1 (21 days) is past; period 3 (A again) starts on the day of the report
    assert doc.result[-1] == "Doses: 0 taken, 0 missed, 21 not recorded"


# A small document whose lines hold the characters each page must escape.
DOC = report.TrialReport(
    MADE,
    ["Testing: <b>Mag_Bis</b> & 'co'", 'Form "x"'],
    [
        ["1", "1", "19 Jan - 8 Feb", "magnesium 300 mg", "29 Jan", "14.0"],
        ["2", "1", "9 Feb - 1 Mar", "no|supplement", "19 Feb", "not over yet"],
    ],
    ["a*b [c] `d` \\e"],
)


def test_the_text_report_aligns_the_table_and_ends_with_the_caveat() -> None:
    # column widths: 6 ("Period"), 4 ("Pair"), 14, 16, 13 ("Analysed from"), 12; two
    # spaces between columns, trailing spaces cut
    assert report.render_text(DOC).split("\n") == [
        "Magnesium N-of-1 trial, report of 2 Mar 2026",
        "",
        "Protocol",
        "  Testing: <b>Mag_Bis</b> & 'co'",
        '  Form "x"',
        "",
        "Periods",
        "  Period  Pair  Dates           Taking            Analysed from  A week",
        "  1       1     19 Jan - 8 Feb  magnesium 300 mg  29 Jan         14.0",
        "  2       1     9 Feb - 1 Mar   no|supplement     19 Feb         not over yet",
        "",
        "Result",
        "  a*b [c] `d` \\e",
        "",
        CAVEAT,
    ]


def test_the_markdown_report_escapes_what_markdown_would_read_as_markup() -> None:
    assert report.render_markdown(DOC).split("\n") == [
        "# Magnesium N-of-1 trial",
        "",
        "Report of 2 Mar 2026.",
        "",
        "## Protocol",
        "",
        "- Testing: &lt;b&gt;Mag\\_Bis&lt;/b&gt; &amp; 'co'",
        '- Form "x"',
        "",
        "## Periods",
        "",
        "| Period | Pair | Dates | Taking | Analysed from | A week |",
        "|---|---|---|---|---|---|",
        "| 1 | 1 | 19 Jan - 8 Feb | magnesium 300 mg | 29 Jan | 14.0 |",
        "| 2 | 1 | 9 Feb - 1 Mar | no\\|supplement | 19 Feb | not over yet |",
        "",
        "## Adherence, blinding and result",
        "",
        "- a\\*b \\[c\\] \\`d\\` \\\\e",
        "",
        f"*{CAVEAT}*",
        "",
    ]


def test_the_html_report_is_one_self_contained_page_with_every_text_escaped() -> None:
    page = report.render_html(DOC)
    assert page.split("\n") == [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        "<title>Magnesium N-of-1 trial, 2 Mar 2026</title>",
        "<style>"
        "body{font:14px/1.45 system-ui,sans-serif;max-width:46rem;margin:1.5rem auto;"
        "padding:0 1rem}"
        "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.15rem .5rem}"
        ".advice{font-style:italic;border-top:1px solid #ccc;padding-top:.5rem}"
        "</style></head><body>",
        "<h1>Magnesium N-of-1 trial</h1>",
        "<p>Mg Journal report of 2 Mar 2026.</p>",
        '<section id="protocol"><h2>Protocol</h2><ul>',
        "<li>Testing: &lt;b&gt;Mag_Bis&lt;/b&gt; &amp; &#x27;co&#x27;</li>",
        "<li>Form &quot;x&quot;</li>",
        '</ul></section><section id="periods"><h2>Periods</h2>',
        "<table><thead><tr><th>Period</th><th>Pair</th><th>Dates</th><th>Taking</th>"
        "<th>Analysed from</th><th>A week</th></tr></thead><tbody>"
        "<tr><td>1</td><td>1</td><td>19 Jan - 8 Feb</td><td>magnesium 300 mg</td>"
        "<td>29 Jan</td><td>14.0</td></tr>"
        "<tr><td>2</td><td>1</td><td>9 Feb - 1 Mar</td><td>no|supplement</td>"
        "<td>19 Feb</td><td>not over yet</td></tr></tbody></table></section>",
        '<section id="result"><h2>Adherence, blinding and result</h2><ul>',
        "<li>a*b [c] `d` \\e</li>",
        "</ul></section>",
        '<p class="advice">This is one person&#x27;s trial: it says how your symptoms went on '
        "and off the supplement in these weeks, not why, and a result can still be chance. "
        "Not medical advice.</p>",
        "</body></html>",
        "",
    ]


def test_a_period_across_new_year_says_each_year() -> None:
    from journal.core.trial.plan import Plan

    t = Trial(Plan("glycinate", 300, 7, created=date(2025, 11, 1))).started(date(2025, 11, 26))
    rows = report.timeline_rows(t, outcomes(t, [None] * 6))
    assert [row[2] for row in rows][:3] == [
        "10 Dec - 30 Dec",
        "31 Dec 2025 - 20 Jan 2026",  # was "31 Dec - 20 Jan"
        "21 Jan - 10 Feb",
    ]


def test_a_period_with_nothing_logged_reads_not_recorded() -> None:
    t = Trial(plan()).started(START)
    found = [PeriodOutcome(p, None, t.on_magnesium(p), recorded=False) for p in t.periods[:1]]
    rows = report.timeline_rows(t, Result(None, found, [], None, "unrecorded"))
    assert rows[0][-1] == "not recorded"


def test_the_text_table_fits_80_columns_leaving_out_what_is_said_elsewhere() -> None:
    """A blinded trial, unsealed, across New Year and stopped: the table was 97 columns
    and wrapped mid-row at 80. 'Analysed from' goes first (the protocol gives the
    washout), then 'Pair' (periods 1-2, 3-4, ...)."""
    wide = [
        ["5", "3", "8 Dec - 28 Dec", "bottle A (placebo)", "18 Dec", "stopped in it"],
        ["6", "3", "29 Dec 2026 - 18 Jan 2027", "bottle B (magnesium)", "8 Jan", "7.0"],
    ]
    assert report.text_table(wide) == [
        "Period  Pair  Dates                      Taking                A week",
        "5       3     8 Dec - 28 Dec             bottle A (placebo)    stopped in it",
        "6       3     29 Dec 2026 - 18 Jan 2027  bottle B (magnesium)  7.0",
    ]
    wide[0][-1] = "stopped before it"
    table = report.text_table(wide)
    assert table[0] == "Period  Dates                      Taking                A week"
    assert max(len(line) for line in table) + 2 <= report.TEXT_WIDTH
    # One that fits keeps every column, as the report above shows.
    narrow = report.text_table(DOC.timeline)
    assert narrow[0].startswith("Period  Pair  Dates") and "Analysed from" in narrow[0]
