"""The profile on disk: one document in `<data dir>/profile.json`, with the journal's guarantees.

Writes go through `Journal.file` (locked, atomic, backed up, schema-checked);
a damaged profile is reported, never replaced by the default behind the
person's back.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from journal.core import clock
from journal.core.person.day_targets import record
from journal.core.person.profile import Profile
from journal.core.validate import ValidationError
from journal.store.errors import DamagedFileError
from journal.store.journal import Journal

PROFILE_FILE = "profile.json"
TABLE = "profile"
DOC_ID = 1


def load_profile(journal: Journal) -> Profile:
    """The saved profile, or the default one when none was saved yet."""
    return profile_from_tables(journal.read_file(PROFILE_FILE), journal.root / PROFILE_FILE)


def profile_from_tables(data: dict[str, Any], path: Path) -> Profile:
    """The profile a profile.json's tables hold (the default when empty); refused if bad."""
    doc = data.get(TABLE, {}).get(str(DOC_ID))
    if doc is None:
        return Profile()
    try:
        return Profile.from_doc(doc)
    except (TypeError, ValueError, ValidationError) as exc:
        raise DamagedFileError(path, f"the profile is malformed: {exc}") from None


def has_profile(journal: Journal) -> bool:
    return (journal.root / PROFILE_FILE).exists()


def update_profile(
    journal: Journal,
    change: Callable[[Profile], Profile],
    since: date | None = None,
    named: tuple[str, ...] = (),
) -> Profile:
    """Apply `change` to the profile as saved now, under the lock, in one atomic write;
    a changed pregnancy, breastfeeding or custom target holds from `since` (None: today),
    and the days before keep the target they had; `named` settings are dated so even
    when they already hold (see `record`).

    Two copies changing the profile at once (two shells, the app and a shell)
    take turns, each building on the other's change.
    """
    from tinydb.table import Document  # TinyDB loads at the first write

    with journal.file(PROFILE_FILE) as db:
        # Read under the lock: nobody writes meanwhile.
        saved = journal.read_file(PROFILE_FILE).get(TABLE, {}).get(str(DOC_ID)) is not None
        current = load_profile(journal)
        # The first profile saved describes the person from the first day.
        before = current if saved else None
        profile = record(before, change(current), since or clock.today(), named)
        db.table(TABLE, cache_size=0).upsert(Document(profile.to_doc(), doc_id=DOC_ID))
    return profile


def save_profile(journal: Journal, profile: Profile, base: Profile | None = None) -> Profile:
    """Save `profile`; given the `base` it was edited from, only the fields it changed
    are applied to the profile as saved now. The profile saved."""
    if base is None:  # the whole profile, as on purpose: it also repairs a malformed one
        from tinydb.table import Document

        with journal.file(PROFILE_FILE) as db:
            db.table(TABLE, cache_size=0).upsert(Document(profile.to_doc(), doc_id=DOC_ID))
        return profile
    changed = {
        f.name: getattr(profile, f.name)
        for f in dataclasses.fields(profile)
        if getattr(profile, f.name) != getattr(base, f.name)
    }
    return update_profile(journal, lambda current: dataclasses.replace(current, **changed))
