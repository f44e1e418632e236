"""A progress bar on stderr, drawn only when stderr is a terminal (never in pipes or logs)."""

from __future__ import annotations

import sys
from collections.abc import Callable

WIDTH = 30


def progress_bar(label: str) -> Callable[[int, int], None] | None:
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        filled = WIDTH * done // max(total, 1)
        bar = "#" * filled + "-" * (WIDTH - filled)
        end = "\n" if done >= total else ""
        print(f"\r{label} [{bar}] {done}/{total}", end=end, file=sys.stderr, flush=True)

    return show
