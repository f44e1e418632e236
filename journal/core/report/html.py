"""The report for a doctor as one self-contained HTML page: no script, nothing fetched.

A Content-Security-Policy forbids every outside resource, styles are inline and
the chart is inline SVG, so the page opens offline and prints on one or two
sheets. Every piece of the person's text goes through `html.escape`.
"""

from __future__ import annotations

from html import escape

from journal.core.analysis.answer import method_line
from journal.core.analysis.daily import DayRow, total_text
from journal.core.analysis.dashboard import basis_line, coverage_line
from journal.core.analysis.findings import NOT_ADVICE
from journal.core.analysis.shown import mg_figure
from journal.core.report.doc import DoctorReport, symptom_summary, table_title
from journal.core.report.picture import svg
from journal.core.report.svg import intake_svg
from journal.core.report.text import (
    MARKS,
    ZERO_MARK,
    primary_lines,
    rate,
    row_stats,
    starred,
)

STYLE = """
body { font: 14px/1.45 system-ui, sans-serif; max-width: 46rem; margin: 1.5rem auto;
       color: #1b1b1b; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin-bottom: .2rem; } h2 { font-size: 1.1rem; margin-top: 1.4rem;
     border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; margin: .4rem 0; } td, th { border: 1px solid #ccc;
        padding: .15rem .5rem; text-align: left; }
/* Counts and rates as in a clinical table: right-aligned, digits of one width. */
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
#symptoms td:first-child { white-space: nowrap; }  /* "Thu 10 Sep" on one line */
.legend span { display: inline-block; width: .9rem; height: .9rem; vertical-align: middle;
               margin: 0 .3rem 0 .8rem; }
.advice { font-style: italic; border-top: 1px solid #ccc; padding-top: .5rem; }
svg { max-width: 100%; height: auto; }
/* The method's lines are long: wrapped, not cut off at the page's edge when printed. */
pre { white-space: pre-wrap; overflow-wrap: anywhere; }
@media print { body { margin: 0; } h2 { break-after: avoid; } }
"""
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def _intake(row: DayRow, edges: tuple[float, float]) -> str:
    if not row.foods:
        return "no food logged"
    return escape(total_text(row, *edges) + (" so far" if row.in_progress else ""))


def _table(head: list[str], rows: list[list[str]], id_: str = "", numbers: range = range(0)) -> str:
    """An HTML table from cells already escaped; the columns in `numbers` hold figures
    (right-aligned, with their headings)."""
    ident = f' id="{id_}"' if id_ else ""

    def cell(tag: str, i: int, text: str) -> str:
        return f'<{tag} class="n">{text}</{tag}>' if i in numbers else f"<{tag}>{text}</{tag}>"

    th = "".join(cell("th", i, h) for i, h in enumerate(head))
    body = "".join(
        "<tr>" + "".join(cell("td", i, c) for i, c in enumerate(r)) + "</tr>" for r in rows
    )
    return f"<table{ident}><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>"


def _answer(findings: list[str], picture: str) -> list[str]:
    """The answer's sentence, its picture, then what qualifies it: the order of the
    dashboard and `report` (the picture came after every line, below the exploratory
    tests, far from the sentence it draws)."""
    first, *rest = findings or [""]
    out = ["<ul>", f"<li>{escape(first)}</li>", "</ul>"]
    out += [picture] if picture else []
    if rest:
        out += ["<ul>", *[f"<li>{escape(line)}</li>" for line in rest], "</ul>"]
    return out


def render_html(doc: DoctorReport) -> str:
    dash, a = doc.dash, doc.dash.analysis
    period = f"{a.start:%-d %b %Y} to {a.end:%-d %b %Y} ({dash.period})"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Mg Journal report, {escape(period)}</title>",
        f"<style>{STYLE}</style></head><body>",
        "<h1>Magnesium intake and muscle symptoms</h1>",
        f"<p>Mg Journal report, {escape(period)}; made {doc.generated:%-d %b %Y}.</p>",
        # The answer first: what a doctor reads before the tables it rests on.
        '<section id="findings"><h2>Answer</h2>',
        f'<p class="note">Note: {escape(dash.trial)}</p>' if dash.trial else "",
        *_answer(dash.findings, svg(a.primary) if a.primary is not None else ""),
        "</section>",
        '<section id="target"><h2>Daily target</h2>',
        f"<p><strong>{mg_figure(a.target)} mg</strong> of magnesium a day: "
        f"{escape(doc.target_basis)}. "
        f"{a.low_day_rule().capitalize()}.</p></section>",
        '<section id="intake"><h2>Daily intake</h2>',
        intake_svg(
            doc.rows,
            a.target,
            a.limit_mg,
            None if dash.day_target is None else lambda d: dash.target_on(d) * a.threshold,
        ),
        '<p class="legend"><span style="background:#2e7d32"></span>at or above the low-day limit'
        '<span style="background:#c0392b"></span>below it'
        '<span style="background:#f3d9a4;border:1px solid #b7791f"></span>"at least", below '
        "the limit: foods without a magnesium figure, so it may or may not be low"
        '<span style="background:#d0d0d0;border:1px dashed #555"></span>today so far, '
        "left out of the comparisons until the day is over"
        '<span style="border-top:2px dashed #1f4e79"></span>target</p>'
        "</section>",
        '<section id="symptoms"><h2>Symptom days</h2>',
    ]
    if doc.symptom_rows:
        rows = [
            [f"{r.date:%a %-d %b}", escape(symptom_summary(r)), _intake(r, dash.edges(r.date))]
            for r in doc.symptom_rows
        ]
        parts.append(_table(["Date", "Symptoms", "Magnesium that day"], rows, "symptom-days"))
    else:
        parts.append("<p>No symptoms logged in the period.</p>")
    parts += ["</section>", '<section id="tables"><h2>Low-magnesium days and symptom days</h2>']
    for c in doc.tables:
        t = c.table
        body = [
            [f"below {a.limit}", str(t.a), str(t.b), rate(t.a, t.exposed)],
            ["not low", str(t.c), str(t.d), rate(t.c, t.unexposed)],
        ]
        parts += [
            f"<h3>{escape(table_title(c))}</h3>",
            _table(["", "symptom day", "no symptom", "rate"], body, numbers=range(1, 4)),
            f"<p>{escape(row_stats(c, dash.exploratory.q_of(c), gap='; '))}</p>",
        ]
    parts.append(f"<p><small>{escape(MARKS)}</small></p>")
    if any(starred(c, dash.exploratory.q_of(c)) for c in doc.tables):
        parts.append(f"<p><small>{escape(ZERO_MARK)}</small></p>")
    main = primary_lines(a)
    if main:
        parts += [
            '</section><section id="method"><h2>How the answer was reached</h2>',
            f"<pre>{escape(chr(10).join(main))}</pre>",
            f"<p>{escape(method_line())}</p>",
        ]
    parts += [
        "</section>",
        '<section id="supplements"><h2>Supplements taken</h2>',
    ]
    if doc.supplements:
        rows = [
            [escape(s.form), str(s.days), str(s.doses), f"{mg_figure(s.mean_mg)} mg"]
            for s in doc.supplements
        ]
        head = ["Form", "Days", "Doses", "Elemental mg a day taken"]
        parts.append(_table(head, rows, numbers=range(1, 4)))
    else:
        parts.append("<p>No magnesium supplements logged in the period.</p>")
    coverage = [
        basis_line(a),
        coverage_line(a),
        f'{a.complete_days} days marked complete ("I logged everything I ate").',
        f"{doc.unknown_days} days with foods without a magnesium figure "
        '(their totals are lower bounds, shown as "at least").',
    ]
    parts += [
        '</section><section id="coverage"><h2>Data coverage</h2><ul>',
        *[f"<li>{escape(line)}</li>" for line in coverage],
        "</ul></section>",
        f'<p class="advice">{escape(NOT_ADVICE)}</p>',
        "</body></html>",
        "",
    ]
    return "\n".join(parts)
