"""The journal's entries, validated on construction and turned to and from plain dicts.

Every way into the journal (TUI forms, shell commands, imports) builds these,
so a bad value is refused in one place with one message. `to_doc()` gives the
JSON-ready dict the store keeps; `from_doc()` reads it back exactly.
"""

from __future__ import annotations

import os
from dataclasses import MISSING, dataclass, field, fields
from datetime import date, time
from functools import cache
from typing import Any, ClassVar, Self, TypeAlias

from journal.core import validate as v

MEALS = ("breakfast", "lunch", "dinner", "snack")
SYMPTOM_KINDS = ("cramp", "twitch", "spasm", "weakness", "fatigue")
BODY_PLACES = ("calf", "foot", "thigh", "hand", "eyelid", "back", "neck", "other")
# Confounders named in the seed article (exercise, standing, gut loss, alcohol) plus sleep.
FACTOR_UNITS: dict[str, str | None] = {
    "exercise": "minutes",
    "standing": "hours",
    "alcohol": "drinks",
    "diarrhea": None,
    "poor_sleep": None,
    "other": None,
}
FACTOR_KINDS = tuple(FACTOR_UNITS)

MAX_GRAMS = 5_000.0  # one entry of more than 5 kg of a food is a typo, not a meal
MAX_MG = 50_000.0
MAX_KCAL = 50_000.0
MAX_SUPPLEMENT_MG = 5_000.0
MAX_FACTOR_AMOUNT = 1_440.0  # a day's minutes bounds every factor's amount
# What a person may type for one day, by unit: a day's minutes or hours, and 50
# drinks as a typo guard. Stored entries are held to MAX_FACTOR_AMOUNT only, so a
# journal written before these limits still reads.
FACTOR_LIMITS: dict[str, float] = {"minutes": 1_440.0, "hours": 24.0, "drinks": 50.0}


def factor_limit(kind: str) -> float:
    """The most one entry of `kind` may say, in its unit (FACTOR_UNITS)."""
    return FACTOR_LIMITS.get(FACTOR_UNITS.get(kind) or "", MAX_FACTOR_AMOUNT)


def new_id() -> str:
    """A stable entry id: random, so it never changes with edits or moves between months."""
    # uuid4().hex exactly (version 4, RFC 4122 variant), without importing uuid: it
    # imports platform, ~2 ms of every quick log.
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40
    raw[8] = (raw[8] & 0x3F) | 0x80
    return raw.hex()


# The meal a time of day files under, each from its start to the next one's: the
# clock windows NHANES studies class meals by (breakfast 06-09, lunch 12-14, dinner
# 17-20 h, other times snacks; Murakami & Livingstone 2016), widened to fill the day;
# the afternoon between lunch and dinner is a snack, as `kinds.MEAL_TIMES` has it (15:30).
MEAL_WINDOWS = (
    (time(0, 0), "snack"),  # past midnight: a snack, not breakfast
    (time(4, 0), "breakfast"),
    (time(10, 30), "lunch"),
    (time(15, 0), "snack"),
    (time(17, 0), "dinner"),
    (time(21, 0), "snack"),
)


def meal_for(moment: time) -> str:
    """The meal a person most likely means at this time of day (`MEAL_WINDOWS`)."""
    return [meal for start, meal in MEAL_WINDOWS if start <= moment][-1]


def _base_doc(entry: Any) -> dict[str, Any]:
    # Every field is flat (str, number, None, date, time): no deep copy as `asdict` makes.
    cls: type = type(entry)
    doc = {name: getattr(entry, name) for name in _field_names(cls)}
    doc["date"] = entry.date.isoformat()
    doc["time"] = entry.time.isoformat("minutes")  # HH:MM, as strftime gave, at a third the cost
    return doc


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _base_args(doc: dict[str, Any], cls: type) -> dict[str, Any]:
    args = {k: doc[k] for k in _field_names(cls) if k in doc}
    args["date"] = _stored(date, doc.get("date"), "date", "a date (YYYY-MM-DD, e.g. 2026-11-25)")
    args["time"] = _stored(time, doc.get("time"), "time", "a time (HH:MM, e.g. 06:30)")
    return args


def _stored(kind: type[date] | type[time], value: object, field: str, like: str) -> Any:
    """A doc's date or time, refused naming the field and what it must look like: an
    imported file's "2026-13-07" was skipped as "month must be in 1..12"."""
    try:
        return kind.fromisoformat(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        said = f"missing; give {like}" if value is None else f"{str(value)[:40]!r} is not {like}"
        raise v.ValidationError(field, said) from None


class Documented:
    """To and from the plain dict the store keeps: ISO date, HH:MM time, the rest as is."""

    __slots__ = ()

    def to_doc(self) -> dict[str, Any]:
        return _base_doc(self)

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Self:
        return cls(**_base_args(doc, cls))


@dataclass(frozen=True, slots=True)
class FoodEntry(Documented):
    """A food eaten: its weight, magnesium and energy as logged, fixed at logging time."""

    KIND: ClassVar[str] = "foods"
    date: date
    time: time
    name: str
    grams: float | None  # None: the weight is unknown (e.g. "1 bar" from Cronometer)
    mg: float | None  # None: the food has no magnesium figure (unknown, never zero)
    kcal: float | None = None
    meal: str = "snack"
    food_id: str | None = None
    portion: str = ""  # what the person chose, e.g. "1 oz", shown back to them
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        v.entry_id(self.id)
        object.__setattr__(self, "name", v.name(self.name, "food"))
        grams = v.optional_amount(self.grams, "amount", maximum=MAX_GRAMS, allow_zero=False)
        object.__setattr__(self, "grams", grams)
        object.__setattr__(self, "mg", v.optional_amount(self.mg, "magnesium", maximum=MAX_MG))
        object.__setattr__(self, "kcal", v.optional_amount(self.kcal, "energy", maximum=MAX_KCAL))
        object.__setattr__(self, "meal", v.choice(self.meal, "meal", MEALS))
        object.__setattr__(self, "portion", v.note(self.portion, "portion"))

    @property
    def amount_text(self) -> str:
        """The portion as the person chose it, else the weight; '' when neither is known."""
        if self.portion:
            return self.portion
        return "" if self.grams is None else f"{self.grams:g} g"


@dataclass(frozen=True, slots=True)
class SupplementEntry(Documented):
    """A magnesium supplement taken: its form, and the elemental magnesium it gave."""

    KIND: ClassVar[str] = "supplements"
    date: date
    time: time
    form: str
    mg: float  # elemental magnesium, as labels state it
    salt_mg: float | None = None  # set when the person gave the salt's mass and we converted
    note: str = ""
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        v.entry_id(self.id)
        object.__setattr__(self, "form", v.name(self.form, "form"))
        object.__setattr__(self, "mg", v.amount(self.mg, "magnesium", maximum=MAX_SUPPLEMENT_MG))
        salt = v.optional_amount(self.salt_mg, "salt", maximum=MAX_SUPPLEMENT_MG * 20)
        object.__setattr__(self, "salt_mg", salt)
        object.__setattr__(self, "note", v.note(self.note))


@dataclass(frozen=True, slots=True)
class SymptomEntry(Documented):
    """A symptom felt: its kind, and optionally severity, body place and a note."""

    KIND: ClassVar[str] = "symptoms"
    date: date
    time: time
    kind: str  # one of SYMPTOM_KINDS or a kind the person added
    severity: int | None = None
    where: str | None = None
    note: str = ""
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        v.entry_id(self.id)
        object.__setattr__(self, "kind", v.name(self.kind, "symptom"))
        object.__setattr__(self, "severity", v.severity(self.severity))
        if self.where is not None:
            object.__setattr__(self, "where", v.choice(self.where, "where", BODY_PLACES))
        object.__setattr__(self, "note", v.note(self.note))


@dataclass(frozen=True, slots=True)
class FactorEntry(Documented):
    """A confounding factor (exercise, standing, alcohol...) that may go with symptoms."""

    KIND: ClassVar[str] = "factors"
    date: date
    time: time
    kind: str
    amount: float | None = None  # minutes, hours or drinks, as FACTOR_UNITS says
    note: str = ""
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        v.entry_id(self.id)
        object.__setattr__(self, "kind", v.choice(self.kind, "factor", FACTOR_KINDS))
        amount = v.optional_amount(self.amount, "amount", maximum=MAX_FACTOR_AMOUNT)
        object.__setattr__(self, "amount", amount)
        object.__setattr__(self, "note", v.note(self.note))


Entry: TypeAlias = FoodEntry | SupplementEntry | SymptomEntry | FactorEntry
ENTRY_TYPES: dict[str, type[Entry]] = {
    t.KIND: t for t in (FoodEntry, SupplementEntry, SymptomEntry, FactorEntry)
}


def entry_from_doc(kind: str, doc: dict[str, Any]) -> Entry:
    return ENTRY_TYPES[kind].from_doc(doc)


@cache
def _trusted_fields(cls: type) -> tuple[tuple[str, Any], ...]:
    """Each field but date and time, with its default (MISSING if required, or its factory)."""
    out = []
    for f in fields(cls):
        if f.name in ("date", "time"):
            continue
        default = f.default_factory if f.default_factory is not MISSING else f.default
        out.append((f.name, default))
    return tuple(out)


_TIMES: dict[str, time] = {}


def trusted_entry(kind: str, doc: dict[str, Any], day: date) -> Entry:
    """The entry `entry_from_doc` would give for a doc already validated at this version
    of its file (by the store, on write or on an earlier read), without checking every
    field again: reading ten years spent most of its time re-validating."""
    cls: type = ENTRY_TYPES[kind]
    entry: Entry = object.__new__(cls)
    put = object.__setattr__
    for name, default in _trusted_fields(cls):
        if name in doc:
            put(entry, name, doc[name])
        elif default is MISSING:
            raise KeyError(name)
        else:
            put(entry, name, default() if callable(default) else default)
    put(entry, "date", day)
    text = doc["time"]
    moment = _TIMES.get(text)
    if moment is None:
        moment = _TIMES.setdefault(text, time.fromisoformat(text))
    put(entry, "time", moment)
    return entry
