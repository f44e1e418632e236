"""A figure as the person reads it: to the whole unit, never rounded across a line.

Its own module: Today's magnesium bar needs it before the first frame, without
the day rows and statistics of `daily`.
"""

from __future__ import annotations

import math


def mg_figure(value: float) -> str:
    """Whole mg as Today writes them, thousands apart: '1,118' (the dashboard's sources
    and the report said '10022' beside Today's '1,118')."""
    return f"{value:,.0f}"


def whole(value: float, *edges: float) -> int:
    """`value` to the whole unit, as read against `edges` (a target, a low-day limit, 100%):
    never rounded onto or across one. 399.5 mg against 400 is 399, not 400 (the day is
    counted low, and "400 of 400" read as met); 232.5 against a limit of 232.5 is 233."""
    shown = round(value)
    for edge in edges:
        if value < edge <= shown:
            shown = math.floor(value)
        elif shown < edge <= value:
            shown = math.ceil(value)
    return shown
