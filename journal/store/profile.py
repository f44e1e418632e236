"""The profile on disk: one document in `<data dir>/profile.json`, with the journal's guarantees.

Writes go through `Journal.file` (locked, atomic, backed up, schema-checked);
a damaged profile is reported, never replaced by the default behind the
person's back.
"""

from __future__ import annotations

from journal.core.person.profile import Profile
from journal.core.validate import ValidationError
from journal.store.errors import DamagedFileError
from journal.store.journal import Journal

PROFILE_FILE = "profile.json"
TABLE = "profile"
DOC_ID = 1


def load_profile(journal: Journal) -> Profile:
    """The saved profile, or the default one when none was saved yet."""
    doc = journal.read_file(PROFILE_FILE).get(TABLE, {}).get(str(DOC_ID))
    if doc is None:
        return Profile()
    try:
        return Profile.from_doc(doc)
    except (TypeError, ValueError, ValidationError) as exc:
        raise DamagedFileError(
            journal.root / PROFILE_FILE, f"the profile is malformed: {exc}"
        ) from None


def has_profile(journal: Journal) -> bool:
    return (journal.root / PROFILE_FILE).exists()


def save_profile(journal: Journal, profile: Profile) -> Profile:
    """Replace the saved profile in one atomic write."""
    from tinydb.table import Document  # TinyDB loads at the first write

    with journal.file(PROFILE_FILE) as db:
        db.table(TABLE, cache_size=0).upsert(Document(profile.to_doc(), doc_id=DOC_ID))
    return profile
