"""The dashboard as plain text: what `mg-journal report` prints and the panels reuse."""

from __future__ import annotations

from journal.core.analysis.associations import LOW, Comparison, Correlation
from journal.core.analysis.daily import DayRow, total_text
from journal.core.analysis.dashboard import Dashboard, basis_line, coverage_line, mean_lines
from journal.core.analysis.findings import NOT_ADVICE, group_words, number, p_text


def rate(count: int, total: int) -> str:
    return f"{count / total:.0%}" if total else "-"


def table_lines(c: Comparison, limit_mg: float) -> list[str]:
    """The 2x2 table with the symptom rate on each side and its statistics."""
    t = c.table
    exposed = f"below {limit_mg:.0f} mg" if c.exposure == LOW else c.exposure.replace("_", " ")
    if c.exposure == LOW and c.lag:
        exposed = f"prev {c.lag} d < {limit_mg:.0f}"
    other = "not low" if c.exposure == LOW else "without"
    lines = [
        f"{'':18}{'symptom':>9}{'none':>7}{'rate':>7}",
        f"{exposed:18}{t.a:>9}{t.b:>7}{rate(t.a, t.exposed):>7}",
        f"{other:18}{t.c:>9}{t.d:>7}{rate(t.c, t.unexposed):>7}",
    ]
    return [*lines, stats_line(c)]


def stats_line(c: Comparison) -> str:
    risk = c.risk
    text = (
        "RR -"
        if risk is None
        else f"RR {number(risk.ratio)} ({number(risk.low)}-{number(risk.high)})"
    )
    if risk is not None and risk.corrected:
        text += "*"
    odds = "-" if c.odds != c.odds else number(c.odds)  # nan: no odds ratio
    return f"{text}  OR {odds}  p {p_text(c.p)}"


def correlation_line(r: Correlation) -> str:
    def fmt(value: float | None, p: float | None) -> str:
        return "-" if value is None or p is None else f"{value:+.2f} (p {p_text(p)})"

    when = "same day" if r.lag == 0 else f"prev {r.lag} d"
    return (
        f"{when:9} point-biserial {fmt(r.point_biserial, r.point_biserial_p)}  "
        f"Spearman {fmt(r.spearman, r.spearman_p)}  n={r.n}"
    )


def day_line(row: DayRow) -> str:
    """One day's total as the report lists it; unknown figures make it 'at least'."""
    if not row.foods:
        text = "no food logged" + (
            f", supplements {row.supplement_mg:.0f} mg" if row.supplement_mg else ""
        )
    else:
        text = total_text(row) + (" so far" if row.in_progress else "")
    return text + ("  ✓ complete" if row.complete else "")


def report(dash: Dashboard) -> str:
    a = dash.analysis
    out = [
        f"Mg Journal report, {a.start:%-d %b %Y} to {a.end:%-d %b %Y} ({dash.period})",
        f"Target {a.target:.0f} mg; a low day is below {a.limit_mg:.0f} mg "
        f"({a.threshold:.0%} of target).",
        basis_line(a),
        coverage_line(a),
        "",
        "Last 7 days",
        *[f"  {r.date:%a %-d %b}  {day_line(r)}" for r in dash.rows[-7:]],
        "",
        "Findings",
        *[f"- {line}" for line in dash.findings],
        "",
    ]
    for c in a.comparisons:
        if c.exposure == LOW and c.lag == 0:
            out += [f"{group_words(c.group)[0]}: low-magnesium day x symptom day"]
            out += [f"  {line}" for line in table_lines(c, a.limit_mg)] + [""]
    if any(c.risk and c.risk.corrected for c in a.comparisons):
        out += ["* a count was 0: 0.5 was added to every count for the ratio", ""]
    means = mean_lines(a)
    if means:
        out += ["Mean intake", *[f"  {line}" for line in means], ""]
    if dash.sources:
        out += ["Top magnesium sources"]
        out += [f"  {mg:8.0f} mg  {name}" for name, mg in dash.sources] + [""]
    out.append(NOT_ADVICE)
    return "\n".join(out)
