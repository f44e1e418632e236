"""The daily intake chart of the HTML report: a small hand-written SVG, no script, no fonts.

One bar per day against a dashed target line: green at or above the low-day
limit, red below it, hatched when the total is a lower bound below the limit
(foods without a magnesium figure: it may or may not be low); days without food
have no bar; the day in progress is an outlined grey bar marked "so far". Each bar
carries a <title> with its figure.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from journal.core.analysis.daily import DayRow, total_text
from journal.core.analysis.shown import mg_figure

WIDTH, HEIGHT = 720, 236
LEFT, RIGHT, TOP, BOTTOM = 56, 8, 24, 28  # margins for the axis labels
LOW, OK, LOWER_BOUND = "#c0392b", "#2e7d32", "url(#atleast)"
# A date's width at font-size 11, generously (DejaVu Sans, a browser's usual fallback,
# averages about 6.5 px a character), and the least space between two dates.
CHAR_PX, GAP_PX = 7.0, 6.0
SO_FAR = "#d0d0d0"  # today, not over: neither low nor adequate yet


def _y(value: float, top_mg: float) -> float:
    plot = HEIGHT - TOP - BOTTOM
    return TOP + plot * (1 - min(value, top_mg) / top_mg)


def intake_svg(
    rows: list[DayRow],
    target: float,
    limit: float,
    limit_on: Callable[[date], float] | None = None,
) -> str:
    """The bars against `target`'s line; each coloured by `limit_on(day)` (None: `limit`),
    the low-day limit of the day's own target."""
    top_mg = max([target * 1.25, *(r.total_mg for r in rows)]) or 1.0
    step = (WIDTH - LEFT - RIGHT) / max(1, len(rows))
    base = _y(0, top_mg)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" id="intake-chart" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}">',
        "<title>Daily magnesium intake against the target</title>",
        '<defs><pattern id="atleast" width="6" height="6" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><rect width="6" height="6" fill="#f3d9a4"/>'
        '<line x1="0" y1="0" x2="0" y2="6" stroke="#b7791f" stroke-width="3"/></pattern></defs>',
        f'<line x1="{LEFT}" y1="{base:.1f}" x2="{WIDTH - RIGHT}" y2="{base:.1f}" stroke="#555"/>',
    ]
    for i, r in enumerate(rows):
        if not r.foods:
            continue
        x, y = LEFT + i * step, _y(r.total_mg, top_mg)
        # As the analysis: a lower bound at or above the limit is adequate anyway.
        own = limit if limit_on is None else limit_on(r.date)
        fill = OK if r.total_mg >= own else (LOWER_BOUND if r.unknown_foods else LOW)
        label = f"{r.date:%a %-d %b}: {total_text(r, target, own)}"
        kind = "day"
        if r.in_progress:
            fill, kind, label = SO_FAR, "day so-far", f"{label} so far (the day is not over)"
        parts.append(
            f'<rect class="{kind}" x="{x + step * 0.1:.1f}" y="{y:.1f}" '
            f'width="{step * 0.8:.1f}" height="{max(base - y, 0.5):.1f}" fill="{fill}"'
            + (' stroke="#555" stroke-dasharray="2 2"' if r.in_progress else "")
            + f"><title>{escape(label)}</title></rect>"
        )
        if r.in_progress:
            parts.append(
                f'<text x="{x + step / 2:.1f}" y="{y - 3:.1f}" text-anchor="end" '
                'font-size="10">so far</text>'
            )
    ty = _y(target, top_mg)
    parts += [
        f'<line x1="{LEFT}" y1="{ty:.1f}" x2="{WIDTH - RIGHT}" y2="{ty:.1f}" stroke="#1f4e79" '
        'stroke-width="1.5" stroke-dasharray="6 4"/>',
        f'<text x="{LEFT - 4}" y="{ty + 4:.1f}" text-anchor="end" font-size="11" '
        f'fill="#1f4e79">{mg_figure(target)} mg</text>',
        f'<text x="{LEFT - 4}" y="{base + 4:.1f}" text-anchor="end" font-size="11">0 mg</text>',
        '<text x="2" y="14" font-size="11" font-weight="bold">mg a day</text>',
    ]
    parts += _date_ticks(rows, step, base)
    parts.append("</svg>")
    return "\n".join(parts)


def _date_ticks(rows: list[DayRow], step: float, base: float) -> list[str]:
    """A tick under every 7th day, ending on the last, and its date where that does not
    run into the date to its right ("30 Nov" and "7 Dec" touched at 90 days)."""
    if not rows:
        return []
    every = max(7, 7 * round(len(rows) * 60 / (WIDTH - LEFT - RIGHT) / 7))  # ~60 px apart
    parts = []
    free_from = float(WIDTH)  # the left edge of the date drawn last (dates go right to left)
    for i in range(len(rows) - 1, -1, -every):
        x = LEFT + (i + 0.5) * step
        parts.append(
            f'<line class="tick" x1="{x:.1f}" y1="{base:.1f}" x2="{x:.1f}" y2="{base + 4:.1f}" '
            'stroke="#555"/>'
        )
        text = f"{rows[i].date:%-d %b}"
        last = i == len(rows) - 1
        width = len(text) * CHAR_PX
        left, right = (x - width, x) if last else (x - width / 2, x + width / 2)
        if right + GAP_PX > free_from or left < 0:
            continue
        free_from = left
        parts.append(
            f'<text x="{x:.1f}" y="{HEIGHT - 8}" text-anchor="{"end" if last else "middle"}" '
            f'font-size="11">{text}</text>'
        )
    return parts
