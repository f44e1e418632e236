"""The names sync engines give the copies they set aside when two computers changed one file.

    Syncthing   2026-12-06.sync-conflict-20261206-101010-ABCDEFG.json
    Dropbox     2026-12-06 (Anna's MacBook's conflicted copy 2026-12-06).json
                2026-12-06 (Anna's MacBook's conflicted copy 2026-12-06 (1)).json
    Nextcloud   2026-12-06 (conflicted copy 2026-12-06 101010).json
    ownCloud    2026-12-06_conflict-20261206-101010.json  (older clients; newer ones as Nextcloud)

Each parse gives back the name of the file the copy belongs to and who made it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from journal.core.sync.copy_mark import MARK

SYNCTHING = "Syncthing"
DROPBOX = "Dropbox"
NEXTCLOUD = "Nextcloud/ownCloud"

_SYNCTHING = re.compile(
    r"^(?P<stem>.+)\.sync-conflict-(?P<day>\d{8})-(?P<time>\d{6})-(?P<who>[A-Z0-9]{7})"
    r"(?P<ext>\.[^.]+)?$"
)
# "(HOST's conflicted copy 2026-12-06)" or "(conflicted copy 2026-12-06 101010)", either
# with a " (1)" counter inside; Dropbox has also written the date after a space and a
# number of other small variants, so only the words "conflicted copy" are required.
_BRACKETED = re.compile(
    r"^(?P<stem>.+?) \((?P<label>[^()]*conflicted copy[^()]*(?:\(\d+\)[^()]*)?)\)"
    r"(?P<ext>\.[^.()]+)?$"
)
_OWNCLOUD = re.compile(r"^(?P<stem>.+)_conflict-(?P<day>\d{8})-(?P<time>\d{6})(?P<ext>\.[^.]+)?$")
_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})")


@dataclass(frozen=True, slots=True)
class ConflictName:
    original: str  # the name of the file this is a copy of, in the same folder
    engine: str  # SYNCTHING, DROPBOX or NEXTCLOUD
    who: str  # the device (Syncthing's short id, Dropbox's computer name) or ""
    when: str  # the date the engine wrote into the name, ISO, or ""


def _iso(day: str) -> str:
    return f"{day[:4]}-{day[4:6]}-{day[6:]}"


def parse_conflict_name(name: str) -> ConflictName | None:
    """The conflict copy `name` describes, or None for any other name."""
    if MARK not in name:  # every journal start asks this of every file: be quick
        return None
    if match := _SYNCTHING.match(name):
        return ConflictName(
            match["stem"] + (match["ext"] or ""), SYNCTHING, match["who"], _iso(match["day"])
        )
    if match := _BRACKETED.match(name):
        label = match["label"]
        found = _DATE.search(label)
        when = found[1] if found else ""
        original = match["stem"] + (match["ext"] or "")
        if "'s conflicted copy" in label:
            return ConflictName(original, DROPBOX, label.split("'s conflicted copy")[0], when)
        if label.startswith("conflicted copy"):
            return ConflictName(original, NEXTCLOUD, "", when)
        return ConflictName(original, DROPBOX, "", when)
    if match := _OWNCLOUD.match(name):
        return ConflictName(match["stem"] + (match["ext"] or ""), NEXTCLOUD, "", _iso(match["day"]))
    return None
