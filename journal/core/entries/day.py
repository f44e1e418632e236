"""One day of the journal and the totals the Today screen and the reports show."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date

from journal.core.entries.models import Entry, FactorEntry, FoodEntry, SupplementEntry, SymptomEntry


@dataclass(slots=True)
class Day:
    """One day of the journal: its entries by kind, and whether it is marked complete."""

    date: date
    foods: list[FoodEntry] = field(default_factory=list)
    supplements: list[SupplementEntry] = field(default_factory=list)
    symptoms: list[SymptomEntry] = field(default_factory=list)
    factors: list[FactorEntry] = field(default_factory=list)
    complete: bool = False  # the person said "I logged everything I ate" for this day

    def add(self, entry: Entry) -> None:
        getattr(self, entry.KIND).append(entry)

    def sort(self) -> None:
        # By the time eaten or felt, then as logged: the sort is stable and the store
        # reads entries in the order they were written (ids are random, no order).
        for entries in (self.foods, self.supplements, self.symptoms, self.factors):
            entries.sort(key=lambda e: e.time)

    @property
    def food_mg(self) -> float:
        """Magnesium from foods with a known figure; see `unknown_foods` for the rest."""
        return math.fsum(f.mg for f in self.foods if f.mg is not None)  # order-free

    @property
    def unknown_foods(self) -> int:
        return sum(1 for f in self.foods if f.mg is None)

    @property
    def supplement_mg(self) -> float:
        return math.fsum(s.mg for s in self.supplements)

    @property
    def total_mg(self) -> float:
        return self.food_mg + self.supplement_mg

    @property
    def kcal(self) -> float:
        return math.fsum(f.kcal for f in self.foods if f.kcal is not None)

    @property
    def is_empty(self) -> bool:
        return not (self.foods or self.supplements or self.symptoms or self.factors)
