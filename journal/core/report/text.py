"""The dashboard as plain text: what `mg-journal report` prints and the panels reuse."""

from __future__ import annotations

from journal.core.analysis.answer import method_line
from journal.core.analysis.associations import LOW, Analysis, Comparison, Correlation
from journal.core.analysis.daily import DayRow, total_text
from journal.core.analysis.dashboard import (
    MEANS_BASIS,
    Dashboard,
    basis_line,
    coverage_line,
    mean_lines,
)
from journal.core.analysis.findings import NOT_ADVICE, bound_number, group_words, number, p_text
from journal.core.analysis.primary import PRIMARY_ALPHA
from journal.core.analysis.shown import mg_figure
from journal.core.report.doc import table_title
from journal.core.report.picture import plain


def rate(count: int, total: int) -> str:
    return f"{count / total:.0%}" if total else "-"


def table_lines(
    c: Comparison, limit: str, q: float | None = None, main: str | None = None
) -> list[str]:
    """The 2x2 table with the symptom rate on each side and its statistics; `limit` is
    the low-day limit in words ('310 mg'); `main`, where the main question's answer is
    (None: MAIN_ROW, above)."""
    t = c.table
    exposed = f"below {limit}" if c.exposure == LOW else c.exposure.replace("_", " ")
    if c.exposure == LOW and c.lag:
        exposed = f"prev {c.lag} d < {limit.removesuffix(' mg')}"
    other = "not low" if c.exposure == LOW else "without"
    lines = [
        f"{'':18}{'symptom':>9}{'none':>7}{'rate':>7}",
        f"{exposed:18}{t.a:>9}{t.b:>7}{rate(t.a, t.exposed):>7}",
        f"{other:18}{t.c:>9}{t.d:>7}{rate(t.c, t.unexposed):>7}",
    ]
    return [*lines, row_stats(c, q, main)]


def row_stats(c: Comparison, q: float | None, main: str | None = None, gap: str = "  ") -> str:
    """A table's statistics; the main question's own table (no q: not exploratory) has
    its test and interval in the answer above, the shift test's, and says so rather than
    show a same-day Wald p that seems to contradict it. `gap` parts the figures: a page
    (HTML, Markdown) folds two spaces into one, so it passes "; "."""
    return (main or MAIN_ROW) if q is None else stats_line(c, q, gap)


MARKS = (
    "RR relative risk (95% CI) · OR odds ratio · p the test its interval inverts "
    "(Wald, log RR) · q Benjamini-Hochberg over the view's exploratory tests"
)
MAIN_ROW = "the main question: see the answer above (its test, or why it waits)"
ZERO_MARK = (
    "* a count was 0: 0.5 was added to every count for the RR and its interval "
    "(the OR is the counts' own, so 0 or inf)"
)


def starred(c: Comparison, q: float | None) -> bool:
    """Whether the row shows the * that ZERO_MARK explains: the main question's own rows
    (no q) show MAIN_ROW instead, so a 0 count there stars nothing."""
    return q is not None and c.risk is not None and c.risk.corrected


def stats_line(c: Comparison, q: float | None = None, gap: str = "  ") -> str:
    risk = c.risk
    text = (
        "RR -"
        if risk is None
        else f"RR {number(risk.ratio)} ({number(risk.low)}-{number(risk.high)})"
    )
    if risk is not None and risk.corrected:
        text += "*"
    odds = "-" if c.odds != c.odds else number(c.odds)  # nan: no odds ratio
    parts = [text, f"OR {odds}", f"p {p_text(c.p)}"] + ([] if q is None else [f"q {p_text(q)}"])
    return gap.join(parts)


def primary_lines(a: Analysis) -> list[str]:
    """The main question in numbers: the shift test, each lag, and the adjustment."""
    pr = a.primary
    if pr is None or pr.shown is None:
        return []
    out = [
        f"Main question: {group_words(pr.group)[0].lower()} against low-magnesium days, "
        "same day and day after",
        f"  one test for both: p {p_text(pr.p or 1.0)} (one-sided shift test, "
        f"{pr.rearrangements} alignments); a finding at p <= {PRIMARY_ALPHA:g}",
    ]
    if pr.stretch_days:
        out.append(
            f"  RR: Mantel-Haenszel over stretches of about {pr.stretch_days} logged days "
            "(days compared within the same stretch)"
        )
    for e in pr.lags:
        t = e.table
        when = "same day " if e.lag == 0 else "day after"
        ratio = "-" if e.ratio is None else number(e.ratio)
        interval = (
            f" ({pr.level:.0%} lower bound {bound_number(e.low)})" if e.low is not None else ""
        )
        out.append(
            f"  {when}  low {t.a}/{t.exposed} {rate(t.a, t.exposed)} vs other "
            f"{t.c}/{t.unexposed} {rate(t.c, t.unexposed)}  RR {ratio}{interval}"
        )
    for st in pr.strata:
        if st.pooled is None:
            continue
        m = st.pooled
        out.append(
            f"  allowing for {st.factor.replace('_', ' ')} ({st.days} d, Mantel-Haenszel): "
            f"RR {number(m.ratio)} (95% CI {number(m.low)} to {number(m.high)}; p {p_text(m.p)})"
        )
    if pr.adjusted is not None and pr.adjusted_for:  # no factor: no adjustment to show
        t2 = pr.adjusted
        names = ", ".join(k.replace("_", " ") for k in pr.adjusted_for)
        within = ", within stretches" if pr.stretch_days else ""
        together = " together" if len(pr.adjusted_for) > 1 else ""  # not for one factor
        out.append(
            f"  allowing for {names}{together} (Poisson{within}, Newey-West CI): "
            f"RR {number(t2.ratio)} "
            f"(95% CI {number(t2.low)} to {number(t2.high)}; p {p_text(t2.p)})"
        )
    return out


def correlation_line(r: Correlation, q_pb: float | None = None, q_rho: float | None = None) -> str:
    def fmt(value: float | None, p: float | None, q: float | None) -> str:
        if value is None or p is None:
            return "-"
        return f"{value:+.2f} (p {p_text(p)}" + ("" if q is None else f", q {p_text(q)}") + ")"

    when = "same day" if r.lag == 0 else f"prev {r.lag} d"
    return (
        f"{when:9} point-biserial {fmt(r.point_biserial, r.point_biserial_p, q_pb)}  "
        f"Spearman {fmt(r.spearman, r.spearman_p, q_rho)}  n={r.n}"
    )


def day_line(row: DayRow, *edges: float) -> str:
    """One day's total as the report lists it; unknown figures make it 'at least'."""
    if not row.foods:
        text = "no food logged" + (
            f", supplements {mg_figure(row.supplement_mg)} mg" if row.supplement_mg else ""
        )
    else:
        text = total_text(row, *edges) + (" so far" if row.in_progress else "")
    return text + ("  ✓ complete" if row.complete else "")


def answer_block(dash: Dashboard) -> list[str]:
    """The answer first, then its picture: what every view opens with."""
    out = [f"Note: {dash.trial}"] if dash.trial else []
    first, *rest = dash.findings or [""]
    out.append(f"- {first}")
    if dash.analysis.primary is not None:
        picture = plain(dash.analysis.primary)
        if picture:
            out += ["", *[f"  {line}" for line in picture], ""]
    return out + [f"- {line}" for line in rest]


def target_line(dash: Dashboard, basis: str = "") -> str:
    """The target and, given, where it comes from: as the doctor's page words it (`report`
    said "Target 360 mg" and left the reader to guess which RDA row, or that it was custom)."""
    a = dash.analysis
    if not basis:
        return f"Target {mg_figure(a.target)} mg; {a.low_day_rule()}."
    return (
        f"Target {mg_figure(a.target)} mg of magnesium a day: {basis}. "
        f"{a.low_day_rule().capitalize()}."
    )


def report(dash: Dashboard, basis: str = "") -> str:
    a = dash.analysis
    ex = dash.exploratory
    out = [
        f"Mg Journal report, {a.start:%-d %b %Y} to {a.end:%-d %b %Y} ({dash.period})",
        target_line(dash, basis),
        basis_line(a),
        coverage_line(a),
        "",
        "Answer",
        *answer_block(dash),
        "",
        "Last 7 days",
        *[
            f"  {r.date:%a} {r.date.day:>2} {r.date:%b}  {day_line(r, *dash.edges(r.date))}"
            for r in dash.rows[-7:]
        ],
        "",
    ]
    main = primary_lines(a)
    if main:
        out += [*main, "", method_line(), ""]
    shown = [(c, ex.q_of(c)) for c in a.comparisons if c.exposure == LOW and c.lag == 0]
    for c, q in shown:
        out += [table_title(c)]
        out += [f"  {line}" for line in table_lines(c, a.limit, q)] + [""]
    out += [MARKS]
    if any(starred(c, q) for c, q in shown):  # not for a row the report leaves out
        out += [ZERO_MARK]
    out += [""]
    means = mean_lines(a)
    if means:
        out += ["Mean intake", *[f"  {line}" for line in means], f"  {MEANS_BASIS}", ""]
    if dash.sources:
        out += ["Top magnesium sources"]
        out += [f"  {mg_figure(mg):>8} mg  {name}" for name, mg in dash.sources] + [""]
    out.append(NOT_ADVICE)
    return "\n".join(out)
