"""store/edits.py: each change re-reads the entry under the lock and writes once."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from journal.store.edits import (
    EntryGoneError,
    delete_entry,
    move_entry,
    put_back_entry,
    replace_entry,
    update_entry,
)
from journal.store.errors import DamagedFileError
from journal.store.journal import Journal
from tests.helpers import symptom
from tests.reliability.test_kill import raw_id_counts

DAY = date(2026, 11, 20)


def test_a_move_keeps_the_id_and_everything_else(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    entry = journal.add(symptom(DAY, severity=3, note="calf"))
    moved = move_entry(journal, entry, date(2026, 10, 31))
    assert moved == dataclasses.replace(entry, date=date(2026, 10, 31))
    assert journal.day(DAY).symptoms == [] and journal.day(moved.date).symptoms == [moved]


def test_an_edit_of_an_entry_another_copy_moved_follows_it(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    entry = journal.add(symptom(DAY))
    move_entry(journal, entry, date(2026, 11, 2))  # the other copy
    saved = replace_entry(journal, entry, dataclasses.replace(entry, severity=5))
    assert (saved.date, saved.severity) == (date(2026, 11, 2), 5)
    assert raw_id_counts(data_dir)[entry.id] == 1


def test_a_copy_left_twice_is_made_one_by_an_edit_everywhere(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    entry = journal.add(symptom(DAY))
    journal.add(dataclasses.replace(entry, date=date(2026, 11, 21)))  # an old cut-short move
    update_entry(journal, entry, lambda e: dataclasses.replace(e, note="kept"), everywhere=True)
    assert raw_id_counts(data_dir)[entry.id] == 1
    assert journal.day(DAY).symptoms[0].note == "kept"


def test_delete_everywhere_removes_every_copy(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    entry = journal.add(symptom(DAY))
    journal.add(dataclasses.replace(entry, date=date(2026, 11, 21)))
    assert delete_entry(journal, entry, everywhere=True) == entry
    assert raw_id_counts(data_dir)[entry.id] == 0
    assert delete_entry(journal, entry) is None


def test_an_edit_of_a_deleted_entry_is_refused_and_stores_nothing(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    entry = journal.add(symptom(DAY))
    delete_entry(journal, entry)
    with pytest.raises(EntryGoneError, match="no longer in the journal"):
        replace_entry(journal, entry, dataclasses.replace(entry, severity=2))
    assert raw_id_counts(data_dir)[entry.id] == 0


def test_put_back_stores_a_deleted_entry_once(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    entry = journal.add(symptom(DAY))
    delete_entry(journal, entry)
    assert put_back_entry(journal, entry) is True
    assert put_back_entry(journal, entry) is False
    assert journal.day(DAY).symptoms == [entry]


def test_a_damaged_day_is_refused_and_left_as_it_was(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    entry = journal.add(symptom(DAY))
    target = journal.day_path(date(2026, 11, 2))
    target.write_text('{"symptoms": ')
    with pytest.raises(DamagedFileError):
        move_entry(journal, entry, date(2026, 11, 2))
    assert target.read_text() == '{"symptoms": '
    assert journal.day(DAY).symptoms == [entry]
