"""Find one entry by its id or the start of it, across every day file.

Day files are scanned newest first (recent entries are the ones people fix)
on their raw documents; only matching documents are turned into entries. A
full id stops at the first match; a prefix must be checked against every
day, since it must match exactly one entry.
"""

from __future__ import annotations

import re

from journal.core.entries.entry_text import entry_sentence
from journal.core.entries.models import ENTRY_TYPES, Entry, entry_from_doc
from journal.core.validate import NotFound, ValidationError
from journal.store.day_files import parse_day_file
from journal.store.journal import Journal
from journal.store.storage import read_file

_HEX = re.compile(r"^[0-9a-f]{4,32}$")
FULL_ID = 32


def find_entries(journal: Journal, prefix: str) -> list[Entry]:
    """Every entry whose id starts with `prefix` (at least 4 hex characters)."""
    wanted = prefix.strip().lower()
    if not _HEX.match(wanted):
        raise ValidationError("id", f"'{prefix}' is not an entry id (4 to 32 hex characters)")
    found: dict[str, Entry] = {}
    for _, path in reversed(journal.day_files()):
        data = read_file(path) or {}
        for kind in ENTRY_TYPES:
            for doc in data.get(kind, {}).values():
                entry_id = doc.get("id")
                matches = isinstance(entry_id, str) and entry_id.startswith(wanted)
                if matches and entry_id not in found:
                    parse_day_file(data, path)  # a malformed day is refused, never edited
                    found[entry_id] = entry_from_doc(kind, doc)
        if len(wanted) == FULL_ID and found:
            break
    return list(found.values())


def find_one(journal: Journal, prefix: str) -> Entry:
    """The one entry `prefix` names; a clear error when none or several match."""
    matches = find_entries(journal, prefix)
    if not matches:
        # The search reads without the lock: another copy moving the entry to a day that
        # had no file yet may have created that file after the listing and taken the
        # entry from its old day before that day was read. Once the lock is ours, no
        # move is half done: look again.
        with journal.lock:
            matches = find_entries(journal, prefix)
    if not matches:
        raise NotFound(
            "id",
            f"no entry has an id starting '{prefix}'; mg-journal list shows a day's ids "
            "(--date DAY, --days N)",
        )
    if len(matches) > 1:
        listed = "; ".join(entry_sentence(m, 12) for m in matches[:5])
        more = f" and {len(matches) - 5} more" if len(matches) > 5 else ""
        raise ValidationError(
            "id", f"'{prefix}' matches {len(matches)} entries ({listed}{more}); give more of the id"
        )
    return matches[0]
