"""What the report for a doctor holds, gathered once for the Markdown and HTML renderings.

One page: the person's target and where it comes from, each day's intake, the
symptom days, the low-magnesium x symptom 2x2 tables, the findings with their
caveats, the supplements taken, and how complete the data is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from journal.core import clock
from journal.core.analysis.associations import LOW, Comparison
from journal.core.analysis.daily import DayRow
from journal.core.analysis.dashboard import Dashboard
from journal.core.analysis.findings import group_words
from journal.core.entries.day import Day


@dataclass(frozen=True, slots=True)
class SupplementUse:
    form: str
    days: int  # days it was taken
    doses: int
    mean_mg: float  # elemental mg per day taken


@dataclass(frozen=True, slots=True)
class DoctorReport:
    dash: Dashboard
    target_basis: str
    supplements: list[SupplementUse]
    generated: date

    @property
    def rows(self) -> list[DayRow]:
        return self.dash.rows

    @property
    def symptom_rows(self) -> list[DayRow]:
        return [r for r in self.rows if r.symptoms]

    @property
    def unknown_days(self) -> int:
        """Days whose total is only a lower bound: some foods had no magnesium figure."""
        return sum(1 for r in self.rows if r.unknown_foods)

    @property
    def tables(self) -> list[Comparison]:
        """The same-day low-magnesium x symptom-day tables, one per symptom group."""
        return [c for c in self.dash.analysis.comparisons if c.exposure == LOW and c.lag == 0]


def supplement_uses(days: Sequence[Day], start: date, end: date) -> list[SupplementUse]:
    """Each supplement form taken in the period: on how many days, and how much a day."""
    by_form: dict[str, tuple[set[date], int, float]] = {}
    for day in days:
        if not start <= day.date <= end:
            continue
        for s in day.supplements:
            taken, doses, mg = by_form.get(s.form, (set(), 0, 0.0))
            taken.add(day.date)
            by_form[s.form] = (taken, doses + 1, mg + s.mg)
    return [
        SupplementUse(form, len(taken), doses, mg / len(taken))
        for form, (taken, doses, mg) in sorted(by_form.items(), key=lambda kv: -len(kv[1][0]))
    ]


def gather(dash: Dashboard, days: Sequence[Day], target_basis: str) -> DoctorReport:
    a = dash.analysis
    # Made today, whatever the period's end (--to): not the period's last day.
    return DoctorReport(dash, target_basis, supplement_uses(days, a.start, a.end), clock.today())


def symptom_summary(row: DayRow) -> str:
    """'cramp x2 (worst 4), twitch': a symptom day in a few words."""
    parts = []
    for kind, (count, worst) in row.symptoms.items():
        text = kind + (f" x{count}" if count > 1 else "")
        parts.append(text + (f" (worst {worst} of 5)" if worst is not None else ""))
    return ", ".join(parts)


def table_title(c: Comparison) -> str:
    return f"{group_words(c.group)[0]}: low-magnesium day x symptom day (same day)"
