"""Write the generated demo journal to disk quickly: one write per day file."""

from __future__ import annotations

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
