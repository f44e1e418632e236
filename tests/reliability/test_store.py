"""The store keeps what it is given, privately, and refuses files it cannot trust."""

from __future__ import annotations

import json
import os
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest

from journal.core import clock
from journal.core.entries.models import FoodEntry
from journal.store.backup import KEEP
from journal.store.errors import DamagedFileError, NewerVersionError, NotWritableError
from journal.store.journal import Journal
from journal.store.storage import SCHEMA_VERSION
from tests.helpers import as_named, factor, food, symptom

DAY = date(2026, 11, 20)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_round_trip_of_every_kind(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    entries = [food(DAY, "[b]Almonds"), symptom(DAY, severity=4, where="calf"), factor(DAY)]
    for entry in entries:
        journal.add(entry)
    day = Journal.open(data_dir).day(DAY)
    assert day.foods == [entries[0]]
    assert day.symptoms == [entries[1]]
    assert day.factors == [entries[2]]


def test_remove_and_replace_act_on_one_entry(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    keep, edit = journal.add(food(DAY, "Oats")), journal.add(food(DAY, "Banana"))
    moved = FoodEntry.from_doc({**edit.to_doc(), "date": "2026-10-31", "name": "Banana, ripe"})
    journal.replace(edit, moved)
    assert journal.day(DAY).foods == [keep]
    assert journal.day(date(2026, 10, 31)).foods == [moved]
    assert journal.remove(moved)
    assert journal.day(date(2026, 10, 31)).foods == []


def test_directories_are_0700_and_files_0600(data_dir: Path) -> None:
    os.umask(0o022)
    journal = Journal.open(data_dir)
    journal.add(food(DAY))
    clock.set_now(clock.now() + timedelta(days=1))  # the next day's first write makes a backup
    journal.add(food(DAY))
    assert mode(data_dir) == 0o700
    assert mode(data_dir / "entries") == 0o700
    assert mode(data_dir / "backups") == 0o700
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert {p.name for p in files} >= {"2026-11-20.json", "journal.lock"}
    assert any(p.parent.name == "backups" for p in files)
    assert all(mode(p) == 0o600 for p in files), {p: oct(mode(p)) for p in files}


def test_each_file_is_backed_up_once_a_day_keeping_the_last_14(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    start = clock.now()
    for n in range(20):
        clock.set_now(start + timedelta(days=n))
        journal.add(food(DAY, f"Food {n}"))
        journal.add(food(DAY, f"Second food {n}"))
    backups = sorted((data_dir / "backups").iterdir())
    assert len(backups) == KEEP
    assert backups[-1].name == f"entries__2026-11-20.json.{(start + timedelta(days=19)).date()}"
    # The newest backup holds the file as it was before that day's first change.
    names = {d["name"] for d in json.loads(backups[-1].read_text())["foods"].values()}
    assert "Second food 18" in names and "Food 19" not in names


def day_file(data_dir: Path) -> Path:
    journal = Journal.open(data_dir)
    journal.add(food(DAY))
    return journal.day_path(DAY)


DAMAGE = {
    "truncated": lambda raw: raw[: len(raw) // 2],
    "zeros": lambda raw: b"\0" * len(raw),
    "empty": lambda raw: b"",
    "not utf-8": lambda raw: b"\xff\xfe" + raw,
    "wrong shape": lambda raw: b"[1, 2, 3]",
    "no version": lambda raw: b'{"foods": {}}',
    "malformed entry": lambda raw: raw.replace(b'"grams":28.0', b'"grams":-3'),
}


@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_file_is_refused_and_left_byte_identical(data_dir: Path, damage: str) -> None:
    path = day_file(data_dir)
    path.write_bytes(DAMAGE[damage](path.read_bytes()))
    before = path.read_bytes()
    journal = Journal.open(data_dir)
    with pytest.raises(DamagedFileError) as caught:
        journal.day(DAY)
    assert as_named(path, data_dir) in str(caught.value) and "\n" not in str(caught.value)
    with pytest.raises(DamagedFileError):
        journal.add(food(DAY, "Not stored"))
    assert path.read_bytes() == before


def test_a_newer_format_is_refused_and_left_byte_identical(data_dir: Path) -> None:
    path = day_file(data_dir)
    data = json.loads(path.read_text())
    data["_meta"]["1"]["schema"] = SCHEMA_VERSION + 1
    path.write_text(json.dumps(data))
    before = path.read_bytes()
    journal = Journal.open(data_dir)
    with pytest.raises(NewerVersionError, match="newer Mg Journal"):
        journal.day(DAY)
    with pytest.raises(NewerVersionError):
        journal.add(food(DAY))
    assert path.read_bytes() == before


def test_one_damaged_day_leaves_the_others_usable(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    october = journal.add(food(date(2026, 10, 3), "October oats"))
    path = day_file(data_dir)
    path.write_bytes(b"{ torn")
    assert journal.day(date(2026, 10, 3)).foods == [october]
    journal.add(food(date(2026, 10, 4), "Still writable"))
    assert len(list(journal.days(date(2026, 10, 1), date(2026, 10, 31)))) == 2


def test_a_full_disk_stores_nothing_and_says_so(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = day_file(data_dir)
    before = path.read_bytes()

    def no_space(fd: int) -> None:
        raise OSError(28, "No space left on device")

    # Delayed allocation makes fsync where ENOSPC surfaces on many file systems.
    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(NotWritableError, match="disk is full"):
        Journal.open(data_dir).add(food(DAY, "Lost?"))
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]


def test_a_read_only_data_dir_is_refused_clearly(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = day_file(data_dir)
    before = path.read_bytes()

    real_open = os.open

    def denied(name: str, flags: int, mode: int = 0o777) -> int:
        if name.endswith(".tmp"):  # a new file in the folder: the temp file of a write
            raise PermissionError(13, "Permission denied")
        return real_open(name, flags, mode)

    # Tests run as root in CI, where chmod cannot make a folder read-only: simulate it.
    monkeypatch.setattr(os, "open", lambda name, *a: denied(os.fspath(name), *a))
    with pytest.raises(NotWritableError, match="permission denied"):
        Journal.open(data_dir).add(food(DAY))
    assert path.read_bytes() == before


def test_a_batch_of_daily_backups_keeps_one_copy_a_day_and_the_last_14(data_dir: Path) -> None:
    from datetime import timedelta

    from journal.store.backup import daily_backups

    journal = Journal.open(data_dir)
    paths = [
        journal.add(food(date(2026, 3, d))) and journal.day_path(date(2026, 3, d)) for d in (1, 2)
    ]
    missing = journal.day_path(date(2026, 3, 3))
    for n in range(16):
        today = date(2026, 11, 1) + timedelta(days=n)
        for path in paths:
            path.write_bytes(
                path.read_bytes().replace(b"}}", b"}} ", 1) if n else path.read_bytes()
            )
        assert daily_backups([*paths, missing], data_dir, today) == 2
        assert daily_backups(paths, data_dir, today) == 0  # once a day
    for path in paths:
        copies = sorted((data_dir / "backups").glob(f"entries__{path.name}.*"))
        assert len(copies) == 14
        assert (
            copies[-1].name.endswith("2026-11-16") and copies[-1].read_bytes() == path.read_bytes()
        )
    assert not list((data_dir / "backups").glob("entries__2026-03-03*"))
