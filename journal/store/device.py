"""Which computer this is, for revisions: a name kept outside the synced folder.

The name lives in the platform's config folder (0600), so two computers that
sync one journal folder still tell themselves apart; $MG_JOURNAL_DEVICE overrides
it (tests run two "computers" on one machine).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from journal.store.errors import StoreError
from journal.store.paths import APP_NAME, FILE_MODE, ensure_private_dir

ENV_DEVICE = "MG_JOURNAL_DEVICE"
ENV_CONFIG = "MG_JOURNAL_CONFIG"
_cached: dict[Path, str] = {}


def config_dir() -> Path:
    """$MG_JOURNAL_CONFIG, else the platform's config folder (never the synced data folder)."""
    env = os.environ.get(ENV_CONFIG)
    if env:
        return Path(env).expanduser().absolute()
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False)


def _host() -> str:
    # Imported here: a name is made once per computer, and socket costs start time.
    import socket

    return re.sub(r"[^A-Za-z0-9-]+", "-", socket.gethostname()).strip("-")[:24] or "computer"


def _new_name() -> str:
    import secrets  # with hmac, ~5 ms of every command's start: only when naming

    return f"{_host()}-{secrets.token_hex(3)}"


def _unsaved_name() -> str:
    """The name when none can be kept (a read-only home): the same at every run, so
    this computer still knows its own unfinished import (transaction.roll_back)."""
    return f"{_host()}-{os.getuid() if hasattr(os, 'getuid') else 0}"


def device_name() -> str:
    env = os.environ.get(ENV_DEVICE)
    if env:
        return env
    folder = config_dir()
    if folder in _cached:
        return _cached[folder]
    path = folder / "device"
    try:
        name = path.read_text(encoding="utf-8").strip()
    except OSError:
        name = ""
    if not name:
        name = _new_name()
        try:
            ensure_private_dir(folder)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(name + "\n")
        except FileExistsError:  # another copy of the app named it first
            name = path.read_text(encoding="utf-8").strip() or name
        except (OSError, StoreError):  # no config folder to be had: never a reason to
            name = _unsaved_name()  # refuse a write; the same name at every run
    _cached[folder] = name
    return name
