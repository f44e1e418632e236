"""The person's daily target for shell commands (reports, summaries), from their profile."""

from __future__ import annotations

from journal.core.person.profile import Target, target
from journal.store.journal import Journal
from journal.store.profile import load_profile


def journal_target(journal: Journal) -> float:
    """The daily magnesium target in mg: the custom one, else the RDA for the profile."""
    return float(target(load_profile(journal)).mg)


def journal_target_with_basis(journal: Journal) -> Target:
    """The target with where it comes from (the RDA row and its source, or "custom")."""
    return target(load_profile(journal))
