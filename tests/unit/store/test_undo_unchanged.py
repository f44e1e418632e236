"""An undo's store step (`unchanged=True`) takes back only what this copy left: an entry
another copy changed since keeps that change, and nothing is written."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from journal.core import clock
from journal.store.edits import ChangedElsewhereError, delete_entry, replace_entry
from journal.store.journal import Journal
from tests.helpers import symptom


def test_an_added_entry_is_deleted_only_as_it_was_added(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    mine = symptom(clock.today(), severity=2)
    journal.add(mine)
    theirs = dataclasses.replace(mine, note="from the shell")
    Journal.open(data_dir).replace(mine, theirs)
    written = journal.day_path(mine.date).read_bytes()
    with pytest.raises(ChangedElsewhereError, match="was changed since by another copy"):
        delete_entry(journal, mine, unchanged=True)
    assert journal.day_path(mine.date).read_bytes() == written
    assert delete_entry(journal, theirs, unchanged=True) == theirs  # as it is: taken back
    assert journal.day(mine.date).symptoms == []


def test_an_edit_is_taken_back_unless_its_own_fields_changed_since(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    before = symptom(clock.today(), severity=2)
    journal.add(before)
    after = dataclasses.replace(before, severity=4)
    journal.replace(before, after)
    # Another copy's note: another field, kept by the undo of the severity.
    Journal.open(data_dir).replace(after, dataclasses.replace(after, note="calf"))
    undone = replace_entry(journal, after, before, unchanged=True)
    assert (undone.severity, undone.note) == (2, "calf")
    journal.replace(undone, dataclasses.replace(undone, severity=4))
    # The same field changed again elsewhere (4 -> 5): theirs stays.
    now = journal.day(before.date).symptoms[0]
    Journal.open(data_dir).replace(now, dataclasses.replace(now, severity=5))
    with pytest.raises(ChangedElsewhereError):
        replace_entry(journal, now, dataclasses.replace(now, severity=2), unchanged=True)
    assert journal.day(before.date).symptoms[0].severity == 5
