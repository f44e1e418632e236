"""Daily magnesium targets: the Recommended Dietary Allowance and the supplement Upper Limit.

Source: US National Academies (Food and Nutrition Board, Dietary Reference
Intakes), as published by the NIH Office of Dietary Supplements, Magnesium fact
sheet for health professionals: RDA table (infants under 1 year: Adequate
Intake), Tolerable Upper Intake Level for supplemental magnesium, and the
420 mg Daily Value used on US labels.

Decisions the table leaves open, stated in the basis text each call returns:
- sex "unspecified" (prefer not to say) takes the higher of the male and female
  values, so the target is never set too low;
- the table has pregnancy and lactation rows only for ages 14 to 50; outside
  them the ordinary row for the age is used and the basis says so (a stored
  profile must keep loading as its owner ages, so this is a fallback, not an error);
- pregnant and lactating at once takes the higher (pregnancy) value.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

SOURCE = (
    "US National Academies, as published by the NIH Office of Dietary Supplements, "
    "Magnesium fact sheet"
)
SEXES = ("female", "male", "unspecified")
DAILY_VALUE_MG = 420  # US label Daily Value, adults and children 4 and older
# The seed article's figure for most adult women; the target until a profile gives an age.
DEFAULT_TARGET_MG = 310


@dataclass(frozen=True, slots=True)
class RdaRow:
    """One row of the RDA table; ages in years, `upto` exclusive (14-18 years is 14 <= age < 19)."""

    label: str
    start: float
    upto: float
    male: int
    female: int
    pregnancy: int | None = None
    lactation: int | None = None
    adequate_intake: bool = False  # infants: an Adequate Intake, not an RDA


RDA_TABLE: tuple[RdaRow, ...] = (
    RdaRow("0-6 months", 0.0, 0.5, 30, 30, adequate_intake=True),
    RdaRow("7-12 months", 0.5, 1.0, 75, 75, adequate_intake=True),
    RdaRow("1-3 years", 1.0, 4.0, 80, 80),
    RdaRow("4-8 years", 4.0, 9.0, 130, 130),
    RdaRow("9-13 years", 9.0, 14.0, 240, 240),
    RdaRow("14-18 years", 14.0, 19.0, 410, 360, pregnancy=400, lactation=360),
    RdaRow("19-30 years", 19.0, 31.0, 400, 310, pregnancy=350, lactation=310),
    RdaRow("31-50 years", 31.0, 51.0, 420, 320, pregnancy=360, lactation=320),
    RdaRow("51+ years", 51.0, math.inf, 420, 320),
)

# Tolerable Upper Intake Level for magnesium from supplements and medicines (not food).
# (start age in years, limit in mg); under 1 year none is set.
SUPPLEMENT_UL: tuple[tuple[float, int], ...] = ((1.0, 65), (4.0, 110), (9.0, 350))


def row_for(age_years: float) -> RdaRow:
    if not math.isfinite(age_years) or age_years < 0:
        raise ValueError(f"age must be 0 or more, not {age_years}")
    for row in RDA_TABLE:
        if row.start <= age_years < row.upto:
            return row
    raise AssertionError("the table covers every age")  # pragma: no cover


def rda_mg(
    age_years: float,
    sex: str,
    pregnant: bool = False,
    lactating: bool = False,
) -> tuple[int, str]:
    """The RDA (mg/day) for this person and a one-line basis saying which row it came from."""
    if sex not in SEXES:
        raise ValueError(f"sex must be one of {', '.join(SEXES)}, not {sex!r}")
    if sex == "male" and (pregnant or lactating):
        raise ValueError("pregnancy and lactation figures apply to female or unspecified sex")
    row = row_for(age_years)
    kind = "Adequate Intake" if row.adequate_intake else "RDA"
    if pregnant or lactating:
        state = "pregnancy" if pregnant else "lactation"
        value = row.pregnancy if pregnant else row.lactation
        if value is not None:
            basis = f"{kind} in {state}, age {row.label}"
            if pregnant and lactating:
                basis += " (pregnant and breastfeeding: the higher, pregnancy)"
            return value, basis
        mg, basis = _plain(row, sex, kind)
        return mg, f"{basis}; the table has {state} figures only for ages 14 to 50"
    return _plain(row, sex, kind)


def _plain(row: RdaRow, sex: str, kind: str) -> tuple[int, str]:
    if sex == "unspecified":
        if row.male == row.female:
            return row.male, f"{kind}, age {row.label} (same for both sexes)"
        return max(row.male, row.female), (
            f"{kind}, age {row.label}: sex not given, so the higher of "
            f"male {row.male} and female {row.female} mg"
        )
    value = row.male if sex == "male" else row.female
    who = "males" if sex == "male" else "females"
    return value, f"{kind} for {who}, age {row.label}"


def supplement_ul_mg(age_years: float | None) -> int | None:
    """The most magnesium a day from supplements and medicines (mg); None under 1 year.

    An age not given (None) takes the adult limit, as the target takes an adult's.
    """
    if age_years is None:
        age_years = 19.0
    limit: int | None = None
    for start, mg in SUPPLEMENT_UL:
        if age_years >= start:
            limit = mg
    return limit
