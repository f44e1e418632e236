"""Daily magnesium as columns, with the target as a dashed line and symptom days marked.

Drawn with block characters so it costs no import and looks the same in every
terminal; when the period has more days than columns, a column is the mean of
its logged days.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from rich.text import Text
from textual.content import Content
from textual.geometry import Size
from textual.widgets import Static

from journal.core.analysis.daily import DayRow
from journal.core.analysis.shown import mg_figure

BLOCKS = " ▁▂▃▄▅▆▇█"
AXIS = 5  # columns for the mg labels at the left, and a space, up to "9999"


def buckets(rows: list[DayRow], columns: int) -> list[tuple[float | None, bool, bool]]:
    """(mean intake of the logged days or None, any symptom, only today so far) per column.

    The day in progress counts in a column only when it is alone there: its
    partial total would drag a finished day's mean down.
    """
    columns = max(1, min(columns, len(rows)))
    out = []
    for k in range(columns):
        part = rows[k * len(rows) // columns : (k + 1) * len(rows) // columns]
        logged = [r.total_mg for r in part if r.logged and not r.in_progress]
        so_far = not logged and any(r.in_progress and r.logged for r in part)
        if so_far:
            logged = [r.total_mg for r in part if r.in_progress]
        mean = sum(logged) / len(logged) if logged else None
        out.append((mean, any(r.symptoms for r in part), so_far))
    return out


def date_axis(rows: list[DayRow], columns: int) -> Text:
    """The first, middle and last dates under the columns, as far as they fit."""
    first, last = f"{rows[0].date:%-d %b}", f"{rows[-1].date:%-d %b}"
    if columns < len(first) + len(last) + 1:
        return Text(last.rjust(columns)[-columns:], "dim")
    line = [" "] * columns
    line[: len(first)] = first
    line[columns - len(last) :] = last
    middle = f"{rows[len(rows) // 2].date:%-d %b}"
    at = columns // 2 - len(middle) // 2
    if at > len(first) + 1 and at + len(middle) < columns - len(last) - 1:
        line[at : at + len(middle)] = middle
    return Text("".join(line), "dim")


def own_targets(
    rows: list[DayRow], columns: int, target_on: Callable[[date], float]
) -> list[float]:
    """Per column, the mean of its days' own targets (its logged days', as its intake)."""
    columns = max(1, min(columns, len(rows)))
    out = []
    for k in range(columns):
        part = rows[k * len(rows) // columns : (k + 1) * len(rows) // columns]
        days = [r.date for r in part if r.logged] or [r.date for r in part]
        out.append(sum(map(target_on, days)) / len(days))
    return out


def chart(
    rows: list[DayRow],
    target: float,
    width: int,
    height: int = 8,
    target_on: Callable[[date], float] | None = None,
) -> Text:
    """`target`, today's, is the line; `target_on` (None: `target` every day) the one
    each column is coloured against, so a pregnancy's day is low below its own."""
    # Labels are written as everywhere ("11,000"): the axis is as wide as the longest
    # can be (no column's mean is above the highest day), so a line never wraps.
    highest = max([target * 1.25] + [r.total_mg for r in rows if r.logged])
    axis = max(AXIS, len(mg_figure(max(highest, target))) + 1)
    cols = buckets(rows, max(1, width - axis))
    own = [target] * len(cols) if target_on is None else own_targets(rows, len(cols), target_on)
    top = max([target * 1.25] + [v for v, _, _ in cols if v is not None])
    per_row = top / height
    target_row = min(height - 1, int(target / per_row))
    margin = " " * axis
    lines = []
    for level in range(height - 1, -1, -1):
        label = margin
        if level == target_row:
            label = f"{mg_figure(target):>{axis - 1}} "
        elif level == height - 1:
            label = f"{mg_figure(top):>{axis - 1}} "
        line = Text(label, style="dim")
        run: list[str] = []
        run_style = ""
        for (value, _, so_far), goal in zip(cols, own, strict=True):
            fill = 0.0 if value is None else value / per_row - level
            if fill > 0 and so_far:
                ch = "░"  # not over: shaded, so it reads as "so far" without colour too
            elif fill >= 1:
                ch = "█"
            elif fill > 0:
                ch = BLOCKS[max(1, round(fill * 8))]
            else:
                ch = "┄" if level == target_row else " "
            low = value is not None and value < goal
            style = "cyan" if ch == "┄" else ("yellow" if low else "green")
            style = "dim" if so_far and ch == "░" else style
            if style != run_style and run:
                line.append("".join(run), run_style)
                run = []
            run.append(ch)
            run_style = style
        line.append("".join(run), run_style)
        lines.append(line)
    marks = Text(margin, style="dim")
    for value, symptom, _ in cols:
        marks.append(
            "•" if symptom else ("·" if value is None else " "), "bold red" if symptom else "dim"
        )
    lines.append(marks)
    lines.append(Text(margin) + date_axis(rows, len(cols)))
    legend = Text(f"{margin}┄ target  ", style="dim")
    legend.append("•", "bold red")
    legend.append(" symptom day  · not logged", "dim")
    if any(so_far for _, _, so_far in cols):
        legend.append("  ░ today so far", "dim")
    lines.append(legend)
    return Text("\n").join(lines)


class IntakeChart(Static):
    """The chart for the width it is given. A run of columns in one colour is one span,
    and the chart is made once per width: drawn a span per column, it cost the
    dashboard ~50 ms a key at 160 columns (converted, filtered and measured each frame)."""

    DEFAULT_CSS = "IntakeChart { height: auto; }"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._rows: list[DayRow] = []
        self._target = 0.0
        self._target_on: Callable[[date], float] | None = None
        self._drawn: tuple[int, Content] | None = None  # (width, the chart at that width)

    def show(
        self, rows: list[DayRow], target: float, target_on: Callable[[date], float] | None = None
    ) -> None:
        self._rows, self._target, self._target_on = rows, target, target_on
        self._drawn = None
        self.refresh(layout=True)

    def _chart(self, width: int) -> Content:
        if self._drawn is None or self._drawn[0] != width:
            text = (
                chart(self._rows, self._target, width, target_on=self._target_on)
                if self._rows
                else Text("")
            )
            self._drawn = (width, Content.from_rich_text(text))
        return self._drawn[1]

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        # As Textual's own, but render() would ask for self.size mid-layout, which
        # arranges the whole screen again (see MagnesiumBar): measure at the width given.
        if not width:
            return 0
        return self._chart(width).get_height(self.styles, width)  # type: ignore[arg-type]

    def render(self) -> Content:
        return self._chart(self.content_size.width or 60)
