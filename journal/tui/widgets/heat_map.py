"""A calendar of the last weeks: one cell a day, shaded by intake, symptom days marked."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from rich.text import Text
from textual.widgets import Static

from journal.core.analysis.daily import DayRow

WEEKDAYS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")


def shade(row: DayRow, target: float) -> str:
    if not row.logged:
        return ""
    share = row.share(target)
    if share >= 1:
        return "on dark_green"
    if share >= 0.75:
        return "on yellow4"
    if share >= 0.5:
        return "on dark_orange3"
    return "on red3"


def heat_map(rows: list[DayRow], target_on: Callable[[date], float]) -> Text:
    """The calendar; each day shaded against its own target (`target_on`)."""
    if not rows:
        return Text("")
    first = rows[0].date - timedelta(days=rows[0].date.weekday())  # a Monday
    weeks = (rows[-1].date - first).days // 7 + 1
    by_date = {r.date: r for r in rows}
    # Month names above the week holding their first day (and the first week's own),
    # where there is room; latest first, so the current month always has its name.
    cells = [" "] * (weeks * 2 + 6)
    starts = {0: rows[0].date.strftime("%b")}
    for w in range(weeks):
        for d in range(7):
            day = first + timedelta(weeks=w, days=d)
            if day.day == 1 and rows[0].date <= day <= rows[-1].date:
                starts[w] = day.strftime("%b")
    for w in sorted(starts, reverse=True):
        name, at = starts[w], 3 + w * 2
        if all(c == " " for c in cells[max(0, at - 1) : at + len(name) + 1]):
            cells[at : at + len(name)] = name
    header = Text("".join(cells).rstrip(), style="dim")
    lines = [header]
    for wd, label in enumerate(WEEKDAYS):
        line = Text(f"{label} ", style="dim")
        for w in range(weeks):
            row = by_date.get(first + timedelta(weeks=w, days=wd))
            if row is None:
                line.append("  ")
            elif not row.logged and row.symptoms:  # no food, unshaded: marked as the chart's •
                line.append("✕", "bold")
                line.append("·", "dim")
            elif not row.logged:
                line.append("· ", "dim")
            elif row.in_progress:  # not over: neither low nor adequate yet
                line.append("✕░" if row.symptoms else "░░", "dim")
            else:
                line.append(
                    "✕ " if row.symptoms else "  ", f"bold white {shade(row, target_on(row.date))}"
                )
        lines.append(line)
    legend = Text("   ")
    for style, words in (
        ("on red3", "<50%"),
        ("on dark_orange3", "<75%"),
        ("on yellow4", "<100%"),
        ("on dark_green", "≥ target"),
    ):
        legend.append("  ", style)
        legend.append(f" {words} ", "dim")
    legend.append("✕ symptom", "dim")
    if any(r.in_progress and r.logged for r in rows):
        legend.append("  ░░ today so far", "dim")
    lines.append(legend)
    return Text("\n").join(lines)


class HeatMap(Static):
    """Shows `heat_map(...)`, made in the dashboard's worker."""

    DEFAULT_CSS = "HeatMap { height: auto; }"
