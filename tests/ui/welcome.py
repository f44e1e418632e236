"""Journals past the first-run welcome, for tests about what comes after it."""

from __future__ import annotations

from journal.core.person.profile import Profile
from journal.store.journal import Journal
from journal.store.profile import save_profile


def welcome_skipped(journal: Journal) -> Journal:
    """As Escape on the welcome leaves it: a profile saying nothing, so the target is
    the default 400 mg (the app asks for a profile whenever none is saved)."""
    save_profile(journal, Profile(onboarded=True))
    return journal
