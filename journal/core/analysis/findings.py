"""The analysis in plain words: associations, never causes, small samples said plainly."""

from __future__ import annotations

import math

from journal.core.analysis.associations import LOW, MIN_SYMPTOM_DAYS, Analysis, Comparison
from journal.core.analysis.daily import ALL

SIGNIFICANT = 0.05  # Fisher p below this counts as a finding
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


def exposure_label(c: Comparison, limit_mg: float) -> str:
    if c.exposure != LOW:
        return FACTOR_WORDS.get(c.exposure, (f"{c.exposure} days", c.exposure))[0]
    if c.lag == 0:
        return "low-magnesium days"
    if c.lag == 1:
        return f"days after a low-magnesium day (below {limit_mg:.0f} mg)"
    return f"days whose previous {c.lag} days averaged below {limit_mg:.0f} mg"


def sentence(c: Comparison, limit_mg: float) -> str:
    """One comparison in words, with its caveats."""
    t = c.table
    label, verb = group_words(c.group)
    exposed = exposure_label(c, limit_mg)
    text = (
        f"{label} {verb} logged on {t.a} of {t.exposed} {exposed} ({t.a / t.exposed:.0%}) "
        f"and on {t.c} of {t.unexposed} other days ({t.c / t.unexposed:.0%})"
    )
    risk = c.risk
    if risk is not None:
        only = "" if risk.ratio >= 1 else "only "
        text += (
            f": {only}{number(risk.ratio)} times as often "
            f"(95% CI {number(risk.low)} to {number(risk.high)}; Fisher p {p_text(c.p)})."
        )
    else:
        text += f" (Fisher p {p_text(c.p)})."
    if risk is not None and risk.corrected:
        text += " One count was 0, so 0.5 was added to every count to estimate the ratio."
    if min(t.a, t.b, t.c, t.d) < 5 or (risk is not None and risk.high > 10 * risk.low):
        text += " The counts are small and the interval wide: treat this as a hint, not a result."
    cause = "magnesium" if c.exposure == LOW else FACTOR_WORDS.get(c.exposure, ("", "it"))[1]
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
        f"{analysis.symptom_days} symptom days so far; the journal needs "
        f"{' and '.join(parts)}."
    )


def findings(analysis: Analysis) -> list[str]:
    """Findings in plain words, strongest evidence first; a 'no clear pattern' line if none."""
    missing = needs(analysis)
    if missing:
        return [missing]
    found = [
        c
        for c in analysis.comparisons
        if c.p < SIGNIFICANT
        and c.risk is not None
        and analysis.group_days.get(c.group, 0) >= MIN_SYMPTOM_DAYS
    ]
    # When one kind makes up every symptom day, "Symptoms" repeats it: keep the kind.
    by_kind = {(c.exposure, c.lag, c.table) for c in found if c.group != ALL}
    found = [c for c in found if c.group != ALL or (c.exposure, c.lag, c.table) not in by_kind]
    found.sort(key=lambda c: (c.p, -abs(math.log(c.risk.ratio)) if c.risk else 0.0))
    if not found:
        return [
            f"No clear pattern: over {analysis.logged} {_days_word(analysis)}, symptom days "
            "were about as common on low-magnesium days as on other days, and no factor stood out."
        ]
    lines = [sentence(c, analysis.limit_mg) for c in found]
    if len(analysis.comparisons) >= 20:
        lines.append(
            f"{len(analysis.comparisons)} comparisons were made, so one with p near 0.05 "
            "can be chance."
        )
    return lines
