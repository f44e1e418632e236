"""Opening a journal: what it tidies (a killed write's temp files, a killed import), what it
leaves to another running copy, and month files that arrive after it opened (a computer still
on the old layout syncs one in) are split when their days are read, each read splitting only
its own months, so a damaged month elsewhere stops no other read."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

import journal.store.journal as journal_module
from journal.core.entries.models import Entry
from journal.store import lock as lock_module
from journal.store import transaction
from journal.store.errors import DamagedFileError, LockTimeoutError
from journal.store.journal import Journal
from journal.store.lock import JournalLock
from journal.store.storage import encode
from journal.store.transaction import PENDING, replace_all
from tests.helpers import food, symptom

NOV_19, NOV_20, NOV_21 = date(2026, 11, 19), date(2026, 11, 20), date(2026, 11, 21)
TORN = b'{"foods": {"1": {"torn'


class Killed(BaseException):
    """Stands for a kill: no handler of the killed copy runs."""


def month_file(journal: Journal, name: str, items: list[Entry]) -> Path:
    """A month file as the journal wrote them before day files, arriving now."""
    tables: dict[str, dict[str, object]] = {}
    for entry in items:
        table = tables.setdefault(entry.KIND, {})
        table[str(len(table) + 1)] = entry.to_doc()
    path = journal.entries_dir / name
    path.write_bytes(encode(tables))
    return path


@pytest.mark.parametrize("read", ["one day", "a range", "a month"])
def test_a_month_file_synced_in_after_opening_is_split_when_read(data_dir: Path, read: str) -> None:
    journal = Journal.open(data_dir)
    oats, cramp = food(NOV_20, "Oats"), symptom(NOV_19)
    month = month_file(journal, "2026-11.json", [oats, cramp])
    # Damaged months before and after it: none of these reads is theirs to split.
    before, after = journal.entries_dir / "2026-08.json", journal.entries_dir / "2027-01.json"
    before.write_bytes(TORN)
    after.write_bytes(TORN)
    if read == "one day":
        assert journal.day(NOV_20).foods == [oats]
    elif read == "a range":  # from the month's first day, as "this month" asks
        days = list(journal.days(date(2026, 11, 1), date(2026, 11, 30)))
        assert [(d.date, d.foods, d.symptoms) for d in days] == [
            (NOV_19, [], [cramp]),
            (NOV_20, [oats], []),
        ]
    else:
        assert sorted(journal.read_month(2026, 11)) == [NOV_19, NOV_20]
    assert not month.exists()
    assert before.read_bytes() == TORN and after.read_bytes() == TORN
    with pytest.raises(DamagedFileError):
        journal.day(date(2027, 1, 5))


def test_a_month_that_cannot_be_split_now_is_not_read_as_empty_days(data_dir: Path) -> None:
    # Another copy holds the lock (a long import): the month synced in cannot be split
    # yet, and its day must say so rather than show as a day with nothing logged.
    journal = Journal.open(data_dir)
    oats = food(NOV_20, "Oats")
    month_file(journal, "2026-11.json", [oats])
    journal.lock.timeout = 0  # refuse at once rather than after 15 s
    with JournalLock(journal.lock.path), pytest.raises(LockTimeoutError) as refused:
        journal.day(NOV_20)
    assert str(refused.value).startswith("Another Mg Journal has held")
    assert journal.day(NOV_20).foods == [oats]  # once the other copy is done


def test_a_journal_whose_entries_folder_is_gone_has_no_entries(data_dir: Path) -> None:
    # Asked at every start to decide on the first-run welcome: a folder a sync engine
    # (or the person) removed is an empty journal, not an error and not a journal.
    journal = Journal.open(data_dir)
    journal.entries_dir.rmdir()
    assert not journal.has_entries()
    assert journal.months() == []


def test_opening_while_another_copy_holds_the_lock_neither_waits_nor_takes_its_temp_files(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = Journal.open(data_dir)
    journal.add(symptom(NOV_20))
    theirs = journal.entries_dir / ".2026-11-20.json.4f2a9c.tmp"  # another copy mid-write
    theirs.write_bytes(b"half a write")
    waits: list[float] = []

    def wait(seconds: float) -> None:
        waits.append(seconds)
        raise AssertionError("opening waited for another copy's lock")

    monkeypatch.setattr(lock_module.time, "sleep", wait)
    with JournalLock(journal.lock.path):  # another copy's long import, say
        opened = Journal.open(data_dir)
    assert waits == []
    assert theirs.read_bytes() == b"half a write"
    assert [d.date for d in opened.days(NOV_20, NOV_20)] == [NOV_20]


def leave_a_killed_import(root: Path, files: dict[Path, bytes]) -> None:
    """What a copy killed between two files of an import leaves: its intent file, the
    first file new, the last one old, and the last one's temp file."""
    last = list(files)[-1]
    real_replace = os.replace

    def kill_at_last(src: str, dst: str | Path) -> None:
        if Path(dst) == last:
            raise Killed
        real_replace(src, dst)

    with pytest.MonkeyPatch.context() as dying:
        dying.setattr(os, "replace", kill_at_last)
        dying.setattr(transaction, "roll_back", lambda _root: False)  # no handler runs
        with pytest.raises(Killed):
            replace_all(root, files)
    (last.parent / f".{last.name}.9c1e07.tmp").write_bytes(files[last])
    assert (root / PENDING).exists()


def test_an_import_killed_while_this_copy_opened_is_undone_before_it_reads(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Another copy's import dies just after this one looked for an unfinished import and
    # before it tidies the temp files: tidying takes the lock, and whoever takes the lock
    # first puts a killed import's old bytes back.
    journal = Journal.open(data_dir)
    kept = [journal.add(symptom(NOV_20)), journal.add(symptom(NOV_21, "twitch"))]
    real_temp_files = journal_module.temp_files
    emptied = encode({})

    def killed_meanwhile(root: Path, names: object = None) -> list[Path]:
        entries = root / "entries"
        leave_a_killed_import(
            root, {entries / "2026-11-20.json": emptied, entries / "2026-11-21.json": emptied}
        )
        return real_temp_files(root)

    monkeypatch.setattr(journal_module, "temp_files", killed_meanwhile)
    opened = Journal.open(data_dir)
    assert not (data_dir / PENDING).exists()
    read = [s for day in opened.days(NOV_19, NOV_21) for s in day.symptoms]
    assert read == kept
    assert sorted(p.name for p in opened.entries_dir.iterdir()) == [
        "2026-11-20.json",
        "2026-11-21.json",
    ]


def test_a_folder_others_could_change_is_made_private_and_the_person_told_why(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir.mkdir()
    data_dir.chmod(0o777)
    journal = Journal.open(data_dir)
    said = (
        f"{data_dir} can be changed by others (0777) until now; it was made private (0700): "
        "check its files are yours"
    )
    assert journal.warning == said  # what the app shows at start
    assert capsys.readouterr() == ("", f"mg-journal: warning: {said}.\n")
    assert data_dir.stat().st_mode & 0o777 == 0o700
    # Said once: the folder is private now.
    assert Journal.open(data_dir).warning is None
    assert capsys.readouterr() == ("", "")


def test_every_folder_made_on_the_way_is_private(tmp_path: Path) -> None:
    """A helper's report: backups/ was 0755 when the first conflict merge made
    backups/conflicts (a parent mkdir makes with the umask's mode)."""
    from journal.store.paths import ensure_private_dir

    old = os.umask(0o022)
    try:
        ensure_private_dir(tmp_path / "j" / "backups" / "conflicts")
    finally:
        os.umask(old)
    for folder in ("j", "j/backups", "j/backups/conflicts"):
        assert (tmp_path / folder).stat().st_mode & 0o777 == 0o700, folder
