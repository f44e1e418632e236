"""The dashboard's words and tables as Rich Text: food names are the person's text, never markup."""

from __future__ import annotations

from rich.text import Text

from journal.core.analysis.answer import method_line
from journal.core.analysis.associations import LOW
from journal.core.analysis.dashboard import (
    MEANS_BASIS,
    Dashboard,
    basis_line,
    coverage_line,
    mean_lines,
)
from journal.core.analysis.findings import NOT_ADVICE, group_words
from journal.core.analysis.primary import EXPLORATORY_ALPHA
from journal.core.analysis.shown import mg_figure, whole
from journal.core.report import picture
from journal.core.report.picture import END, LINE, SHADE, SOLID
from journal.core.report.text import (
    MARKS,
    ZERO_MARK,
    correlation_line,
    primary_lines,
    starred,
    stats_line,
    table_lines,
)

KEYS = (
    "keys: 1 30d · 2 90d · 3 year · 4 all · t tables · l low-day threshold · "
    "c complete days/any food · esc back"
)


def status_text(dash: Dashboard) -> Text:
    """The period and what counts as a low day: the one line above the answer."""
    a = dash.analysis
    return Text.assemble(
        (f"{a.start:%-d %b %Y} to {a.end:%-d %b %Y} ({dash.period})", "bold"),
        f" · {a.low_day_rule(f'{mg_figure(a.target)} mg')}",
    )


def basis_text(dash: Dashboard) -> Text:
    """Which days the answer uses, how many were logged, and the keys that change it:
    below the answer, which comes first."""
    a = dash.analysis
    return Text.assemble(
        (basis_line(a), ""),
        "\n",
        (coverage_line(a), "dim"),
        "\n",
        (KEYS, "dim italic"),
    )


def _mg(value: float | None) -> str:
    # None: no day before today with food in the span ("7-day average -" read as broken).
    return "none yet" if value is None else f"{mg_figure(value)} mg"


def intake_text(dash: Dashboard, *, sources: bool = False) -> Text:
    if sources:
        text = Text()  # a bold base style would make every source bold, not the heading
        text.append("Top sources in the period\n", "bold")
        for name, mg in dash.sources:
            text.append(f"{mg_figure(mg):>7} mg  ")
            text.append(name)
            text.append("\n")
        if dash.suggestions:
            text.append(
                f"\nToday is {mg_figure(dash.gap_mg)} mg short. One portion closes it:\n", "bold"
            )
        elif dash.nearest:
            text.append(
                f"\nToday is {mg_figure(dash.gap_mg)} mg short; no single portion closes it. "
                "The richest portions:\n",
                "bold",
            )
        for c in dash.suggestions or dash.nearest:
            text.append(f"  {mg_figure(c.mg):>4} mg  ")
            text.append(c.name)
            text.append(f", {c.portion}", "dim")
            text.append("  (you eat this)\n" if c.own else "\n", "dim")
        return text
    today = dash.today_row
    share = today.share(dash.target)
    width = 30
    filled = min(width if share >= 1 else width - 1, round(share * width))  # short: not full
    style = "bold green" if share >= 1 else ("bold yellow" if share >= 0.75 else "bold red")
    text = Text.assemble(
        "Today ",
        ("at least " if today.unknown_foods else "", ""),
        # As Today writes it ("1,118 mg"): it said 1118 beside Today's 1,118.
        (f"{whole(today.total_mg, dash.target):,} mg", style),
        f" of {dash.target:,.0f} mg  ",  # as Today's line: "867 mg of 310 mg"
        ("█" * filled, style),
        ("░" * (width - filled), "dim"),
        f" {whole(share * 100, 100)}%\n",
        f"7-day average {_mg(dash.average_7)} · 30-day average {_mg(dash.average_30)}",
        ("  (days before today with food logged)", "dim"),
    )
    return text


_RUN_STYLES = {SOLID: "bold magenta", SHADE: "magenta", LINE: "magenta", END: "bold magenta"}


def answer_text(dash: Dashboard) -> Text:
    """The answer first: one sentence, what qualifies it, and its picture."""
    text = Text()
    if dash.trial:
        text.append(dash.trial + "\n", "italic")
    first, *rest = dash.findings or [""]
    text.append(first + "\n", "bold")
    primary = dash.analysis.primary
    drawn = picture.lines(primary) if primary is not None else []
    for runs in drawn:
        for chars, kind in runs:
            text.append(chars, _RUN_STYLES.get(kind, ""))
        text.append("\n")
    if drawn:
        text.append(picture.LEGEND + "\n", "dim")
    for line in rest:
        text.append(line + "\n", "dim" if line.startswith("Besides the main") else "")
    text.append(NOT_ADVICE + "\n", "italic dim")
    text.append("t: the full tables, and how the answer was reached", "dim italic")
    return text


# The report's "see the answer above" was not so here: with the tables open at 80x24 the
# answer has scrolled out of view, so the row names the key that brings it back.
MAIN_ROW_HERE = "main question: answered at the top; t or Escape shows it"


def correlation_text(dash: Dashboard) -> Text:
    """The full tables (one key away): the main question's numbers, then every
    exploratory test with its q."""
    a = dash.analysis
    ex = dash.exploratory
    text = Text()  # Text("...", style="bold") made the whole table bold, dim lines too
    text.append("Main question\n", "bold")
    text.append("\n".join(primary_lines(a)[1:]) + "\n")
    text.append(method_line() + "\n", "dim")
    text.append(f"\nExploratory: {ex.tests} tests, q beside p\n", "bold")
    correlations = {id(r): (q1, q2) for r, q1, q2 in ex.correlations}
    for group in a.groups:
        label = group_words(group)[0]
        text.append(f"\n{label}: low-magnesium day × symptom day\n", "bold")
        for c in a.comparisons:
            if c.group != group or c.exposure != LOW:
                continue
            q = ex.q_of(c)
            if c.lag == 0:
                text.append("\n".join(table_lines(c, a.limit, q, MAIN_ROW_HERE)) + "\n")
            elif q is None:
                text.append(f"prev {c.lag} d mean  {MAIN_ROW_HERE}\n")
            else:
                text.append(
                    f"prev {c.lag} d mean  {stats_line(c, q)}\n", "" if _shown(q) else "dim"
                )
        for r in a.correlations:
            if r.group == group:
                text.append(correlation_line(r, *correlations[id(r)]) + "\n", "dim")
        for c in a.comparisons:
            if c.group != group or c.exposure == LOW:
                continue
            t = c.table
            name = c.exposure.replace("_", " ")
            q = ex.q_of(c)
            text.append(
                f"{name:11} {t.a}/{t.exposed} vs {t.c}/{t.unexposed}  {stats_line(c, q)}\n",
                "" if _shown(q) else "dim",
            )
    means = mean_lines(a)
    if means:
        text.append("\nMean intake, symptom days against symptom-free days\n", "bold")
        text.append("\n".join(means) + "\n")
        text.append(MEANS_BASIS + "\n", "dim")
    text.append(MARKS, "dim")
    if any(starred(c, ex.q_of(c)) for c in a.comparisons):
        text.append("\n" + ZERO_MARK, "dim")
    return text


def _shown(q: float | None) -> bool:
    """Bright when an exploratory test's q is small enough to be a finding, else dim."""
    return q is not None and q <= EXPLORATORY_ALPHA
