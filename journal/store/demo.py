"""Write the generated demo journal to disk quickly: one write per day file.

A demo without a folder of its own lives in a temporary folder named with the
process id, so the next demo can tell a folder left by a closed terminal
(its process is gone) from one still in use, and remove it.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from journal.core.demo.journal import DEFAULT_SEED, demo_entries
from journal.core.person.profile import Profile
from journal.store.bulk import add_entries
from journal.store.errors import StoreError
from journal.store.journal import Journal
from journal.store.profile import save_profile


def build_demo_journal(path: str | Path, days: int = 120, seed: int = DEFAULT_SEED) -> Journal:
    """A demo journal of `days` days ending today in `path`, which must hold no entries yet."""
    journal = Journal.open(path)
    if journal.has_entries():
        raise StoreError(
            f"{journal.root} already holds a journal; the demo only writes into an empty folder."
        )
    add_entries(journal, demo_entries(days, seed))
    # The demo person: a woman who gave no birth year, so her target is the 310 mg
    # the demo plants its pattern against.
    save_profile(journal, Profile(sex="female", onboarded=True))
    return journal


DEMO_PREFIX = "mg-journal-demo-"


def temporary_demo_folder(*, kept: bool = False) -> Path:
    """A new private temporary folder for a demo, named for this process; a `kept` one
    (built only, its path printed for the person) has no process id and is never removed."""
    owner = "" if kept else f"{os.getpid()}-"
    return Path(tempfile.mkdtemp(prefix=f"{DEMO_PREFIX}{owner}"))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive, and not ours to judge
        return True
    return True


def remove_stale_demo_folders(parent: str | Path | None = None) -> list[Path]:
    """Remove demo folders whose process is gone (a terminal closed under the demo)."""
    removed = []
    for folder in Path(parent or tempfile.gettempdir()).glob(f"{DEMO_PREFIX}*"):
        pid_text, dash, _ = folder.name.removeprefix(DEMO_PREFIX).partition("-")
        if not (pid_text.isdigit() and dash) or _alive(int(pid_text)):
            continue  # a kept demo (no process id), or one still open
        if folder.is_dir() and not folder.is_symlink() and folder.stat().st_uid == os.getuid():
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed
