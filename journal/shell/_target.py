"""The daily target for shell commands: one place for the profile to plug into."""

from __future__ import annotations

from journal.core.day import DEFAULT_TARGET_MG
from journal.store.journal import Journal


def journal_target(journal: Journal) -> float:
    """The person's daily magnesium target (the default until the profile sets one)."""
    del journal  # the profile will be read from here
    return float(DEFAULT_TARGET_MG)
