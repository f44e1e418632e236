"""The target settings a profile had before a change: pregnancy, breastfeeding and a
custom target change with time, and a past day is judged against the target of its own
time, so the profile keeps what they were until each change took effect.

Sex and birth year are facts, not changes: correcting them corrects every day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from journal.core import validate as v
from journal.core.person.targets import RDA_TABLE
from journal.core.validate import ValidationError

MAX_CUSTOM_TARGET_MG = 2_000.0  # a sanity bound on a typed target, not a health limit
# The lowest figure in the RDA table (infants 0-6 months): a target typed below it is a
# slip (5 for 50 or 500). Refused where it is typed only, never where a profile is read,
# so a profile saved with one before this bound still opens.
MIN_TYPED_TARGET_MG = float(min(min(row.male, row.female) for row in RDA_TABLE))


def typed_target(value: object, field: str = "target", *, rda: str = "") -> float | None:
    """A custom daily target as typed (empty: none, the RDA), refused below every RDA;
    `rda`: how to ask for the RDA instead where it was typed, e.g. "or 'rda'"."""
    mg = v.optional_amount(
        v.without_mg(value), field, maximum=MAX_CUSTOM_TARGET_MG, allow_zero=False
    )
    if mg is not None and mg < MIN_TYPED_TARGET_MG:
        raise ValidationError(
            field,
            f"{mg:g} mg is below every RDA (the lowest is {MIN_TYPED_TARGET_MG:g}): "
            f"type the daily figure in mg, e.g. 350{' ' + rda if rda else ''}",
        )
    return mg


@dataclass(frozen=True, slots=True)
class Era:
    """The settings in force on the days before `until` (and from the era before it)."""

    until: date
    pregnant: bool = False
    lactating: bool = False
    custom_target_mg: float | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.until, date):
            raise ValidationError("until", "must be a date like 2026-03-01")
        for flag in ("pregnant", "lactating"):
            if not isinstance(getattr(self, flag), bool):
                raise ValidationError(flag, "must be yes or no")
        custom = v.optional_amount(
            self.custom_target_mg, "target", maximum=MAX_CUSTOM_TARGET_MG, allow_zero=False
        )
        object.__setattr__(self, "custom_target_mg", custom)

    @property
    def settings(self) -> tuple[bool, bool, float | None]:
        return self.pregnant, self.lactating, self.custom_target_mg

    def to_doc(self) -> dict[str, Any]:
        return {
            "until": self.until.isoformat(),
            "pregnant": self.pregnant,
            "lactating": self.lactating,
            "custom_target_mg": self.custom_target_mg,
        }

    @classmethod
    def from_doc(cls, doc: object) -> Era:
        if not isinstance(doc, dict):
            raise ValidationError("eras", "each must be a table of settings")
        until = doc.get("until")
        if not isinstance(until, str):
            raise ValidationError("until", "must be a date like 2026-03-01")
        try:
            day = date.fromisoformat(until)
        except ValueError:
            raise ValidationError("until", f"'{until}' is not a date") from None
        return cls(
            day,
            doc.get("pregnant", False),
            doc.get("lactating", False),
            doc.get("custom_target_mg"),
        )


def checked(eras: object) -> tuple[Era, ...]:
    """Eras as a profile keeps them: in date order, one per date."""
    if not isinstance(eras, tuple | list) or not all(isinstance(e, Era) for e in eras):
        raise ValidationError("eras", "must be a list of dated settings")
    dates = [e.until for e in eras]
    if dates != sorted(set(dates)):
        raise ValidationError("eras", "must follow each other in date order, one per date")
    return tuple(eras)
