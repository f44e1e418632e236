"""A trial as lived: its plan, its seal, its start, the doses, the guess and the amendments.

Pure data with its checks; `journal.store.trial` keeps it in `trial.json`. Before the
start the plan can be rewritten freely; from the start it is locked, and every change
(`amended`), early stop or early unsealing is kept as a dated amendment.

The stop day is the trial's last day: its symptoms count (the analysis reads up to it),
but the person has stopped, so no dose is asked on it or after. A dose recorded on it
before the stop stays, and can still be corrected.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from journal.core import validate as v
from journal.core.trial.amend_refusal import amend_refusal
from journal.core.trial.dose_refusal import dose_refusal
from journal.core.trial.plan import AMENDABLE, Amendment, Plan, amend
from journal.core.trial.schedule import Period, TrialDay, periods, trial_day, trial_day_end
from journal.core.trial.seal import magnesium_bottle, valid_token

DOSE_STATES = ("taken", "missed")


DOSE_CHANGE = "dose_mg: "  # how `plan.amend` words a change of dose: "dose_mg: 300 -> 200"


@dataclass(frozen=True, slots=True)
class Dose:
    state: str  # "taken" or "missed"
    entry_id: str | None = None  # the supplement entry a taken dose wrote

    def to_doc(self) -> dict[str, Any]:
        return {"state": self.state, "entry_id": self.entry_id}


@dataclass(frozen=True, slots=True)
class Trial:
    plan: Plan
    seal: str | None = None  # the token of a blinded trial (see seal.py)
    start: date | None = None  # the run-in's first day; set means locked
    doses: dict[date, Dose] = field(default_factory=dict)
    guess: str | None = None  # the bottle the person thinks held magnesium
    unsealed: date | None = None
    stopped: date | None = None
    amendments: tuple[Amendment, ...] = ()

    def __post_init__(self) -> None:
        if self.plan.blinded and not valid_token(self.seal):
            raise v.ValidationError("seal", "a blinded trial needs its seal")
        if not self.plan.blinded and self.seal is not None:
            raise v.ValidationError("seal", "only a blinded trial has a seal")
        if self.guess is not None and self.guess not in ("A", "B"):
            raise v.ValidationError("guess", "is bottle A or bottle B")
        for state in self.doses.values():
            v.choice(state.state, "dose", DOSE_STATES)

    # -- where the trial stands ------------------------------------------------

    @property
    def locked(self) -> bool:
        return self.start is not None

    @property
    def sealed(self) -> bool:
        return self.plan.blinded and self.unsealed is None

    @property
    def periods(self) -> list[Period]:
        return [] if self.start is None else periods(self.plan, self.start)

    def day(self, on: date) -> TrialDay | None:
        if self.start is None or (self.stopped is not None and on > self.stopped):
            return None
        return trial_day(self.plan, self.start, on)

    def magnesium_bottle(self) -> str | None:
        """'A' or 'B'; None while the seal is kept."""
        if not self.plan.blinded:
            return "A"
        if self.sealed or self.seal is None:
            return None
        return magnesium_bottle(self.seal)

    def _true_bottle(self) -> str:
        """The bottle with magnesium, seal or no seal: for the analysis and dosing only."""
        return magnesium_bottle(self.seal) if self.plan.blinded and self.seal else "A"

    def on_magnesium(self, period: Period) -> bool:
        """Whether the period took magnesium. Internal: never shown while sealed."""
        return period.bottle == self._true_bottle()

    def bottle_words(self, period: Period) -> str:
        """What the person sees for a period: 'bottle B', or 'magnesium' / 'no supplement'."""
        if self.plan.blinded:
            known = self.magnesium_bottle()
            if known is None:
                return f"bottle {period.bottle}"
            what = "magnesium" if period.bottle == known else "placebo"
            return f"bottle {period.bottle} ({what})"
        if period.bottle == "A":
            first, last = self.dose_on(period.start), self.dose_on(period.end)
            dose = f"{first:g}" if first == last else f"{first:g} then {last:g}"
            return f"magnesium {dose} mg"
        return "placebo" if self.plan.comparator == "placebo" else "no supplement"

    def dose_on(self, day: date) -> float:
        """The daily dose planned on `day`: an amendment changes it from its date on, so
        the periods before keep the dose they were taken at."""
        dose = self.plan.dose_mg
        for note in sorted(self.amendments, key=lambda a: a.on, reverse=True):
            if note.on > day and note.what.startswith(DOSE_CHANGE):
                try:
                    dose = float(note.what.removeprefix(DOSE_CHANGE).split(" -> ")[0])
                except ValueError:
                    continue  # not an amendment this version wrote
        return dose

    def ended(self, today: date) -> bool:
        if self.stopped is not None:
            return True
        if self.start is None:
            return False
        return (today - self.start).days >= self.plan.total_days

    def adherence(self, today: date) -> tuple[int, int, int]:
        """(doses taken, doses missed, dosing days before today with nothing recorded)."""
        taken = sum(1 for d in self.doses.values() if d.state == "taken")
        missed = sum(1 for d in self.doses.values() if d.state == "missed")
        last = today - timedelta(days=1)
        if self.stopped is not None:  # the stop day asks no dose
            last = min(last, self.stopped - timedelta(days=1))
        unrecorded = 0
        for p in self.periods:
            if self._dosing(p):
                unrecorded += sum(
                    1
                    for n in range((min(p.end, last) - p.start).days + 1)
                    if p.start + timedelta(days=n) not in self.doses
                )
        return taken, missed, unrecorded

    def _dosing(self, period: Period) -> bool:
        """Whether the person takes something in this period (a bottle, or magnesium)."""
        return self.plan.comparator == "placebo" or period.bottle == "A"

    def same_trial(self, other: Trial) -> bool:
        """Whether `other` is this trial at another stage (an earlier copy, an export): the
        same plan as drawn and the same seal; amendments and progress aside."""

        def drawn(t: Trial) -> dict[str, Any]:
            return {k: x for k, x in t.plan.to_doc().items() if k not in AMENDABLE}

        return self.seal == other.seal and drawn(self) == drawn(other)

    def takes_dose(self, on: date) -> bool:
        """Whether a dose is asked on `on`: a dosing day before the stop day."""
        if self.stopped is not None and on >= self.stopped:
            return False
        here = self.day(on)
        return here is not None and here.period is not None and self._dosing(here.period)

    def dose_refusal(self, on: date) -> str | None:
        """Why no dose can be recorded on `on`, or None when one can (`dose_refusal`)."""
        return dose_refusal(self, on)

    # -- changes -----------------------------------------------------------------

    def started(self, on: date) -> Trial:
        if self.stopped is not None:
            raise v.ValidationError(
                "start", f"the trial was stopped on {self.stopped:%-d %b %Y}: plan a new one"
            )
        if self.start is not None:
            raise v.ValidationError(
                "start",
                f"the trial started on {self.start:%-d %b %Y} already; a start cannot move "
                "(stop it, and plan a new one)",
            )
        if on < self.plan.created:  # the plan is fixed before the data, never after
            raise v.ValidationError(
                "start", f"before the plan was written ({self.plan.created.isoformat()})"
            )
        if self.plan.blinded and self.unsealed is not None:
            raise v.ValidationError(
                "start",
                f"the seal was opened on {self.unsealed.isoformat()}, so it cannot run "
                "blinded: plan it again without --blind",
            )
        return replace(self, start=on)

    def with_plan(self, plan: Plan) -> Trial:
        """The plan replaced before the start; after it, use `amended`."""
        if self.locked:
            raise v.ValidationError("plan", "the plan is locked since the start; amend it")
        return replace(self, plan=plan)

    def amended(self, what: str, value: str, on: date, reason: str) -> Trial:
        refusal = amend_refusal(self, what, on)
        if refusal is not None:
            early = self.start is None or self.stopped is not None  # said as before
            raise v.ValidationError("amend" if early else what, refusal)
        plan, note = amend(self.plan, what, value, on, reason)
        if self.start is not None and what == "pairs" and on > trial_day_end(plan, self.start):
            raise v.ValidationError("pairs", "that many pairs would have ended already")
        return replace(self, plan=plan, amendments=(*self.amendments, note))

    def noted(self, on: date, what: str, reason: str = "") -> Trial:
        return replace(self, amendments=(*self.amendments, Amendment(on, what, reason)))

    def dose(self, on: date, state: str, entry_id: str | None = None) -> Trial:
        refusal = self.dose_refusal(on)
        if refusal is not None:
            raise v.ValidationError("dose", refusal)
        v.choice(state, "dose", DOSE_STATES)
        return replace(self, doses={**self.doses, on: Dose(state, entry_id)})

    def dose_cleared(self, on: date) -> Trial:
        """`on` with no dose recorded, as before its first record (u takes it back)."""
        return replace(self, doses={d: dose for d, dose in self.doses.items() if d != on})

    def guessed(self, bottle: str, on: date) -> Trial:
        typed = bottle.strip()
        bottle = typed.upper().removeprefix("BOTTLE").strip()  # "bottle a" is A
        if not self.plan.blinded:
            raise v.ValidationError("guess", "only a blinded trial has a guess to make")
        if not self.sealed:
            raise v.ValidationError("guess", "the seal is already open; a guess now means nothing")
        if self.start is None:
            raise v.ValidationError("guess", "the trial has not started: guess near its end")
        if bottle not in ("A", "B"):
            raise v.ValidationError("guess", f"{typed!r}: say which bottle, A or B")
        return replace(self, guess=bottle).noted(on, f"guess: bottle {bottle} held magnesium")

    def opened(self, on: date) -> Trial:
        if not self.plan.blinded:
            raise v.ValidationError("unseal", "this trial is not blinded")
        if not self.sealed:
            raise v.ValidationError("unseal", "the seal is already open")
        t = replace(self, unsealed=on)
        if self.start is None:
            return t.noted(on, "unsealed before the start")
        return t.noted(on, "unsealed at the end" if self.ended(on) else "unsealed before the end")

    def stopped_on(self, on: date, reason: str) -> Trial:
        if self.start is None:
            raise v.ValidationError(
                "stop", "the trial has not started: nothing to stop (a plan can be rewritten)"
            )
        if self.stopped is not None:
            raise v.ValidationError("stop", f"the trial was stopped on {self.stopped:%-d %b %Y}")
        return replace(self, stopped=on).noted(on, "stopped", reason)

    # -- to and from the file ------------------------------------------------------

    def to_doc(self) -> dict[str, Any]:
        def iso(d: date | None) -> str | None:
            return None if d is None else d.isoformat()

        return {
            "plan": self.plan.to_doc(),
            "seal": self.seal,
            "start": iso(self.start),
            "doses": {d.isoformat(): dose.to_doc() for d, dose in sorted(self.doses.items())},
            "guess": self.guess,
            "unsealed": iso(self.unsealed),
            "stopped": iso(self.stopped),
            "amendments": [a.to_doc() for a in self.amendments],
        }

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Trial:
        def day(value: Any) -> date | None:
            return None if value is None else date.fromisoformat(value)

        return cls(
            Plan.from_doc(doc["plan"]),
            doc.get("seal"),
            day(doc.get("start")),
            {
                date.fromisoformat(d): Dose(x["state"], x.get("entry_id"))
                for d, x in doc.get("doses", {}).items()
            },
            doc.get("guess"),
            day(doc.get("unsealed")),
            day(doc.get("stopped")),
            tuple(Amendment.from_doc(a) for a in doc.get("amendments", [])),
        )
