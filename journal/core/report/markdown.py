"""The report for a doctor as Markdown: headings, tables and lists, one page.

The person's own words (custom symptom kinds, supplement forms) are escaped, so
a `|` cannot break a table and `<script>` stays text in any Markdown viewer.
"""

from __future__ import annotations

import html
import re

from journal.core.analysis.answer import method_line
from journal.core.analysis.associations import Analysis
from journal.core.analysis.daily import DayRow, total_text
from journal.core.analysis.dashboard import basis_line, coverage_line
from journal.core.analysis.findings import NOT_ADVICE
from journal.core.analysis.shown import mg_figure
from journal.core.report.doc import DoctorReport, symptom_summary, table_title
from journal.core.report.picture import plain
from journal.core.report.text import (
    MARKS,
    ZERO_MARK,
    primary_lines,
    rate,
    row_stats,
    starred,
)

_SPECIAL = re.compile(r"([\\`*_\[\]|])")


def md(text: str) -> str:
    """User text safe in Markdown: HTML entities, then Markdown's own signs backslashed."""
    return _SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def _intake_cell(row: DayRow, edges: tuple[float, float]) -> str:
    if not row.foods:
        return "no food logged" + (
            f" (supplements {mg_figure(row.supplement_mg)} mg)" if row.supplement_mg else ""
        )
    return total_text(row, *edges) + (" so far" if row.in_progress else "")


def _picture(a: Analysis) -> list[str]:
    drawn = plain(a.primary) if a.primary is not None else []
    return ["```", *drawn, "```", ""] if drawn else []


def _n(count: int, noun: str) -> str:
    """ "1 day", "2 days"."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def render_markdown(doc: DoctorReport) -> str:
    dash, a = doc.dash, doc.dash.analysis
    out = [
        "# Magnesium intake and muscle symptoms",
        "",
        f"Mg Journal report, {a.start:%-d %b %Y} to {a.end:%-d %b %Y} ({dash.period}); "
        f"made {doc.generated:%-d %b %Y}.",
        "",
        "## Answer",
        "",
        *([f"> Note: {md(dash.trial)}", ""] if dash.trial else []),
        # The sentence, its picture, then what qualifies it, as the dashboard and `report`.
        *[f"- {md(line)}" for line in dash.findings[:1]],
        "",
        *_picture(a),
        *[f"- {md(line)}" for line in dash.findings[1:]],
        *([""] if dash.findings[1:] else []),
        "## Daily target",
        "",
        f"**{mg_figure(a.target)} mg** of magnesium a day: {md(doc.target_basis)}. "
        f"{a.low_day_rule().capitalize()}.",
        "",
        "## Daily intake",
        "",
        "| Date | Magnesium (food and supplements) | Supplements | Complete |",
        "|---|---|---|---|",
    ]
    for r in doc.rows:
        supp = f"{mg_figure(r.supplement_mg)} mg" if r.supplement_mg else ""
        cell = _intake_cell(r, dash.edges(r.date))
        out.append(f"| {r.date:%a %-d %b} | {cell} | {supp} | {'yes' if r.complete else ''} |")
    out += ["", "## Symptom days", ""]
    if doc.symptom_rows:
        out += ["| Date | Symptoms | Magnesium that day |", "|---|---|---|"]
        out += [
            f"| {r.date:%a %-d %b} | {md(symptom_summary(r))} | "
            f"{_intake_cell(r, dash.edges(r.date))} |"
            for r in doc.symptom_rows
        ]
    else:
        out.append("No symptoms logged in the period.")
    out += ["", "## Low-magnesium days and symptom days", ""]
    for c in doc.tables:
        t = c.table
        out += [
            f"**{md(table_title(c))}**",
            "",
            "| | symptom day | no symptom | rate |",
            "|---|---:|---:|---:|",  # figures right-aligned, as in a clinical table
            f"| below {a.limit} | {t.a} | {t.b} | {rate(t.a, t.exposed)} |",
            f"| not low | {t.c} | {t.d} | {rate(t.c, t.unexposed)} |",
            "",
            md(row_stats(c, dash.exploratory.q_of(c), gap="; ")),
            "",
        ]
    out += [md(MARKS), ""]
    if any(starred(c, dash.exploratory.q_of(c)) for c in doc.tables):
        out += [md(ZERO_MARK), ""]
    main = primary_lines(a)
    if main:
        out += ["## How the answer was reached", "", "```", *main, "```", "", md(method_line()), ""]
    out += ["## Supplements taken", ""]
    if doc.supplements:
        out += [
            f"- {md(s.form)}: on {_n(s.days, 'day')} ({_n(s.doses, 'dose')}), "
            f"{mg_figure(s.mean_mg)} mg elemental magnesium a day when taken"
            for s in doc.supplements
        ]
    else:
        out.append("No magnesium supplements logged in the period.")
    out += [
        "",
        "## Data coverage",
        "",
        f"- {basis_line(a)}",
        f"- {coverage_line(a)}",
        f'- {a.complete_days} days marked complete ("I logged everything I ate").',
        f"- {doc.unknown_days} days with foods without a magnesium figure "
        '(their totals are lower bounds, shown as "at least").',
        "",
        f"*{NOT_ADVICE}*",
        "",
    ]
    return "\n".join(out)
