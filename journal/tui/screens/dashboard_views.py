"""What the dashboard's keys ask for (a view), and a view's figures as computed, kept
for the visit so that a view seen before, or made ahead for l and c, is only drawn."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from journal.core.analysis.daily import DayRow
from journal.core.analysis.dashboard import Dashboard
from journal.core.person.day_targets import DayTargets

THRESHOLDS = (1.0, 0.9, 0.75, 0.5)  # a low day: below this fraction of the target


def next_threshold(threshold: float) -> float:
    """The low-day threshold after this one (l cycles through THRESHOLDS)."""
    i = THRESHOLDS.index(threshold) if threshold in THRESHOLDS else -1
    return THRESHOLDS[(i + 1) % len(THRESHOLDS)]


@dataclass(frozen=True)
class View:
    """What the keys ask the figures for."""

    period: str
    threshold: float
    target: float
    basis: str | None
    group: str
    targets: DayTargets  # each day's own (a new one when the profile changes)


@dataclass
class Computed:
    """A view's figures and the day summaries they came from."""

    today: date
    rows: dict[date, DayRow]
    dashboard: Dashboard
