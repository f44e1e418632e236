"""The journal if its folder is there: a writing command reads what it needs from it
(own foods, own kinds, the profile) and makes a new journal only to store what it was
asked to, so a refused line (`--data-dir typo log crmap`) leaves no folder behind."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from journal.store.journal import Journal


def existing_journal(data_dir: str | Path | None) -> Journal | None:
    """The journal in `data_dir` (or the usual place), None while its folder is not there
    or is empty (see holds_a_journal)."""
    from journal.store.journal import Journal
    from journal.store.paths import holds_a_journal, resolve_data_dir

    root = resolve_data_dir(data_dir)
    return Journal.open(root, create=False) if holds_a_journal(root) else None
