"""A command's request that `cli` open the app: the shell itself never loads the TUI."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class OpenApp:
    """Open the app on `data_dir` (None: the usual journal); `remove_after`: delete that
    folder once the app closes."""

    data_dir: str | Path | None
    remove_after: bool = False
