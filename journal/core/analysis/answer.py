"""The primary question's answer in plain words, first; then what else was seen.

One sentence opens every view (dashboard, `report`, the doctor's page): found, not
found, explained by a factor, or not enough data, with the effect and its interval.
Worded as associations in the person's records, never as causes.
"""

from __future__ import annotations

from journal.core.analysis.associations import Analysis
from journal.core.analysis.exploratory import MIN_CELL, Exploratory
from journal.core.analysis.findings import (
    CAVEAT,
    FACTOR_WORDS,
    bound_number,
    group_words,
    number,
    p_text,
    rates,
    sentence,
)
from journal.core.analysis.primary import (
    EXPLAINED,
    EXPLORATORY_ALPHA,
    FOUND,
    NOT_FOUND,
    PRIMARY_ALPHA,
    REVERSE,
    STRETCH_DAYS,
    Primary,
    Stratified,
)
from journal.core.stats.contingency import Table2x2

SHIFT_TEST = "a test that keeps the streaks in your days"
EXPLAINED_CAVEAT = "These are associations in your own records, not proof of what causes what."


def lag_words(lag: int) -> str:
    return "low-magnesium days" if lag == 0 else "days after a low-magnesium day"


def factor_name(kind: str) -> str:
    return FACTOR_WORDS.get(kind, (f"{kind} days", kind))[1]


def factor_days(kind: str) -> str:
    return FACTOR_WORDS.get(kind, (f"{kind} days", kind))[0]


def headline(analysis: Analysis) -> str:
    """The one sentence that answers the question (after `needs` said there is data)."""
    pr = analysis.primary
    assert pr is not None
    label, verb = group_words(pr.group)
    shown = pr.shown
    if pr.status not in (FOUND, NOT_FOUND, EXPLAINED) or shown is None:
        why = f" ({pr.reason})" if pr.reason else ""
        return (
            f"Not enough data: {label.lower()} cannot yet be compared between low-magnesium "
            f"days and other days{why}."
        )
    exposed = lag_words(shown.lag)
    counts = rates(shown.table, exposed, label, verb)
    effect = _effect(pr)
    if pr.status == FOUND:
        return f"Found: {counts}, {effect}.{_zero(shown.table)} {CAVEAT.format(cause='magnesium')}"
    if pr.status == EXPLAINED:
        assert pr.explained_by is not None
        name = factor_name(pr.explained_by)
        st = next(s for s in pr.strata if s.factor == pr.explained_by)
        both = _both(st.within, st.without, factor_days(pr.explained_by))
        return (
            f"Explained by {name}: {counts}, {effect}; but {both}, and "
            f"{_without(st.without, name, label, verb)}.{_zero(shown.table)} {EXPLAINED_CAVEAT}"
        )
    if shown.ratio is not None and shown.ratio <= 1:
        # One-sided: fewer symptoms on low days answers the question too (no), not a finding.
        return (
            f"Not found: {counts}; symptoms were not more common on low days "
            f"(one-sided p {p_text(pr.p or 1.0)}, {SHIFT_TEST})."
        )
    return (
        f"Not found: {counts}; a difference of this size is within what chance gives "
        f"(one-sided p {p_text(pr.p or 1.0)}, {SHIFT_TEST})."
    )


def _zero(t: Table2x2) -> str:
    """Said when no other day had a symptom: "32 times as often" beside "0 of 32 other
    days" is a ratio the shift test's estimate makes finite by adding 0.5 to the counts."""
    if t.c:
        return ""
    return " No other day had a symptom, so 0.5 was added to every count to estimate the ratio."


def _effect(pr: Primary) -> str:
    e = pr.shown
    assert e is not None and e.ratio is not None
    # The test is one-sided (only "more often" can be a finding): its interval is a bound.
    bound = f"; {pr.level:.0%} lower bound {bound_number(e.low)}" if e.low is not None else ""
    p = p_text(pr.p or 1.0)
    return f"{number(e.ratio)} times as often{within(pr)} (one-sided p {p}{bound})"


def within(pr: Primary) -> str:
    """' comparing days within the same 4 weeks' when the ratio is stratified by time:
    the stretches' calendar span, as a person remembers it (weeks, then months)."""
    if not pr.stretch_days:
        return ""
    weeks = round(pr.stretch_span / 7)
    span = f"{weeks} weeks" if weeks < 9 else f"{round(pr.stretch_span / 30.4)} months"
    return f" comparing days within the same {span}"


def _both(within: Table2x2, without: Table2x2, days_with: str) -> str:
    """'38 of 69 days with exercise were low days (55%), against 70 of 273 other days (26%)'."""
    return (
        f"{within.exposed} of {within.total} {days_with} were low days "
        f"({within.exposed / within.total:.0%}), against {without.exposed} of "
        f"{without.total} other days ({without.exposed / without.total:.0%})"
    )


def _without(t: Table2x2, name: str, label: str, verb: str) -> str:
    if not t.exposed or not t.unexposed:
        return f"there were too few days without {name} to compare"
    return (
        f"on days without {name}, {label.lower()} {verb} logged on {t.a} of {t.exposed} "
        f"low days ({t.a / t.exposed:.0%}) and {t.c} of {t.unexposed} other days "
        f"({t.c / t.unexposed:.0%})"
    )


def _all_low_days_had(st: Stratified) -> bool:
    """Every low day fell on the factor's days and no ratio could be found within them:
    the adjustment had nothing to hold, so "found" alone would not name the factor."""
    return st.pooled is None and not st.without.exposed and st.within.exposed > 0


def _inseparable(st: Stratified) -> str:
    """'Every low-magnesium day was also a day with exercise: ...', the factor named."""
    name = factor_name(st.factor)
    return (
        f"Every low-magnesium day was also one of the {factor_days(st.factor)}: "
        f"{_both(st.within, st.without, factor_days(st.factor))}. These records cannot "
        f"tell low magnesium and {name} apart: the symptoms may go with {name} instead."
    )


def details(analysis: Analysis, ex: Exploratory) -> list[str]:
    """What follows the headline: the adjustment, the reverse direction, days needed.

    The reverse direction is said when it qualifies a finding, or is a finding itself."""
    pr = analysis.primary
    if pr is None or pr.shown is None:
        return []
    lines = []
    # With no factor in the model nothing was allowed for: its ratio is the crude one,
    # and saying "allowing for nothing" read as if the finding had gone after adjustment.
    if pr.adjusted is not None and pr.adjusted_for and pr.status in (FOUND, EXPLAINED):
        adj = pr.adjusted
        allowed = ", ".join(factor_name(k) for k in pr.adjusted_for)
        # One factor: "days with each, in one model" read as if there were several.
        how = "days with it" if len(pr.adjusted_for) == 1 else "days with each, in one model"
        lines.append(
            f"Allowing for {allowed} ({how}"
            f"{',' + within(pr) if pr.stretch_days else ''}), the ratio is "
            f"{number(adj.ratio)} (95% CI {number(adj.low)} to {number(adj.high)}; "
            f"p {p_text(adj.p)})."
        )
    if pr.status == FOUND:
        lines += [_inseparable(st) for st in pr.strata if _all_low_days_had(st)]
    c = pr.reverse_stronger
    found = pr.status in (FOUND, EXPLAINED) or any(c is f for f, _ in ex.findings)
    if c is not None and found:
        after = c.exposure.split(":", 1)[1]
        what = "a diarrhea day" if after == "diarrhea" else "a symptom day"
        t = c.table
        lines.append(
            f"The reverse pattern is stronger: low-magnesium days came after {what} "
            f"{t.a} of {t.exposed} times ({t.a / t.exposed:.0%}) and after other days "
            f"{t.c} of {t.unexposed} ({t.c / t.unexposed:.0%}): symptoms may change "
            "what is eaten, rather than the other way round."
        )
    if pr.status == NOT_FOUND and pr.days_needed is not None:
        more = pr.more_days or 0
        if more:
            lines.append(
                f"To find a doubling of risk with 80% power at your symptom rate "
                f"({pr.rate:.0%} of days), about {more} more logged days are needed."
            )
        else:
            lines.append(
                f"With {pr.days} days, a doubling of risk would have been found 8 times in 10; "
                "a smaller link cannot be ruled out."
            )
    return lines


def exploratory_lines(analysis: Analysis, ex: Exploratory) -> list[str]:
    lines = [
        f"Exploratory: {sentence(c, analysis.limit, q)}"
        for c, q in ex.findings
        if not c.exposure.startswith(REVERSE)  # said beside the answer when it matters
    ]
    opened = analysis.primary is not None and analysis.primary.status in (FOUND, EXPLAINED)
    if not opened:
        rule = "they are looked at only once the main question finds an association"
    else:
        rule = (
            f"a table of low against other days is a finding when its q (Benjamini-Hochberg) "
            f"is at most {EXPLORATORY_ALPHA:g} and each of its cells holds {MIN_CELL} days or "
            "more; correlations are shown, never findings"
        )
        rule += "" if lines else "; none was"
    lines.append(f"Besides the main question, {ex.tests} exploratory tests were run: {rule}.")
    return lines


def answer_lines(analysis: Analysis, ex: Exploratory) -> list[str]:
    return [headline(analysis), *details(analysis, ex), *exploratory_lines(analysis, ex)]


def method_line() -> str:
    """How the answer was reached, for the full tables and the doctor's page."""
    return (
        "How: the main question is fixed in advance (symptom days against low-magnesium "
        "days, the same day and the day after). Its p comes from shifting the symptom series "
        "against intake (circular shifts of a week or more, forwards and backwards; at "
        "most 1,999, evenly spread), which keeps streaks; the ratio compares days within "
        f"stretches of {STRETCH_DAYS} logged days or more (Mantel-Haenszel; at most 12 "
        "stretches), so intake and symptoms that both drift over the journal make no "
        "pattern by themselves; "
        "it is one-sided (only more symptoms on low days can be a finding), a finding "
        f"at p <= {PRIMARY_ALPHA:g}, and its {1 - PRIMARY_ALPHA:.0%} lower bound inverts that "
        "test. Every other test is exploratory, with Benjamini-Hochberg q beside p; one is a "
        f"finding only when q <= {EXPLORATORY_ALPHA:g} and the main question found an "
        "association first."
    )
