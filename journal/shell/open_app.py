"""A command's request that `cli` open the app: the shell itself never loads the TUI."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path


def terminal() -> bool:
    """Whether the app can run here: the full-screen app needs a terminal for its keys
    and for what it draws (piped, it would write escape codes to a file and wait)."""
    import sys

    return sys.stdin.isatty() and sys.stdout.isatty()


class OpenApp:
    """Open the app on `data_dir` (None: the usual journal); `remove_after`: delete that
    folder once the app closes."""

    # A plain class: a dataclass is built at import, and every shell command imports this.
    __slots__ = ("data_dir", "remove_after")

    def __init__(self, data_dir: str | Path | None, remove_after: bool = False) -> None:
        self.data_dir = data_dir
        self.remove_after = remove_after
