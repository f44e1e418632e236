"""The trial's report: protocol, timeline, adherence, blinding check and result.

One document, three renderings: plain text (the terminal), Markdown, and one
self-contained HTML page for a doctor (no script, nothing fetched; every piece of
the person's text escaped). While the trial is sealed the outcome of each period
and the result are left out, so nothing here tells bottle A from bottle B.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date

from journal.core.trial.analysis import Result
from journal.core.trial.trial import Trial
from journal.core.trial.words import CAVEAT, plan_lines, result_lines

TIMELINE_HEAD = ["Period", "Pair", "Dates", "Taking", "Analysed from", "A week"]


@dataclass(frozen=True, slots=True)
class TrialReport:
    made: date
    protocol: list[str]
    timeline: list[list[str]]
    result: list[str]


def _span(first: date, last: date) -> str:
    """ "3 Mar - 23 Mar"; across New Year each end says its year."""
    if first.year == last.year:
        return f"{first:%-d %b} - {last:%-d %b}"
    return f"{first:%-d %b %Y} - {last:%-d %b %Y}"


def timeline_rows(trial: Trial, result: Result) -> list[list[str]]:
    rows = []
    for o in result.outcomes:
        p = o.period
        if not o.recorded:
            outcome = "not recorded"
        elif o.per_week is None:
            outcome = "not over yet"
            if trial.stopped is not None and trial.stopped < p.end:
                outcome = "stopped before it" if trial.stopped < p.start else "stopped in it"
        elif trial.sealed:
            outcome = "sealed"
        else:
            outcome = f"{o.per_week:.1f}"
        rows.append(
            [
                str(p.number),
                str(p.pair),
                _span(p.start, p.end),
                trial.bottle_words(p),
                f"{p.analysed_from:%-d %b}",
                outcome,
            ]
        )
    return rows


def gather(trial: Trial, result: Result, made: date) -> TrialReport:
    return TrialReport(
        made, plan_lines(trial), timeline_rows(trial, result), result_lines(trial, result, made)
    )


TEXT_WIDTH = 80  # a terminal's: the text table wrapped mid-row at 93 columns
# Left out of the text table, in this order, while it is wider than TEXT_WIDTH: each is
# said elsewhere (the protocol gives the washout days; a pair is periods 1-2, 3-4, ...).
DROPPABLE = ("Analysed from", "Pair")


def _aligned(rows: list[list[str]], columns: list[int]) -> list[str]:
    widths = {i: max(len(row[i]) for row in rows) for i in columns}
    return ["  ".join(row[i].ljust(widths[i]) for i in columns).rstrip() for row in rows]


def text_table(rows: list[list[str]], indent: int = 2) -> list[str]:
    """The periods table, aligned, in TEXT_WIDTH columns when leaving out the columns
    said elsewhere (DROPPABLE) makes it fit."""
    rows = [TIMELINE_HEAD, *rows]
    columns = list(range(len(TIMELINE_HEAD)))
    table = _aligned(rows, columns)
    for name in DROPPABLE:
        if max(map(len, table)) + indent <= TEXT_WIDTH:
            break
        columns.remove(TIMELINE_HEAD.index(name))
        table = _aligned(rows, columns)
    return table


def render_text(doc: TrialReport) -> str:
    table = text_table(doc.timeline)
    out = [f"Magnesium N-of-1 trial, report of {doc.made:%-d %b %Y}", "", "Protocol"]
    out += [f"  {line}" for line in doc.protocol]
    out += ["", "Periods", *[f"  {line}" for line in table], "", "Result"]
    out += [f"  {line}" for line in doc.result]
    return "\n".join([*out, "", CAVEAT])


_SPECIAL = re.compile(r"([\\`*_\[\]|])")


def _md(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def render_markdown(doc: TrialReport) -> str:
    out = [
        "# Magnesium N-of-1 trial",
        "",
        f"Report of {doc.made:%-d %b %Y}.",
        "",
        "## Protocol",
        "",
    ]
    out += [f"- {_md(line)}" for line in doc.protocol]
    out += [
        "",
        "## Periods",
        "",
        "| " + " | ".join(TIMELINE_HEAD) + " |",
        "|" + "---|" * len(TIMELINE_HEAD),
    ]
    out += ["| " + " | ".join(_md(c) for c in row) + " |" for row in doc.timeline]
    out += ["", "## Adherence, blinding and result", ""]
    out += [f"- {_md(line)}" for line in doc.result]
    return "\n".join([*out, "", f"*{_md(CAVEAT)}*", ""])


STYLE = (
    "body{font:14px/1.45 system-ui,sans-serif;max-width:46rem;margin:1.5rem auto;padding:0 1rem}"
    "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.15rem .5rem}"
    ".advice{font-style:italic;border-top:1px solid #ccc;padding-top:.5rem}"
)
CSP = "default-src 'none'; style-src 'unsafe-inline'"


_CODE = re.compile(r"`(mg-journal [^`]*)`")


def _html(text: str) -> str:
    """Escaped, with a `mg-journal ...` command as <code>: the backticks are the terminal's
    quoting, and read as stray marks on the page. Other backticks (a person's) stay."""
    return _CODE.sub(r"<code>\1</code>", html.escape(text))


def render_html(doc: TrialReport) -> str:
    e = html.escape
    head = "".join(f"<th>{e(h)}</th>" for h in TIMELINE_HEAD)
    body = "".join(
        "<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>" for row in doc.timeline
    )
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        f"<title>Magnesium N-of-1 trial, {doc.made:%-d %b %Y}</title>",
        f"<style>{STYLE}</style></head><body>",
        "<h1>Magnesium N-of-1 trial</h1>",
        f"<p>Mg Journal report of {doc.made:%-d %b %Y}.</p>",
        '<section id="protocol"><h2>Protocol</h2><ul>',
        *[f"<li>{_html(line)}</li>" for line in doc.protocol],
        '</ul></section><section id="periods"><h2>Periods</h2>',
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></section>",
        '<section id="result"><h2>Adherence, blinding and result</h2><ul>',
        *[f"<li>{_html(line)}</li>" for line in doc.result],
        "</ul></section>",
        f'<p class="advice">{e(CAVEAT)}</p>',
        "</body></html>",
        "",
    ]
    return "\n".join(parts)
