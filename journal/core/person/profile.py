"""The person's profile and the daily magnesium target it gives.

The target is the RDA from `journal.core.person.targets` for the person's age, sex,
pregnancy and lactation, unless they set a custom target. Conditions never
change the target; they add a note (see `condition_notes`).

Condition notes come from the seed article, "Magnesium for Muscle Spasms":
causes of deficiency even with a good diet are chronic diarrhea and other
gastrointestinal disorders (Crohn's disease, celiac disease, intestinal
surgery), diabetes and chronic alcohol use.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from journal.core import clock
from journal.core import validate as v
from journal.core.person.eras import MAX_CUSTOM_TARGET_MG, Era, checked
from journal.core.person.targets import SEXES, SOURCE, rda_mg, supplement_ul_mg
from journal.core.validate import ValidationError

SEX_LABELS = {"female": "Female", "male": "Male", "unspecified": "Prefer not to say"}
UNITS = ("metric", "us")
UNIT_LABELS = {"metric": "Metric (g)", "us": "US household measures first (cup, oz)"}
EARLIEST_BIRTH_YEAR = 1900
ADULT_AGE_WITHOUT_BIRTH_YEAR = 19.0  # the RDA table's 19-30 row: the seed's adult figures

_SEED = "Magnesium for Muscle Spasms"
CONDITIONS: dict[str, tuple[str, str]] = {
    # key: (label, note)
    "diabetes": (
        "Diabetes",
        f"Diabetes is a cause of low magnesium even with a good diet ({_SEED}).",
    ),
    "crohns": (
        "Crohn's disease",
        f"Crohn's disease, a gastrointestinal disorder, can cause low magnesium "
        f"even with a good diet ({_SEED}).",
    ),
    "celiac": (
        "Celiac disease",
        f"Celiac disease, a gastrointestinal disorder, can cause low magnesium "
        f"even with a good diet ({_SEED}).",
    ),
    "intestinal_surgery": (
        "Intestinal surgery",
        f"Intestinal surgery can cause low magnesium even with a good diet ({_SEED}).",
    ),
    "chronic_diarrhea": (
        "Chronic diarrhea",
        f"Chronic diarrhea can cause low magnesium even with a good diet ({_SEED}).",
    ),
    "heavy_alcohol": (
        "Heavy alcohol use",
        f"Chronic alcohol use can cause low magnesium even with a good diet ({_SEED}).",
    ),
}
CONDITION_KEYS = tuple(CONDITIONS)
CONDITIONS_FOOTER = (
    "These raise the risk of low magnesium; they do not change your target. "
    "Not medical advice: talk to a clinician about testing or supplements."
)


def _meant(typed: object) -> str:
    """ " (did you mean 'diabetes'?)" for "diabetic", "crohn" or "Crohn's disease"."""
    if not isinstance(typed, str):
        return ""
    word = typed.strip().lower().replace("'", "").replace(" ", "_")
    by_label = {
        label.lower().replace("'", "").replace(" ", "_"): k for k, (label, _) in CONDITIONS.items()
    }
    names = {**{k: k for k in CONDITION_KEYS}, **by_label}
    return v.did_you_mean(word, names)


def birth_year(value: object, field: str = "birth_year") -> int | None:
    """A birth year from 1900 to this year, or None when not given."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValidationError(field, "must be a year like 1990")
    try:
        year = int(value.strip()) if isinstance(value, str) else value
    except ValueError:
        raise ValidationError(field, f"'{value}' is not a year like 1990") from None
    if not isinstance(year, int):
        raise ValidationError(field, "must be a year like 1990")
    this_year = clock.today().year
    if year > this_year:
        raise ValidationError(
            field,
            f"{year} is in the future (this year is {this_year}); give the year you were born",
        )
    if 0 <= year < 1000:  # "90", "199": said as before 1900, not that digits are missing
        raise ValidationError(field, f"{year} is not a whole year: type all four digits, e.g. 1990")
    if year < EARLIEST_BIRTH_YEAR:
        raise ValidationError(
            field,
            f"{year} is before {EARLIEST_BIRTH_YEAR}; give the year you were born, "
            f"{EARLIEST_BIRTH_YEAR} to {this_year}",
        )
    return year


def my_symptom(value: object) -> str | None:
    """A symptom kind, lower case ('cramp', or one the person made up); None or 'any': any."""
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip() or len(value.strip()) > 40:
        raise ValidationError("my_symptom", "must be a symptom kind like cramp, or 'any'")
    kind = value.strip().lower()
    return None if kind == "any" else kind


@dataclass(frozen=True, slots=True)
class Profile:
    """Validated on construction, like the journal's entries."""

    sex: str = "unspecified"
    birth_year: int | None = None
    pregnant: bool = False
    lactating: bool = False
    conditions: tuple[str, ...] = ()
    units: str = "metric"
    custom_target_mg: float | None = None
    theme: str | None = None
    keymap: dict[str, str] = field(default_factory=dict)
    onboarded: bool = False
    # The symptom the findings' main question asks about (None: any symptom), chosen
    # before looking, so the question is fixed in advance (issue 17).
    my_symptom: str | None = None
    # The pregnancy, breastfeeding and custom-target settings before each date they
    # changed (empty until the first change): a past day keeps the target of its time.
    eras: tuple[Era, ...] = ()

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "sex", v.choice(self.sex, "sex", SEXES))
        set_(self, "birth_year", birth_year(self.birth_year))
        if self.sex == "male" and (self.pregnant or self.lactating):
            which = "pregnant" if self.pregnant else "lactating"
            raise ValidationError(which, "applies only to female or 'prefer not to say'")
        wrong = [c for c in self.conditions if c not in CONDITIONS]
        if wrong:
            raise ValidationError(
                "condition",
                f"'{wrong[0]}' is not a condition{_meant(wrong[0])}; use one of: "
                + ", ".join(CONDITION_KEYS),
            )
        # Stored in the fixed order of CONDITIONS, each once.
        set_(self, "conditions", tuple(c for c in CONDITION_KEYS if c in self.conditions))
        set_(self, "units", v.choice(self.units, "units", UNITS))
        custom = v.optional_amount(
            self.custom_target_mg, "target", maximum=MAX_CUSTOM_TARGET_MG, allow_zero=False
        )
        set_(self, "custom_target_mg", custom)
        set_(self, "my_symptom", my_symptom(self.my_symptom))
        if self.theme is not None and not isinstance(self.theme, str):
            raise ValidationError("theme", "must be a theme name")
        if not isinstance(self.keymap, dict) or not all(
            isinstance(k, str) and isinstance(b, str) for k, b in self.keymap.items()
        ):
            raise ValidationError("keymap", "must map action names to keys")
        set_(self, "eras", checked(self.eras))

    @property
    def settings(self) -> tuple[bool, bool, float | None]:
        """The settings that change with time (see `Era`)."""
        return self.pregnant, self.lactating, self.custom_target_mg

    @property
    def age(self) -> int | None:
        """Age in whole years reached this calendar year (only the birth year is kept)."""
        return self.age_in(clock.today().year)

    def age_in(self, year: int) -> int | None:
        """Age in whole years reached in `year` (0 for a year before the birth year)."""
        return None if self.birth_year is None else max(0, year - self.birth_year)

    def to_doc(self) -> dict[str, Any]:
        return {
            "sex": self.sex,
            "birth_year": self.birth_year,
            "pregnant": self.pregnant,
            "lactating": self.lactating,
            "conditions": list(self.conditions),
            "units": self.units,
            "custom_target_mg": self.custom_target_mg,
            "theme": self.theme,
            "keymap": dict(self.keymap),
            "onboarded": self.onboarded,
            "my_symptom": self.my_symptom,
            "eras": [era.to_doc() for era in self.eras],
        }

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Profile:
        known = {k: doc[k] for k in cls.__dataclass_fields__ if k in doc}
        if "conditions" in known:
            known["conditions"] = tuple(known["conditions"])
        if "eras" in known:
            eras = known["eras"]
            if not isinstance(eras, list):
                raise ValidationError("eras", "must be a list of dated settings")
            known["eras"] = tuple(Era.from_doc(e) for e in eras)
        return cls(**known)

    def but(self, **changes: Any) -> Profile:
        return replace(self, **changes)


@dataclass(frozen=True, slots=True)
class Target:
    """The daily magnesium target in mg, and the basis to show for it."""

    mg: float
    basis: str
    is_custom: bool


def target(profile: Profile, on: date | None = None) -> Target:
    """The person's daily target: their custom figure, else the RDA for them; on the day
    `on` (None: today), with that day's age and the settings then in force."""
    custom = era_on(profile, on or clock.today()).custom_target_mg
    if custom is not None:
        rda = rda_target(profile, on)
        return Target(
            custom, f"custom target you set (the RDA for you would be {rda.mg:g} mg)", True
        )
    return rda_target(profile, on)


def era_on(profile: Profile, day: date) -> Era:
    """The target settings in force on `day`: the first era ending after it, else the
    profile's own (its `until` then means nothing)."""
    eras = profile.eras
    at = bisect_right([e.until for e in eras], day)
    if at < len(eras):
        return eras[at]
    return Era(date.max, profile.pregnant, profile.lactating, profile.custom_target_mg)


def rda_target(profile: Profile, on: date | None = None) -> Target:
    """The RDA on the day `on` (None: today; no era reaches past today)."""
    day = on or clock.today()
    era = era_on(profile, day)
    age = profile.age_in(day.year)
    # A sex corrected to male after a pregnancy was recorded: the figures of males.
    female = profile.sex != "male"
    pregnant, lactating = era.pregnant and female, era.lactating and female
    if age is None:
        # Without an age, the adult figures of the seed article (women 310, men 400,
        # pregnancy 350), which are the RDA table's 19-30 row; "prefer not to say"
        # takes the higher, as for any age.
        mg, basis = rda_mg(ADULT_AGE_WITHOUT_BIRTH_YEAR, profile.sex, pregnant, lactating)
        basis = basis.replace("age 19-30 years", "adult (the 19-30 row: birth year not given)")
        return Target(mg, f"{basis}; {SOURCE}", False)
    # Only the birth year is known: a child born this year is 0 to 12 months old,
    # so take the higher infant value (7-12 months), as with unspecified sex.
    if age == 0:
        mg, basis = rda_mg(0.5, profile.sex, pregnant, lactating)
        basis += " (born this year, months unknown: the higher infant value)"
        return Target(mg, f"{basis}; {SOURCE}", False)
    # Before the birthday the person is a year younger: where the two ages fall in
    # different rows, the higher figure, so the target is never set too low.
    older = rda_mg(float(age), profile.sex, pregnant, lactating)
    younger = rda_mg(max(0.5, age - 1.0), profile.sex, pregnant, lactating)
    mg, basis = max(older, younger, key=lambda option: option[0])  # the older on a tie
    if older[0] != younger[0]:
        low, high = sorted((older[0], younger[0]))
        basis += (
            f" (age {age - 1} or {age} this year, birthday unknown: the higher of "
            f"{low} and {high} mg)"
        )
    return Target(mg, f"{basis}; {SOURCE}", False)


def supplement_limit(profile: Profile) -> int | None:
    """The supplement Upper Limit for the person; with only the birth year known, the
    lower of the limits of the two ages they may be, as a safety limit errs low."""
    age = profile.age
    if age is None:
        return supplement_ul_mg(None)
    both = (supplement_ul_mg(max(0, age - 1)), supplement_ul_mg(age))
    return min((ul for ul in both if ul is not None), default=None)


def condition_notes(profile: Profile) -> list[str]:
    """One sourced note per condition the person has, in a fixed order; empty if none."""
    return [CONDITIONS[c][1] for c in profile.conditions]
