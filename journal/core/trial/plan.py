"""The trial's plan: what is tested, against what, how it is measured, fixed before the start.

Defaults and where they come from (see the project's FACTS.md):

- Pairs of periods with the order randomised within each pair (AB or BA), washout
  handled by analysing only the later part of each period, repeat pairs until the
  answer is clear: AHRQ, "Design and Implementation of N-of-1 Trials: A User's
  Guide" (2014).
- A 2-week run-in and periods of a few weeks: Woodfield 2005 (BJGP, an N-of-1
  series of quinine for cramps: 2-week washout, 4-week blocks); the crossover
  trials of magnesium for cramps ran 4-6 weeks per arm (Frusso 1999, Roffe 2002).
  3-week periods with the first half as washout are a compromise that fits 3
  pairs and the run-in in 20 weeks.
- The benefit worth having, 1 fewer cramp a week: the benchmark of the Cochrane
  review of magnesium for skeletal muscle cramps (Garrison et al. 2020, CD009402.pub3).

Once started, the plan is locked: a change is kept as a dated amendment, never
a silent edit (`amend`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from journal.core import validate as v

COMPARATORS = ("none", "placebo")
WEIGHTS = ("count", "severity")  # cramps a week, or severity points a week
DEFAULT_RUN_IN_DAYS = 14  # Woodfield 2005; AHRQ 2014
MAX_RUN_IN_DAYS = 56
DEFAULT_PAIRS = 3  # AHRQ 2014: repeat pairs; the stopping rule allows a 4th
MIN_PAIRS, MAX_PAIRS = 3, 4
DEFAULT_PERIOD_DAYS = 21
MIN_PERIOD_DAYS, MAX_PERIOD_DAYS = 6, 84
WASHOUT_SPARE_DAYS = 3  # days of each period a washout must leave to be analysed
DEFAULT_WASHOUT = 0.5  # the first half of each period is not analysed (AHRQ 2014)
DEFAULT_BENEFIT = 1.0  # per week: the Cochrane 2020 benchmark
STOP_ABOVE, STOP_BELOW = 0.9, 0.1
MIN_PAIRS_TO_STOP = 2
# Below this many symptoms a week in the run-in, a drop of the stated benefit would
# be at least half of all of them: a trial of a few months cannot tell it from chance.
TOO_FEW_FACTOR = 2.0
MAX_DOSE_MG = 1_000.0


@dataclass(frozen=True, slots=True)
class Amendment:
    """A change made after the start, dated, with the reason the person gave."""

    on: date
    what: str
    reason: str = ""

    def to_doc(self) -> dict[str, Any]:
        return {"on": self.on.isoformat(), "what": self.what, "reason": self.reason}

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Amendment:
        return cls(date.fromisoformat(doc["on"]), v.note(doc["what"]), v.note(doc["reason"]))


@dataclass(frozen=True, slots=True)
class Plan:
    """Everything decided before the data came in; `seed` fixes the order of each pair."""

    form: str
    dose_mg: float  # elemental magnesium per day
    seed: int
    comparator: str = "none"
    blinded: bool = False  # only with a placebo that someone else packs
    outcome: str = "cramp"  # a symptom kind
    weight: str = "count"
    run_in_days: int = DEFAULT_RUN_IN_DAYS
    pairs: int = DEFAULT_PAIRS
    period_days: int = DEFAULT_PERIOD_DAYS
    washout_days: int | None = None  # None: the first half of each period
    benefit: float = DEFAULT_BENEFIT
    created: date = field(default_factory=date.today)

    def __post_init__(self) -> None:
        object.__setattr__(self, "form", v.name(self.form, "form"))
        dose = v.amount(v.without_mg(self.dose_mg), "dose", maximum=MAX_DOSE_MG)
        object.__setattr__(self, "dose_mg", dose)
        object.__setattr__(self, "comparator", v.choice(self.comparator, "against", COMPARATORS))
        if self.blinded and self.comparator != "placebo":
            raise v.ValidationError("blind", "blinding needs a placebo that someone else packs")
        object.__setattr__(self, "outcome", v.name(self.outcome, "outcome"))
        object.__setattr__(self, "weight", v.choice(self.weight, "weight", WEIGHTS))
        _whole(self.run_in_days, "run-in", 0, MAX_RUN_IN_DAYS)
        _whole(self.pairs, "pairs", MIN_PAIRS, MAX_PAIRS)
        _whole(self.period_days, "period", MIN_PERIOD_DAYS, MAX_PERIOD_DAYS)
        if self.washout_days is not None:
            _whole(self.washout_days, "washout", 0, self.period_days - WASHOUT_SPARE_DAYS)
        benefit = v.amount(self.benefit, "benefit", maximum=100)
        object.__setattr__(self, "benefit", benefit)
        if not isinstance(self.seed, int) or isinstance(self.seed, bool) or self.seed < 0:
            raise v.ValidationError("seed", "must be a whole number of 0 or more")

    @property
    def washout(self) -> int:
        """Days at the start of each period that are not analysed."""
        return self.period_days // 2 if self.washout_days is None else self.washout_days

    @property
    def total_days(self) -> int:
        return self.run_in_days + 2 * self.pairs * self.period_days

    @property
    def outcome_words(self) -> str:
        """'cramps a week' or 'cramp severity points a week'."""
        if self.weight == "severity":
            return f"{self.outcome} severity points a week"
        return f"{plural(self.outcome)} a week"

    @property
    def comparator_words(self) -> str:
        return "a placebo" if self.comparator == "placebo" else "no supplement"

    def too_few(self, run_in_rate: float) -> bool:
        """Whether the run-in showed too few symptoms for the trial to answer anything."""
        return run_in_rate < TOO_FEW_FACTOR * self.benefit

    def to_doc(self) -> dict[str, Any]:
        return {
            "form": self.form,
            "dose_mg": self.dose_mg,
            "seed": self.seed,
            "comparator": self.comparator,
            "blinded": self.blinded,
            "outcome": self.outcome,
            "weight": self.weight,
            "run_in_days": self.run_in_days,
            "pairs": self.pairs,
            "period_days": self.period_days,
            "washout_days": self.washout_days,
            "benefit": self.benefit,
            "created": self.created.isoformat(),
        }

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Plan:
        args = {k: doc[k] for k in cls.__dataclass_fields__ if k in doc}
        args["created"] = date.fromisoformat(doc["created"])
        return cls(**args)


def default_seed() -> int:
    """A seed from the clock to the microsecond: unforeseeable enough for an order the
    person sees anyway (the blind rests on the seal, not the seed), and fixed when the
    clock is pinned (screenshots, tests)."""
    import hashlib

    from journal.core import clock

    digest = hashlib.sha256(clock.now().isoformat().encode()).hexdigest()
    return int(digest, 16) % 1_000_000


def plural(kind: str) -> str:
    """'cramps', 'twitches'; a kind that already ends in s (weakness) stays as it is."""
    if kind.endswith("s"):
        return kind
    return kind + "es" if kind.endswith(("ch", "sh", "x", "z")) else kind + "s"


def _whole(value: object, name: str, low: int, high: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise v.ValidationError(name, f"must be a whole number from {low} to {high}")


# What `amend` may change after the start, and how each is parsed.
AMENDABLE = {"pairs": int, "benefit": float, "dose_mg": float, "form": str}
_AMEND_EXAMPLES = {
    "pairs": f"a whole number of pairs: type one from {MIN_PAIRS} to {MAX_PAIRS}",
    "benefit": "a number: type how many fewer a week is worth having, e.g. 1.5",
    "dose_mg": "a dose: type the elemental mg a day, e.g. 250",
}


def amend(plan: Plan, what: str, value: str, on: date, reason: str) -> tuple[Plan, Amendment]:
    """The plan with one field changed, and the dated amendment that says so."""
    if what not in AMENDABLE:
        raise v.ValidationError("amend", f"{what!r} cannot change; one of {', '.join(AMENDABLE)}")
    try:
        parsed = AMENDABLE[what](v.without_mg(value) if what == "dose_mg" else value)
    except ValueError:
        # "'four' is not a valid value" said nothing of what to type.
        raise v.ValidationError(what, f"{value!r} is not {_AMEND_EXAMPLES[what]}") from None
    if what == "form":  # as `trial plan` takes it: one of the forms, spelt as listed
        from journal.core.food.supplements import form_named

        parsed = form_named(value)
    old = getattr(plan, what)
    new = replace(plan, **{what: parsed})
    if new == plan:  # an amendment that changes nothing would only clutter the record
        raise v.ValidationError(what, f"is {value.strip()} already: nothing to amend")
    return new, Amendment(
        on,
        f"{what}: {old:g} -> {parsed:g}" if what != "form" else f"form: {old} -> {parsed}",
        v.note(reason),
    )
