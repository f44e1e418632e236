"""Where the journal lives, created private: this is health data."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

APP_NAME = "mg-journal"
ENV_DIR = "MG_JOURNAL_DIR"
DIR_MODE = 0o700
FILE_MODE = 0o600


def default_data_dir() -> Path:
    # platformdirs is imported here, not at module level, so shell commands
    # that never need the default pay nothing for it.
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--data-dir wins over $MG_JOURNAL_DIR, which wins over the platform's data dir."""
    if explicit:
        return Path(explicit).expanduser().absolute()
    env = os.environ.get(ENV_DIR)
    if env:
        return Path(env).expanduser().absolute()
    return default_data_dir()


def ensure_private_dir(path: Path) -> Path:
    """Create `path` (and parents) as 0700; take group and other bits off an existing one."""
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    mode = path.stat().st_mode & 0o777
    if mode & ~DIR_MODE:
        # Only ever tightened: a folder the person made read-only (0500) stays so.
        # Not ours to change on, e.g., a read-only mount; reads still work.
        with contextlib.suppress(PermissionError):
            path.chmod(mode & DIR_MODE)
    return path
