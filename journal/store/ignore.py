"""What each computer keeps to itself in a synced journal folder, as sync engines' ignore files.

The lock only guards the copies of the app on one computer (a lock file
synced elsewhere means nothing there), an unfinished import's undo record
and temp files belong to the computer that wrote them, and backups and any
derived cache are each computer's own. Only the journal's own .json files
(entries/ and the files beside it) are meant to travel.
"""

from __future__ import annotations

from pathlib import Path

from journal.store.atomic import atomic_write_bytes

LOCAL_ONLY = ("journal.lock", "pending-write.json", "backups", "cache")

# Syncthing's .stignore: "/" anchors at the folder root; "(?d)" lets Syncthing remove
# a folder that holds only ignored files when the other computer deletes it.
STIGNORE = """\
// Mg Journal: each computer's own files stay on that computer (mg-journal sync ignore).
/journal.lock
/pending-write.json
(?d)/backups
(?d)/cache
(?d).*.tmp
"""


def write_stignore(root: Path) -> Path:
    """Write `.stignore` in the journal folder, keeping any lines the person added."""
    path = root / ".stignore"
    try:
        existing = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        existing = ""
    have = {line.strip() for line in existing.splitlines()}
    missing = [line for line in STIGNORE.splitlines() if line.strip() not in have]
    if missing:
        text = existing + ("\n" if existing and not existing.endswith("\n") else "")
        atomic_write_bytes(path, (text + "\n".join(missing) + "\n").encode())
    return path
