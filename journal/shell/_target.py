"""The person's daily target for shell commands (reports, summaries), from their profile."""

from __future__ import annotations

from journal.core.person.profile import target
from journal.store.journal import Journal
from journal.store.profile import load_profile


def journal_target(journal: Journal) -> float:
    """The daily magnesium target in mg: the custom one, else the RDA for the profile."""
    return float(target(load_profile(journal)).mg)
