"""Small builders shared by tests."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from datetime import date, time, timedelta
from pathlib import Path

from journal.core.entries.models import FactorEntry, FoodEntry, SymptomEntry
from journal.core.person.profile import Profile
from journal.store.journal import Journal
from journal.store.profile import save_profile

ROOT = Path(__file__).resolve().parent.parent


def food(day: date, name: str = "Almonds", mg: float | None = 76.0, at: str = "08:00") -> FoodEntry:
    at_time = time.fromisoformat(at)
    return FoodEntry(day, at_time, name, 28.0, mg, 164.0, "breakfast", portion="1 oz")


def symptom(day: date, kind: str = "cramp", at: str = "06:30", **kw: object) -> SymptomEntry:
    return SymptomEntry(day, time.fromisoformat(at), kind, **kw)  # type: ignore[arg-type]


def factor(day: date, kind: str = "exercise", amount: float | None = 45) -> FactorEntry:
    return FactorEntry(day, time(18, 0), kind, amount)


def onboarded(journal: Journal) -> Journal:
    """A journal whose person has been through the first-run welcome: a woman who gave
    no birth year, so her target is 310 mg (as the demo person's)."""
    save_profile(journal, Profile(sex="female", onboarded=True))
    return journal


class Terminal(io.StringIO):
    """A stand-in for stdout or stderr that says it is a terminal (its width: $COLUMNS)."""

    def isatty(self) -> bool:
        return True


def as_named(path: Path, root: Path) -> str:
    """A journal file as a refusal names it: relative to the journal's folder, named after
    it (the advice then names its backup relative to that folder, not a second long path)."""
    return f"{path.relative_to(root)} in {root}"


def run_cli(*args: str, input: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run `python -m journal ARGS` as a person would from the shell (env carries the data dir)."""
    return subprocess.run(
        [sys.executable, "-m", "journal", *args],
        capture_output=True,
        text=True,
        input=input,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
    )


# The kinds of change a person makes to a saved entry, for tests that check every one.
CHANGES = ("add", "edit", "move to another day", "delete", "complete")


def make_change(journal: Journal, kept: SymptomEntry, change: str) -> None:
    """`change` (one of CHANGES) made to the saved symptom `kept`, or beside it."""
    day = kept.date
    if change == "add":
        journal.add(food(day))
    elif change == "edit":
        journal.replace(kept, symptom(day, at="07:15", id=kept.id))
    elif change == "move to another day":
        journal.replace(kept, symptom(day + timedelta(days=2), id=kept.id))
    elif change == "delete":
        journal.remove(kept)
    else:
        journal.set_complete(day)


def mg_logged(journal: Journal, day: date) -> float:
    """The magnesium logged on `day` so far (foods and supplements), as Today shows it."""
    logged = journal.day(day)
    return sum(f.mg or 0 for f in logged.foods) + sum(s.mg for s in logged.supplements)
