"""The analysis in plain words: associations, never causes, small samples said plainly."""

from __future__ import annotations

import math

from journal.core.analysis.associations import LOW, Analysis, Comparison
from journal.core.analysis.daily import ALL
from journal.core.stats.contingency import Table2x2

NOT_ADVICE = (
    "This is not medical advice: the journal shows associations in your own records; "
    "it cannot show that magnesium caused or will cure a symptom."
)
CAVEAT = "This is an association in your own records, not proof that {cause} causes it."

# (label, verb) so a sentence reads "Cramps were logged" / "Fatigue was logged".
GROUP_WORDS = {
    ALL: ("Symptoms", "were"),
    "cramp": ("Cramps", "were"),
    "twitch": ("Twitches", "were"),
    "spasm": ("Spasms", "were"),
    "weakness": ("Weakness", "was"),
    "fatigue": ("Fatigue", "was"),
}
FACTOR_WORDS = {
    "exercise": ("days with exercise", "exercise"),
    "standing": ("days with long standing", "standing"),
    "alcohol": ("days with alcohol", "alcohol"),
    "diarrhea": ("days with diarrhea", "diarrhea"),
    "poor_sleep": ("days after poor sleep", "poor sleep"),
    "other": ("days with an 'other' factor", "that factor"),
}


def factor_words(exposure: str) -> tuple[str, str]:
    """(its days, its name as a cause); a factor without words reads as its own name."""
    return FACTOR_WORDS.get(exposure, (f"{exposure} days", exposure))


def group_words(group: str) -> tuple[str, str]:
    return GROUP_WORDS.get(group, (group[:1].upper() + group[1:], "was"))


def number(value: float) -> str:
    """Two significant figures, as the example sentence: 6.4, 2.0, 20."""
    if math.isinf(value):
        return "∞"
    if value >= 9.95:
        return f"{value:.0f}"
    if value >= 0.995:
        return f"{value:.1f}"
    return f"{value:.2f}"


def bound_number(value: float) -> str:
    """A lower bound as `number` gives it, but one above 1 never reads "1.0" beside a
    finding (it excludes 1): 1.04 is "1.04", 1.004 "1.004", closer "just above 1"."""
    if not 1 < value < 1.1:
        return number(value)
    for digits in (2, 3):
        if float(f"{value:.{digits}f}") > 1:
            return f"{value:.{digits}f}"
    return "just above 1"


def exposure_label(c: Comparison, limit: str) -> str:
    if c.exposure != LOW:
        return factor_words(c.exposure)[0]
    if c.lag == 0:
        return "low-magnesium days"
    if c.lag == 1:
        return "days after a low-magnesium day"
    return f"days whose previous {c.lag} days averaged below {limit}"


def rates(t: Table2x2, exposed: str, label: str, verb: str) -> str:
    """'Cramps were logged on 33 of 97 <exposed> (34%) and on 21 of 130 other days (16%)'."""
    return (
        f"{label} {verb} logged on {t.a} of {t.exposed} {exposed} ({t.a / t.exposed:.0%}) "
        f"and on {t.c} of {t.unexposed} other days ({t.c / t.unexposed:.0%})"
    )


def sentence(c: Comparison, limit: str, q: float | None = None) -> str:
    """One comparison in words, with its caveats (the p is the test its interval inverts;
    q, when given, beside it: after the caveat it read "...causes it. (q 0.004)")."""
    t = c.table
    label, verb = group_words(c.group)
    text = rates(t, exposure_label(c, limit), label, verb)
    risk = c.risk
    beside = "" if q is None else f"; q {p_text(q)}"
    if risk is not None:
        only = "" if risk.ratio >= 1 else "only "
        text += (
            f": {only}{number(risk.ratio)} times as often "
            f"(95% CI {number(risk.low)} to {number(risk.high)}; p {p_text(c.p)}{beside})."
        )
    else:
        text += f" ({beside.removeprefix('; ')})." if beside else "."
    if risk is not None and risk.corrected:
        text += " One count was 0, so 0.5 was added to every count to estimate the ratio."
    if min(t.a, t.b, t.c, t.d) < 5 or (risk is not None and risk.high > 10 * risk.low):
        text += " The counts are small and the interval wide: treat this as a hint, not a result."
    cause = "magnesium" if c.exposure == LOW else factor_words(c.exposure)[1]
    return f"{text} {CAVEAT.format(cause=cause)}"


def p_text(p: float) -> str:
    return "< 0.001" if p < 0.001 else f"{p:.3f}"


def _days_word(analysis: Analysis) -> str:
    """The words after `analysis.logged`: "1 logged day", "2 logged days"."""
    words = "complete day" if analysis.complete_only else "logged day"
    return words if analysis.logged == 1 else words + "s"


def needs(analysis: Analysis) -> str | None:
    """What is still missing before any finding is shown, or None when there is enough."""
    if analysis.enough_data:
        return None
    parts = []
    if analysis.more_days_needed:
        n = analysis.more_days_needed
        if analysis.complete_only:
            parts.append(f"{n} more complete day{'s' if n != 1 else ''} (marked, with food)")
        else:
            parts.append(f"{n} more logged day{'s' if n != 1 else ''} (days with food entries)")
    if analysis.more_symptom_days_needed:
        n = analysis.more_symptom_days_needed
        parts.append(f"{n} more day{'s' if n != 1 else ''} with a symptom")
    return (
        f"Not enough data yet for findings: {analysis.logged} {_days_word(analysis)} and "
        f"{analysis.symptom_days} symptom day{'s' if analysis.symptom_days != 1 else ''} "
        f"so far{_uncompared(analysis)}{_today_waits(analysis)}; the journal needs "
        f"{' and '.join(parts)}."
    )


def _today_waits(analysis: Analysis) -> str:
    """Why the day just logged is not among them: a first day's food and cramp read as
    "0 logged days and 0 symptom days so far", as if nothing had been saved."""
    if not analysis.in_progress:
        return ""
    return " (today counts once it is over or marked complete)"


def _uncompared(analysis: Analysis) -> str:
    """Why symptom days the chart marks are not among the symptom days counted."""
    n = analysis.unlogged_symptom_days
    if not n:
        return ""
    one = n == 1
    if analysis.complete_only:
        what = "is not a complete day with food" if one else "are not complete days with food"
    else:
        what = "has no food logged" if one else "have no food logged"
    return (
        f" ({n} day{'' if one else 's'} with a symptom {what}, so "
        f"{'it' if one else 'they'} cannot be compared yet)"
    )


def findings(analysis: Analysis) -> list[str]:
    """The answer first (see `journal.core.analysis.answer`), then exploratory findings."""
    from journal.core.analysis.answer import answer_lines
    from journal.core.analysis.exploratory import family

    missing = needs(analysis)
    if missing:
        return [missing]
    return answer_lines(analysis, family(analysis))
