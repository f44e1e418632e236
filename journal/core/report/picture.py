"""The answer as a picture: the symptom-day rate on low days and on other days, with
interval bars, drawn in text (the dashboard and `report`) or SVG (the doctor's page).

Each rate gets its 95% Wilson score interval. In text a bar is solid up to the
interval's low end, shaded up to the rate, and a line on to its high end:
`██████▓▓▓──┤`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from journal.core.analysis.primary import Primary
from journal.core.stats.contingency import Z95

SOLID, SHADE, LINE, END, SPACE = "█", "▓", "─", "┤", " "
LEGEND = "█ to the interval's low end · ▓ to the rate · ─┤ to its high end (95%)"


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    count: int
    total: int
    low: float
    high: float

    @property
    def rate(self) -> float:
        return self.count / self.total if self.total else 0.0


def wilson(count: int, total: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval of a proportion (scipy's binomtest(...).proportion_ci
    with method="wilson")."""
    if not total:
        return 0.0, 1.0
    p = count / total
    centre = (p + z * z / (2 * total)) / (1 + z * z / total)
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / (1 + z * z / total)
    return max(0.0, centre - half), min(1.0, centre + half)


def bars(pr: Primary) -> list[Bar]:
    """Low days against other days, at the lag the answer speaks of (none without one)."""
    if pr.shown is None:
        return []
    t = pr.shown.table
    low = "low days" if pr.shown.lag == 0 else "after a low day"
    other = "other days" if pr.shown.lag == 0 else "after other days"
    return [
        Bar(low, t.a, t.exposed, *wilson(t.a, t.exposed)),
        Bar(other, t.c, t.unexposed, *wilson(t.c, t.unexposed)),
    ]


def scale_of(items: list[Bar]) -> float:
    """The axis end: the highest interval end, up to the next 10%."""
    top = max((b.high for b in items), default=1.0)
    return min(1.0, max(0.1, math.ceil(top * 10 - 1e-9) / 10))


def segments(bar: Bar, scale: float, width: int) -> list[tuple[str, str]]:
    """The bar as (characters, kind) runs, kind one of SOLID, SHADE, LINE, END, SPACE."""

    def at(value: float) -> int:
        return min(width, round(value / scale * width))

    lo, rate, hi = at(bar.low), at(bar.rate), at(bar.high)
    hi = max(hi, rate + 1) if bar.high > bar.rate else hi
    runs = [(SOLID * lo, SOLID), (SHADE * (rate - lo), SHADE)]
    if hi > rate:
        runs += [(LINE * (hi - rate - 1), LINE), (END, END)]
    runs.append((SPACE * (width - max(hi, rate)), SPACE))
    return [(text, kind) for text, kind in runs if text]


def lines(pr: Primary, width: int = 30) -> list[list[tuple[str, str]]]:
    """The picture, one list of runs per line (an axis line, then one per bar)."""
    items = bars(pr)
    if not items:
        return []
    scale = scale_of(items)
    label_w = max(len(b.label) for b in items) + 2
    label_w = max(label_w, len("symptom days") + 2)
    axis = f"{'symptom days':{label_w}}0%{'':{width - 6}}{scale:>4.0%}"
    out: list[list[tuple[str, str]]] = [[(axis, SPACE)]]
    for b in items:
        runs = [(f"{b.label:{label_w}}", SPACE), *segments(b, scale, width)]
        runs.append((f"  {b.rate:.0%}, {b.count} of {b.total}", SPACE))
        out.append(runs)
    return out


def plain(pr: Primary, width: int = 30) -> list[str]:
    """The picture as plain text lines, with its legend."""
    drawn = ["".join(text for text, _ in line) for line in lines(pr, width)]
    return [*drawn, LEGEND] if drawn else []


def svg(pr: Primary) -> str:
    """The picture for the doctor's page: one bar per rate, its interval as a whisker."""
    items = bars(pr)
    if not items:
        return ""
    scale = scale_of(items)
    left, width, row = 130, 300, 34

    def x(value: float) -> float:
        return left + value / scale * width

    height = row * len(items) + 44
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {left + width + 110} {height}" '
        f'width="{left + width + 110}" height="{height}" role="img" '
        'aria-label="Symptom-day rate on low-magnesium days and on other days, with 95% '
        'intervals">'
    ]
    for k, b in enumerate(items):
        y = 8 + k * row
        parts += [
            f'<text x="0" y="{y + 15}" font-size="12">{b.label}</text>',
            f'<rect x="{left}" y="{y}" width="{x(b.rate) - left:.1f}" height="20" '
            f'fill="{"#8e44ad" if k == 0 else "#7f8c8d"}"/>',
            f'<line x1="{x(b.low):.1f}" x2="{x(b.high):.1f}" y1="{y + 10}" y2="{y + 10}" '
            'stroke="#1b1b1b" stroke-width="1.5"/>',
            *(
                f'<line x1="{x(v):.1f}" x2="{x(v):.1f}" y1="{y + 4}" y2="{y + 16}" '
                'stroke="#1b1b1b" stroke-width="1.5"/>'
                for v in (b.low, b.high)
            ),
            f'<text x="{x(b.high) + 6:.1f}" y="{y + 15}" font-size="12">'
            f"{b.rate:.0%} ({b.count} of {b.total})</text>",
        ]
    axis_y = height - 22
    parts += [
        f'<text x="{left}" y="{axis_y}" font-size="11">0%</text>',
        f'<text x="{left + width}" y="{axis_y}" font-size="11" text-anchor="end">'
        f"{scale:.0%}</text>",
        f'<text x="{left + width / 2}" y="{height - 4}" font-size="11" text-anchor="middle">'
        "share of days with a symptom (bars: 95% intervals)</text>",
        "</svg>",
    ]
    return "".join(parts)
