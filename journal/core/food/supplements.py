"""Magnesium supplement forms and their elemental magnesium.

Elemental fractions (share of the salt's mass that is magnesium, approximate), as
in the project's FACTS.md and the NIH Office of Dietary Supplements fact sheet:
oxide ~60%, carbonate ~45%, hydroxide ~42%, citrate (trimagnesium, anhydrous) ~16%,
lactate ~12%, chloride (hexahydrate) ~12%, malate ~15%, glycinate/bisglycinate ~14%,
taurate ~9%, L-threonate ~7-8% (we use 7.5%), sulfate (heptahydrate, Epsom) ~10%.

Labels usually state elemental mg per serving already: log that figure when given,
and convert from salt mass only when the label does not. "other" has no fraction,
so it cannot be converted.

The Upper Limit for supplemental magnesium is with the targets
(`journal.core.person.targets.supplement_ul_mg`).
"""

from __future__ import annotations

ELEMENTAL_FRACTION: dict[str, float | None] = {
    "oxide": 0.60,
    "carbonate": 0.45,
    "hydroxide": 0.42,
    "citrate": 0.16,
    "lactate": 0.12,
    "chloride": 0.12,
    "malate": 0.15,
    "glycinate": 0.14,
    "taurate": 0.09,
    "L-threonate": 0.075,
    "sulfate": 0.10,
    "other": None,
}
FORMS: tuple[str, ...] = tuple(ELEMENTAL_FRACTION)


def form_named(typed: str) -> str:
    """The form as listed ("Glycinate", "magnesium glycinate" is glycinate); else a
    ValidationError offering the form a typo is closest to, as `log` offers a kind."""
    from journal.core.validate import ValidationError, did_you_mean

    word = " ".join(typed.strip().lower().split()).removeprefix("magnesium ")
    forms = {form.lower(): form for form in FORMS}
    if word in forms:
        return forms[word]
    meant = did_you_mean(word, forms)
    if not word:  # "'' is not a form" quoted nothing
        raise ValidationError("form", f"is empty; give one of: {', '.join(FORMS)}")
    raise ValidationError("form", f"{typed!r} is not a form{meant}; use one of: {', '.join(FORMS)}")


def elemental_mg(form: str, salt_mg: float) -> float:
    """Elemental magnesium in ``salt_mg`` of the salt ``form``.

    Raises ValueError for an unknown form, for "other" (no known fraction: log the
    label's elemental figure instead) and for a negative or non-finite mass.
    """
    if form not in ELEMENTAL_FRACTION:
        raise ValueError(f"unknown magnesium form {form!r}; known: {', '.join(FORMS)}")
    fraction = ELEMENTAL_FRACTION[form]
    if fraction is None:
        raise ValueError(f"no elemental fraction for {form!r}: enter the label's elemental mg")
    if not 0 <= salt_mg < float("inf"):
        raise ValueError(f"salt mass must be a non-negative number of mg, not {salt_mg!r}")
    return salt_mg * fraction


FAR_ABOVE = 2  # a dose above twice the Upper Limit is asked about before it is stored


# Under 1 year no Upper Limit is set (FACTS.md); 65 mg is the youngest one, from age 1.
INFANT_YARDSTICK_MG = 65
INFANT_NOTE = (
    "no upper limit is set under 1 year (65 mg a day from age 1); give a baby a "
    "supplement only as a clinician advises."
)


def far_above(mg: float, limit: float | None) -> str | None:
    """Why one dose of `mg` elemental needs a second look: it is more than FAR_ABOVE
    times the Upper Limit `limit` (most often the salt's mass typed as elemental).
    None when it is not, or no limit is set."""
    if not limit or mg <= FAR_ABOVE * limit:
        return None
    times = f"{mg / limit:.0f}" if mg >= 3 * limit else f"{mg / limit:.1f}"
    return f"{mg:,.0f} mg elemental in one dose is {times} times the {limit:,.0f} mg upper limit"
