"""Screens whose figures are of today (the dashboard, the trial) redraw when the date
turns while they are open, as Today does: left open overnight, they showed yesterday
as today, "not over yet" and left out, in the morning."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.screen import Screen

from journal.core import clock

EVERY = 2.0  # seconds, as Today checks


def follow_the_date(screen: Screen[Any], redraw: Callable[[], object]) -> None:
    """Call `redraw` once each time the date turns while `screen` is mounted."""
    seen = clock.today()

    def check() -> None:
        nonlocal seen
        today = clock.today()
        if today != seen:
            seen = today
            redraw()

    screen.set_interval(EVERY, check)
