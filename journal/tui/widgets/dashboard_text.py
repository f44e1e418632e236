"""The dashboard's words and tables as Rich Text: food names are the person's text, never markup."""

from __future__ import annotations

from rich.text import Text

from journal.core.analysis.associations import LOW
from journal.core.analysis.dashboard import Dashboard, basis_line, coverage_line, mean_lines
from journal.core.analysis.findings import NOT_ADVICE, group_words
from journal.core.report.text import correlation_line, stats_line, table_lines

KEYS = (
    "keys: 1 30 d · 2 90 d · 3 year · 4 all · l low-day threshold · "
    "c complete days/any food · esc back"
)


def status_text(dash: Dashboard) -> Text:
    a = dash.analysis
    text = Text.assemble(
        (f"{a.start:%-d %b %Y} to {a.end:%-d %b %Y} ({dash.period})", "bold"),
        f" · a low day is below {a.limit_mg:.0f} mg ({a.threshold:.0%} of {a.target:.0f} mg)\n",
        (basis_line(a), ""),
        "\n",
        (coverage_line(a), "dim"),
        "\n",
        (KEYS, "dim italic"),
    )
    return text


def _mg(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f} mg"


def intake_text(dash: Dashboard, *, sources: bool = False) -> Text:
    if sources:
        text = Text("Top sources in the period\n", style="bold")
        for name, mg in dash.sources:
            text.append(f"{mg:7.0f} mg  ")
            text.append(name)
            text.append("\n")
        if dash.suggestions:
            text.append(f"\nToday is {dash.gap_mg:.0f} mg short. One portion closes it:\n", "bold")
        elif dash.nearest:
            text.append(
                f"\nToday is {dash.gap_mg:.0f} mg short; no single portion closes it. "
                "The richest portions:\n",
                "bold",
            )
        for c in dash.suggestions or dash.nearest:
            text.append(f"  {c.mg:4.0f} mg  ")
            text.append(c.name)
            text.append(f", {c.portion}", "dim")
            text.append("  (you eat this)\n" if c.own else "\n", "dim")
        return text
    today = dash.today_row
    share = today.share(dash.target)
    width = 30
    filled = min(width, round(share * width))
    style = "bold green" if share >= 1 else ("bold yellow" if share >= 0.75 else "bold red")
    text = Text.assemble(
        "Today ",
        ("at least " if today.unknown_foods else "", ""),
        (f"{today.total_mg:.0f} mg", style),
        f" of {dash.target:.0f}  ",
        ("█" * filled, style),
        ("░" * (width - filled), "dim"),
        f" {share:.0%}\n",
        f"7-day average {_mg(dash.average_7)} · 30-day average {_mg(dash.average_30)}",
        ("  (logged days)", "dim"),
    )
    return text


def correlation_text(dash: Dashboard) -> Text:
    a = dash.analysis
    text = Text("Findings\n", style="bold")
    for line in dash.findings:
        text.append("• ")
        text.append(line)
        text.append("\n")
    text.append(NOT_ADVICE + "\n", "italic dim")
    for group in a.groups:
        label = group_words(group)[0]
        text.append(f"\n{label}: low-magnesium day × symptom day\n", "bold")
        for c in a.comparisons:
            if c.group != group or c.exposure != LOW:
                continue
            if c.lag == 0:
                text.append("\n".join(table_lines(c, a.limit_mg)) + "\n")
            else:
                text.append(f"prev {c.lag} d mean  {stats_line(c)}\n", "dim" if c.p >= 0.05 else "")
        for r in a.correlations:
            if r.group == group:
                text.append(correlation_line(r) + "\n", "dim" if r.lag else "")
        factors = [c for c in a.comparisons if c.group == group and c.exposure != LOW]
        for c in factors:
            t = c.table
            name = c.exposure.replace("_", " ")
            text.append(
                f"{name:11} {t.a}/{t.exposed} vs {t.c}/{t.unexposed}  {stats_line(c)}\n",
                "dim" if c.p >= 0.05 else "",
            )
    means = mean_lines(a)
    if means:
        text.append("\nMean intake, symptom days against symptom-free days\n", "bold")
        text.append("\n".join(means) + "\n")
    text.append("RR relative risk (95% CI) · OR odds ratio · p Fisher's exact test", "dim")
    return text
