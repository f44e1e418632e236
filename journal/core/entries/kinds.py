"""Quick logging of symptoms and factors: which kinds exist and what a bare entry holds.

Shared by the Today keys and `mg-journal log`, so one keystroke and one shell
line store the same record. Kinds the person added live in kinds.json (see
`journal.store.kinds`); this module only reasons about names.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from journal.core import clock
from journal.core import validate as v
from journal.core.entries.models import (
    FACTOR_KINDS,
    FACTOR_UNITS,
    SYMPTOM_KINDS,
    FactorEntry,
    SymptomEntry,
)

# A past day has no "now": midday is a neutral guess the details form lets them change.
PAST_DAY_TIME = time(12, 0)
MEAL_TIMES = {  # a meal's usual time, for a past day's entry given no time
    "breakfast": time(8, 0),
    "lunch": time(12, 30),
    "dinner": time(18, 30),
    "snack": time(15, 30),
}
KEY_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789"


@dataclass(frozen=True, slots=True)
class CustomKind:
    """A symptom kind the person added, with the Today key they gave it (if any)."""

    name: str
    key: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", v.name(self.name, "kind"))
        if self.key is not None:
            key = self.key.strip().lower()
            if len(key) != 1 or key not in KEY_CHARS:
                raise v.ValidationError("key", "must be one letter or digit")
            object.__setattr__(self, "key", key)


def default_time(day: date, meal: str | None = None) -> time:
    """Now for today; for a past day, the meal's usual time (so backfilled meals sort
    as eaten), else midday."""
    if day == clock.today():
        return clock.current_time()
    return MEAL_TIMES.get(meal or "", PAST_DAY_TIME)


def entry_time(day: date, opened: datetime, meal: str | None = None) -> time:
    """The time of an entry for `day` saved now from a form opened at `opened`: as
    `default_time`, but when midnight passed while the form was open, the moment it
    opened (the day it was opened for, not 00:00 of it)."""
    if day != clock.today() and day == opened.date():
        return opened.time().replace(second=0, microsecond=0)
    return default_time(day, meal)


def factor_name(kind: str) -> str:
    """poor_sleep -> poor sleep: how a factor reads on screen and in the shell."""
    return kind.replace("_", " ")


def symptom_details(entry: SymptomEntry) -> str:
    parts = []
    if entry.severity is not None:
        parts.append(f"severity {entry.severity}")
    if entry.where:
        parts.append(entry.where)
    return " · ".join(parts)


def factor_details(entry: FactorEntry) -> str:
    if entry.amount is None:
        return ""
    unit = FACTOR_UNITS.get(entry.kind)
    return f"{entry.amount:g} {unit}" if unit else f"{entry.amount:g}"


def entry_what(entry: SymptomEntry | FactorEntry) -> str:
    return entry.kind if isinstance(entry, SymptomEntry) else factor_name(entry.kind)


def entry_details(entry: SymptomEntry | FactorEntry) -> str:
    if isinstance(entry, SymptomEntry):
        return symptom_details(entry)
    return factor_details(entry)


def _fold(name: str) -> str:
    return " ".join(name.replace("_", " ").replace("-", " ").lower().split())


def find_symptom_kind(name: str, custom: list[CustomKind]) -> str | None:
    """The stored spelling of a symptom kind, built in or added, or None."""
    wanted = _fold(name)
    for kind in (*SYMPTOM_KINDS, *(c.name for c in custom)):
        if _fold(kind) == wanted:
            return kind
    return None


def find_factor_kind(name: str) -> str | None:
    wanted = _fold(name)
    return next((k for k in FACTOR_KINDS if _fold(k) == wanted), None)


def valid_kinds(custom: list[CustomKind]) -> list[str]:
    """Every name `mg-journal log` accepts, as the person would type it."""
    names = [*SYMPTOM_KINDS, *(c.name for c in custom), *FACTOR_KINDS]
    return [n.replace("_", "-") for n in names]


def check_new_kind(kind: CustomKind, existing: list[CustomKind], taken_keys: set[str]) -> None:
    """Refuse a name that is already a kind (or a factor) and a key already in use."""
    if find_symptom_kind(kind.name, existing) or find_factor_kind(kind.name):
        raise v.ValidationError("kind", f"'{kind.name}' is already a kind")
    if kind.key is not None:
        used = taken_keys | {c.key for c in existing if c.key}
        if kind.key in used:
            raise v.ValidationError("key", f"'{kind.key}' is already used on Today")


def bare_symptom(kind: str, day: date) -> SymptomEntry:
    """What one keystroke records: the kind, the day, the time; details come after."""
    day = v.parse_date(day)
    return SymptomEntry(day, default_time(day), kind)


def bare_factor(kind: str, day: date) -> FactorEntry:
    day = v.parse_date(day)
    return FactorEntry(day, default_time(day), kind)
