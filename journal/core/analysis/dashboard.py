"""Everything the dashboard and `report` show, computed from the days read for a period."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from journal.core import clock
from journal.core.analysis.associations import Analysis, analyse, averages, top_sources
from journal.core.analysis.daily import ALL, DayRow, period_of, row_for, settled
from journal.core.analysis.exploratory import Exploratory, family
from journal.core.analysis.findings import findings, group_words
from journal.core.analysis.shown import mg_figure
from journal.core.entries.day import Day
from journal.core.entries.models import FoodEntry
from journal.core.food import gap

PERIODS: dict[str, int | None] = {"30 days": 30, "90 days": 90, "year": 365, "all": None}
# One default for the dashboard, `report` and the doctor's page, so they give one answer:
# 90 days, long enough for the main question to have a chance (see bench_findings.py).
DEFAULT_PERIOD = "90 days"
DEFAULT_DAYS = 90
HEAT_DAYS = 16 * 7  # the calendar shows the last 16 weeks
OWN_FOOD_DAYS = 90
MIN_COMPLETE_DAYS = 14  # from this many marked days in the period, complete days are the default
ANY_FOOD, COMPLETE_ONLY = "any food", "complete only"


@dataclass(slots=True)
class Dashboard:
    period: str
    analysis: Analysis
    rows: list[DayRow]  # the period, one per calendar day
    heat: list[DayRow]  # the last HEAT_DAYS days, for the calendar
    today_row: DayRow
    average_7: float | None
    average_30: float | None
    sources: list[tuple[str, float]]
    findings: list[str]  # the answer first, then what else was seen
    exploratory: Exploratory  # every other test of the view, with its q
    suggestions: list[gap.Candidate]  # foods that would close today's gap
    nearest: list[gap.Candidate]  # when none does: the richest portions
    trial: str | None = None  # a running N-of-1 trial, said before the answer (issue 18)
    day_target: Callable[[date], float] | None = None  # each day's own (None: `target`)

    @property
    def target(self) -> float:
        return self.analysis.target

    def target_on(self, day: date) -> float:
        """The target `day` is judged against: its own, from the profile of its time."""
        return self.target if self.day_target is None else self.day_target(day)

    def edges(self, day: date) -> tuple[float, float]:
        """What `day`'s total is read against: its target and its low-day limit."""
        mg = self.target_on(day)
        return mg, mg * self.analysis.threshold

    @property
    def gap_mg(self) -> float:
        return max(0.0, self.target - self.today_row.total_mg)


def period_label(length: int | None) -> str:
    if length is None:
        return "all days"
    return "today" if length == 1 else f"last {length} days"


def period_start(today: date, length: int | None, days: Sequence[Day]) -> date:
    if length is None:
        return min([d.date for d in days], default=today)  # a list: faster than a generator
    return today - timedelta(days=length - 1)


def read_start(today: date, length: int | None) -> date:
    """The first date the store must be read from for a period of `length` days (None: all)."""
    if length is None:
        return date.min
    return today - timedelta(days=max(length, HEAT_DAYS, 30) - 1)


def default_basis(rows: Sequence[DayRow]) -> str:
    """Complete days only once the period has MIN_COMPLETE_DAYS of them, else any food."""
    marked = sum(1 for r in rows if r.complete)
    return COMPLETE_ONLY if marked >= MIN_COMPLETE_DAYS else ANY_FOOD


def build(
    days: Sequence[Day],
    today: date,
    length: int | None,
    target: float,
    threshold: float = 1.0,
    basis: str | None = None,
    primary_group: str = ALL,
    trial: str | None = None,
    day_target: Callable[[date], float] | None = None,
) -> Dashboard:
    """The dashboard for the `length` days (None: all) ending `today`, from days read
    since `read_start`; `basis` ANY_FOOD or COMPLETE_ONLY (None: `default_basis`).

    `target` is today's; `day_target`, each day's own (see `DayTargets`).
    `primary_group` is the symptom the main question asks about (ALL: any). `trial` is
    the hook for the N-of-1 trial (core/trial/): while one runs, a sentence saying so,
    shown before the answer (days inside a trial are not an observational comparison).
    """
    rows = {day.date: row_for(day) for day in days}
    foods = recent_foods(days, today)
    return build_from_rows(
        rows, foods, today, length, target, threshold, basis, primary_group, trial, day_target
    )


def recent_foods(days: Iterable[Day], today: date) -> list[FoodEntry]:
    """The foods eaten in the last OWN_FOOD_DAYS: the ones gap suggestions offer first."""
    eats_since = today - timedelta(days=OWN_FOOD_DAYS)
    # A list, not a generator: resuming a generator per food cost more than the work.
    return [f for d in days if d.date >= eats_since for f in d.foods]


def build_from_rows(
    rows: Mapping[date, DayRow],
    foods: Sequence[FoodEntry],
    today: date,
    length: int | None,
    target: float,
    threshold: float = 1.0,
    basis: str | None = None,
    primary_group: str = ALL,
    trial: str | None = None,
    day_target: Callable[[date], float] | None = None,
) -> Dashboard:
    """`build` from each day's summary (by date, days with entries) and `recent_foods`:
    what the app keeps for its session, so a new period, threshold or basis reads nothing."""
    start = min(rows, default=today) if length is None else today - timedelta(days=length - 1)
    now = clock.today()  # the day in progress, whatever period is shown
    period_data = period_of(rows, start, today, now)
    basis = basis or default_basis(period_data.rows)
    heat_start = today - timedelta(days=HEAT_DAYS - 1)
    if start <= heat_start:
        recent = period_data.rows[-HEAT_DAYS:]
    else:
        recent = period_of(rows, heat_start, today, now).rows
    analysis = analyse(
        settled(period_data.rows),
        target,
        threshold,
        basis == COMPLETE_ONLY,
        primary_group,
        day_target,
    )
    analysis.in_progress = sum(1 for r in period_data.rows if r.in_progress and r.logged)
    today_row = recent[-1]
    # "Foods the person already eats": what they ate in the last few months.
    candidates = [*gap.own_candidates(foods), *gap.seed_candidates()]
    suggestions = gap.close_gap(target - today_row.total_mg, candidates)
    short = today_row.total_mg < target
    nearest = gap.richest(candidates) if short and not suggestions else []
    return Dashboard(
        period=period_label(length),
        analysis=analysis,
        rows=period_data.rows,
        heat=recent,
        today_row=today_row,
        average_7=averages(settled(recent), 7),
        average_30=averages(settled(recent), 30),
        sources=top_sources(period_data.sources),
        findings=findings(analysis),
        exploratory=family(analysis),
        suggestions=suggestions,
        nearest=nearest,
        trial=trial,
        day_target=day_target,
    )


# Why the means count fewer days than the tables: a lower bound has no mean.
MEANS_BASIS = "Over days whose total is exact (a food of unknown magnesium leaves its day out)."


def _days(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def mean_lines(analysis: Analysis) -> list[str]:
    """Mean intake on symptom days against symptom-free days, one line per symptom group."""
    lines = []
    for m in analysis.means:
        if m.symptom_mean is None or m.other_mean is None:
            continue
        label = group_words(m.group)[0]
        lines.append(
            f"{label}: {mg_figure(m.symptom_mean)} mg on {_days(m.symptom_days, 'symptom day')}, "
            f"{mg_figure(m.other_mean)} mg on {_days(m.other_days, 'other day')}"
        )
    return lines


def basis_line(analysis: Analysis) -> str:
    """Which days the numbers use, in words."""
    n = analysis.complete_days
    marked = f"{n} day{'s' if n != 1 else ''} marked complete in the period"
    if analysis.complete_only:
        text = f"Uses complete days only ({marked}); days not marked complete are left out."
    else:
        # A day logged in part reads as low: said where the basis is, above every answer.
        text = (
            f"Uses every day with any food logged ({marked}); a day logged in part "
            "reads as low: mark full days complete (! in the app, mg-journal done)."
        )
    return text + own_targets(analysis)


def own_targets(analysis: Analysis) -> str:
    """' Each day is judged against...' when a day's own target was not today's, else ''."""
    if not analysis.targets:
        return ""
    steps = [
        f"{mg_figure(mg)} mg" + (f" from {day:%-d %b %Y}" if i else "")
        for i, (day, mg) in enumerate(analysis.targets)
    ]
    return f" Each day is judged against the target it had: {', then '.join(steps)}."


def coverage_line(analysis: Analysis) -> str:
    """How many days the numbers rest on, and how many were left out and why."""
    if analysis.complete_only:
        text = f"{analysis.logged} of {analysis.days} days used: complete days with food"
    else:
        text = f"{analysis.logged} of {analysis.days} days logged"
    left = analysis.unlogged - analysis.incomplete - analysis.in_progress
    reasons = [f"{left} without food entries"] if left else []
    if analysis.incomplete:
        reasons.append(f"{analysis.incomplete} with food but not marked complete")
    if analysis.in_progress:
        reasons.append("today (not over yet)")
    if reasons:
        # Not in brackets: "today (not over yet)" inside them read "(... and today (not
        # over yet) left out)".
        text += f"; left out: {' and '.join(reasons)}"
    if analysis.unclassified:
        text += (
            f"; {analysis.unclassified} left out of the tables because foods without a "
            "magnesium figure could change whether they were low"
        )
    return text + "."
