"""Conflict copies beside the journal's files are merged at open, each as one change."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from journal.core.person.profile import Profile
from journal.store import transaction
from journal.store.conflicts import KEPT_IN, find_copies, merge_copies
from journal.store.doctor import diagnose
from journal.store.errors import NotWritableError
from journal.store.journal import Journal
from journal.store.profile import load_profile, save_profile
from tests.helpers import food, run_cli, symptom

DAY = date(2026, 11, 25)
DAY_FILE = "entries/2026-11-25.json"
COPY_NAMES = {
    "syncthing": "{stem}.sync-conflict-20261125-093000-BBBBBBB.json",
    "dropbox": "{stem} (desktop's conflicted copy 2026-11-25).json",
    "nextcloud": "{stem} (conflicted copy 2026-11-25 093000).json",
}


def as_device(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setenv("MG_JOURNAL_DEVICE", name)


def two_computers(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Journal, Journal]:
    """A journal on computer A and the same journal synced to B (a copy of the folder)."""
    as_device(monkeypatch, "A")
    a = Journal.open(data_dir)
    a.add(food(DAY, "Almonds"))
    shutil.copytree(data_dir, tmp_path / "b")
    return a, Journal.open(tmp_path / "b")


def conflict(a: Journal, b: Journal, name: str, style: str = "syncthing") -> Path:
    """B's version of `name` set beside A's, as a sync engine does on a conflict."""
    stem, ext = name.rsplit(".", 1)
    target = a.root / (COPY_NAMES[style].format(stem=stem)[: -len(".json")] + "." + ext)
    shutil.copyfile(b.root / name, target)
    target.chmod(0o600)  # as the journal's own files
    return target


@pytest.mark.parametrize("style", sorted(COPY_NAMES))
def test_a_copy_of_a_day_is_merged_at_open_and_moved_to_backups(
    style: str, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = two_computers(data_dir, tmp_path, monkeypatch)
    a.add(food(DAY, "Oat bran"))
    as_device(monkeypatch, "B")
    b.add(symptom(DAY, "cramp"))
    b.add(food(DAY, "Spinach"))
    copy = conflict(a, b, DAY_FILE, style)
    as_device(monkeypatch, "A")
    opened = Journal.open(data_dir)
    day = opened.day(DAY)
    assert sorted(f.name for f in day.foods) == ["Almonds", "Oat bran", "Spinach"]
    assert [s.kind for s in day.symptoms] == ["cramp"]
    assert not copy.exists()
    assert (data_dir / KEPT_IN / f"entries__{copy.name}").read_bytes() == (
        b.root / DAY_FILE
    ).read_bytes()
    assert opened.sync_report is not None
    engine = {"syncthing": "Syncthing", "dropbox": "Dropbox", "nextcloud": "Nextcloud/ownCloud"}
    assert opened.sync_report.summary() == (
        f"merged a copy from {engine[style]}: 2 entries added (mg-journal sync status)"
    )


def test_every_file_the_journal_keeps_has_its_copies_found(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = two_computers(data_dir, tmp_path, monkeypatch)
    for name in ("profile.json", "custom_foods.json", "kinds.json"):
        shutil.copyfile(b.root / DAY_FILE, b.root / name)  # any content: found by name
    for name in ("profile.json", "custom_foods.json", "kinds.json", DAY_FILE):
        conflict(a, b, name, "dropbox")
    (a.root / "pending-write (x's conflicted copy 2026-11-25).json").write_text("{}")
    found = sorted(c.original.name for c in find_copies(a.root))
    assert found == ["2026-11-25.json", "custom_foods.json", "kinds.json", "profile.json"]


def test_the_same_entry_edited_on_both_keeps_the_later_and_shows_the_other(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pinned_clock: object
) -> None:
    from journal.core import clock

    a, b = two_computers(data_dir, tmp_path, monkeypatch)
    almonds = a.day(DAY).foods[0]
    as_device(monkeypatch, "B")
    b.replace(almonds, almonds.__class__.from_doc({**almonds.to_doc(), "name": "Almonds, B"}))
    clock.set_now(clock.now().replace(minute=45))  # A edits later
    as_device(monkeypatch, "A")
    a.replace(almonds, almonds.__class__.from_doc({**almonds.to_doc(), "name": "Almonds, A"}))
    conflict(a, b, DAY_FILE)
    opened = Journal.open(data_dir)
    assert [f.name for f in opened.day(DAY).foods] == ["Almonds, A"]
    assert opened.sync_report is not None
    assert "1 change set aside" in opened.sync_report.summary()
    status = run_cli("sync", "status")
    assert "Almonds, B" in status.stdout and "Syncthing (BBBBBBB)" in status.stdout


def test_a_delete_on_one_computer_stays_deleted(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = two_computers(data_dir, tmp_path, monkeypatch)
    almonds = a.day(DAY).foods[0]
    assert a.remove(almonds)
    as_device(monkeypatch, "B")
    b.add(food(DAY, "Spinach"))  # B still holds the almonds
    copy = conflict(a, b, DAY_FILE)
    as_device(monkeypatch, "A")
    assert [f.name for f in Journal.open(data_dir).day(DAY).foods] == ["Spinach"]
    # B receives the merged file and the same copy: the same result, byte for byte.
    merged = (data_dir / DAY_FILE).read_bytes()
    shutil.copyfile(data_dir / KEPT_IN / f"entries__{copy.name}", b.root / "entries" / copy.name)
    shutil.copyfile(data_dir / DAY_FILE, b.root / DAY_FILE)
    assert (b.root / DAY_FILE).read_bytes() == merged
    merge_copies(b)
    assert (b.root / DAY_FILE).read_bytes() == merged


def test_an_entry_deleted_here_and_changed_later_there_comes_back_and_is_said(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pinned_clock: object
) -> None:
    from journal.core import clock

    a, b = two_computers(data_dir, tmp_path, monkeypatch)
    almonds = a.day(DAY).foods[0]
    assert a.remove(almonds)
    clock.set_now(clock.now().replace(minute=45))  # B changes it later, not knowing
    as_device(monkeypatch, "B")
    b.replace(almonds, almonds.__class__.from_doc({**almonds.to_doc(), "grams": 40.0}))
    conflict(a, b, DAY_FILE)
    as_device(monkeypatch, "A")
    opened = Journal.open(data_dir)
    assert [(f.name, f.grams) for f in opened.day(DAY).foods] == [("Almonds", 40.0)]
    assert opened.sync_report is not None
    said = opened.sync_report.summary()
    assert "1 deleted entry kept, changed after the deletion" in said
    assert "added" not in said  # it was the person's own entry, not a new one
    status = run_cli("sync", "status")
    assert "1 deleted entry kept (changed after the deletion)" in status.stdout


def test_both_computers_merging_one_copy_write_identical_bytes(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = two_computers(data_dir, tmp_path, monkeypatch)
    a.add(food(DAY, "Oat bran"))
    as_device(monkeypatch, "B")
    b.add(food(DAY, "Spinach"))
    copy = conflict(a, b, DAY_FILE)
    shutil.copytree(data_dir, tmp_path / "a2")  # the same file and copy on the other computer
    merge_copies(Journal(data_dir))
    as_device(monkeypatch, "A")
    merge_copies(Journal(tmp_path / "a2"))
    assert (data_dir / DAY_FILE).read_bytes() == (tmp_path / "a2" / DAY_FILE).read_bytes()
    assert not copy.exists()


def test_profiles_changed_on_both_keep_the_later(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal.core import clock

    a, b = two_computers(data_dir, tmp_path, monkeypatch)
    save_profile(a, Profile(birth_year=1980))
    shutil.copyfile(a.root / "profile.json", b.root / "profile.json")
    as_device(monkeypatch, "B")
    save_profile(b, Profile(birth_year=1970))
    clock.set_now(clock.now().replace(minute=59))
    as_device(monkeypatch, "A")
    save_profile(a, Profile(birth_year=1981))
    conflict(a, b, "profile.json", "nextcloud")
    assert load_profile(Journal.open(data_dir)).birth_year == 1981
    status = run_cli("sync", "status").stdout
    assert "1. profile.json: profile: birth year 1970 (from Nextcloud/ownCloud" in status
    taken = run_cli("sync", "take", "1")  # the version set aside goes back in use
    assert taken.returncode == 0 and "In use again: profile: birth year 1970" in taken.stdout
    assert load_profile(Journal.open(data_dir)).birth_year == 1970
    assert "1. profile.json: profile: birth year 1981" in run_cli("sync", "status").stdout


def test_days_marked_complete_on_either_side_stay_complete(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = two_computers(data_dir, tmp_path, monkeypatch)
    b.set_complete(DAY)
    a.add(food(DAY, "Oat bran"))
    conflict(a, b, DAY_FILE)
    day = Journal.open(data_dir).day(DAY)
    assert day.complete and len(day.foods) == 2


def test_a_damaged_copy_is_refused_left_and_reported(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = two_computers(data_dir, tmp_path, monkeypatch)
    copy = conflict(a, b, DAY_FILE)
    copy.write_bytes(b'{"foods": {"1": {"id": "x"')
    before = (data_dir / DAY_FILE).read_bytes()
    opened = Journal.open(data_dir)
    assert copy.exists() and (data_dir / DAY_FILE).read_bytes() == before
    assert opened.sync_report is not None
    assert opened.sync_report.summary() == (
        "1 conflict copy could not be merged (mg-journal sync status)"
    )
    problems = [f.text for f in diagnose(data_dir) if not f.ok]
    assert len(problems) == 1 and copy.name in problems[0] and "could not be merged" in problems[0]
    assert run_cli("doctor").returncode == 1


def test_doctor_lists_a_copy_waiting(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = two_computers(data_dir, tmp_path, monkeypatch)
    copy = conflict(a, b, DAY_FILE)
    texts = [str(f) for f in diagnose(data_dir)]
    assert any(copy.name in t and t.startswith("ok:") and "next starts" in t for t in texts)


def test_status_and_doctor_say_a_copy_the_merge_will_refuse_cannot_be_merged(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The copy reads cleanly, but the file it belongs to is newer-format and the other
    day's copy holds an entry of another date: the merge refuses both, so must the status."""
    a, b = two_computers(data_dir, tmp_path, monkeypatch)
    newer = conflict(a, b, DAY_FILE)
    original = data_dir / DAY_FILE
    original.write_text(original.read_text().replace('"schema":1', '"schema":9'))
    other = "entries/2026-11-24.json"
    b.add(food(date(2026, 11, 24), "Spinach"))
    misdated = conflict(a, b, other)
    misdated.write_text((b.root / other).read_text().replace("2026-11-24", "2026-11-23"))
    (a.root / other).write_bytes((b.root / other).read_bytes())
    waiting = {str(f) for f in diagnose(data_dir) if "conflict copy" in f.text}
    assert len(waiting) == 2 and all(t.startswith("problem:") for t in waiting), waiting
    assert not any("next starts" in t for t in waiting)
    assert any("newer Mg Journal" in t for t in waiting)
    assert any("dated 2026-11-23" in t and misdated.name in t for t in waiting)
    status = run_cli("sync", "status")
    assert status.returncode == 1 and "merged at the next start" not in status.stdout
    assert status.stdout.count("cannot be merged") == 2, status.stdout
    assert Journal.open(data_dir).sync_report.summary().startswith("2 conflict copies could not")
    assert newer.exists() and misdated.exists()


def test_a_merge_cut_short_leaves_file_and_copy_as_they_were(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = two_computers(data_dir, tmp_path, monkeypatch)
    a.add(food(DAY, "Oat bran"))
    b.add(food(DAY, "Spinach"))
    copy = conflict(a, b, DAY_FILE)
    before = {p: p.read_bytes() for p in (data_dir / DAY_FILE, copy)}

    def fail(files: object) -> None:
        raise NotWritableError(data_dir / DAY_FILE, "the disk is full")

    monkeypatch.setattr(transaction, "atomic_write_many", fail)
    report = merge_copies(Journal(data_dir))
    assert len(report.refused) == 1 and "nothing was changed" in report.refused[0][1]
    assert {p: p.read_bytes() for p in before} == before
    assert not (data_dir / transaction.PENDING).exists()


def test_sync_ignore_writes_a_stignore_keeping_the_persons_lines(data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / ".stignore").write_text("// mine\n*.bak")
    assert run_cli("sync", "ignore", "--write").returncode == 0
    lines = (data_dir / ".stignore").read_text().splitlines()
    assert lines[:2] == ["// mine", "*.bak"] and "/journal.lock" in lines
    run_cli("sync", "ignore", "--write")
    assert (data_dir / ".stignore").read_text().splitlines() == lines  # nothing twice


def test_another_computers_unfinished_import_synced_here_is_not_undone_here(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    as_device(monkeypatch, "A")
    journal = Journal.open(data_dir)
    journal.add(food(DAY, "Almonds"))
    before = (data_dir / DAY_FILE).read_bytes()
    # B's intent file (B's old bytes of this day) arrives through the sync engine.
    pending = data_dir / transaction.PENDING
    pending.write_text(f'{{"{transaction.OWNER}": "B", "{DAY_FILE}": null}}')
    Journal.open(data_dir).add(food(DAY, "Oat bran"))
    assert (data_dir / DAY_FILE).exists() and (data_dir / DAY_FILE).read_bytes() != before
    assert len(Journal.open(data_dir).day(DAY).foods) == 2
    # This computer's own unfinished write is still undone, as before.
    pending.write_text(f'{{"{transaction.OWNER}": "A", "{DAY_FILE}": null}}')
    Journal.open(data_dir)
    assert not (data_dir / DAY_FILE).exists() and not pending.exists()


def test_a_journal_that_merged_a_copy_encrypts_and_decrypts_keeping_its_merge_log(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    from journal.store.crypt import AGE_HEADER
    from journal.store.encryption import decrypt, encrypt

    monkeypatch.setenv("MG_JOURNAL_CONFIG", str(tmp_path / "config"))
    a, b = two_computers(data_dir, tmp_path, monkeypatch)
    as_device(monkeypatch, "B")
    b.add(food(DAY, "Spinach"))
    conflict(a, b, DAY_FILE)
    as_device(monkeypatch, "A")
    journal = Journal.open(data_dir)  # merges the copy and writes the merge log
    log = data_dir / KEPT_IN / "merges.json"
    assert len(json.loads(log.read_bytes())) == 1
    encrypt(journal)  # was refused: "merges.json is damaged (not a Mg Journal file)"
    assert log.read_bytes().startswith(AGE_HEADER)
    b.add(food(DAY, "Kale"))  # a second merge, now encrypted: the log grows, not resets
    conflict(a, b, DAY_FILE)
    Journal.open(data_dir)
    decrypt(journal)
    assert [e["copy"] for e in json.loads(log.read_bytes())] == 2 * [
        "2026-11-25.sync-conflict-20261125-093000-BBBBBBB.json"
    ]


def test_an_entry_moved_on_one_computer_and_changed_later_on_the_other_is_on_one_day(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pinned_clock: object
) -> None:
    """A helper's report: the entry ended up on both days, counted twice."""
    from datetime import timedelta

    from journal.core import clock
    from journal.store.edits import move_entry

    a, b = two_computers(data_dir, tmp_path, monkeypatch)
    almonds = a.day(DAY).foods[0]
    move_entry(a, almonds, DAY - timedelta(days=1))  # A: it was yesterday's
    clock.set_now(clock.now().replace(minute=45))  # B changes it later, not knowing
    as_device(monkeypatch, "B")
    b.replace(almonds, almonds.__class__.from_doc({**almonds.to_doc(), "grams": 40.0}))
    conflict(a, b, DAY_FILE)
    as_device(monkeypatch, "A")
    opened = Journal.open(data_dir)
    assert opened.day(DAY).foods == []
    assert [f.name for f in opened.day(DAY - timedelta(days=1)).foods] == ["Almonds"]
    assert opened.sync_report is not None
    assert "1 change set aside" in opened.sync_report.summary()
    status = run_cli("sync", "status")
    assert "meanwhile moved to 2026-11-24" in status.stdout


def test_a_version_set_aside_is_taken_back_and_the_one_it_replaces_set_aside(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pinned_clock: object
) -> None:
    from datetime import timedelta

    from journal.core import clock
    from journal.store.edits import move_entry

    a, b = two_computers(data_dir, tmp_path, monkeypatch)
    almonds = a.day(DAY).foods[0]
    move_entry(a, almonds, DAY - timedelta(days=1))
    clock.set_now(clock.now().replace(minute=45))
    as_device(monkeypatch, "B")
    edited = {**almonds.to_doc(), "grams": 40.0, "portion": "", "mg": 108.6}
    b.replace(almonds, almonds.__class__.from_doc(edited))
    conflict(a, b, DAY_FILE)
    as_device(monkeypatch, "A")
    Journal.open(data_dir)  # merged: B's change set aside
    status = run_cli("sync", "status").stdout
    assert "  1. entries/2026-11-25.json: [" in status and "Almonds, 40 g · 108.6 mg" in status
    assert "`mg-journal sync take N` puts version N back in use" in status
    for wrong in ("2", "0"):
        refused = run_cli("sync", "take", wrong)
        assert refused.returncode == 1
        assert refused.stderr.strip().endswith(
            f"mg-journal: there is no version {wrong} set aside (listed: 1 to 1); "
            "`mg-journal sync status` numbers them."
        )
    took = run_cli("sync", "take", "1")
    assert took.returncode == 0, took.stderr
    assert took.stdout.startswith("In use again: [")
    assert "Set aside in its place: [" in took.stdout
    opened = Journal.open(data_dir)
    assert [(f.name, f.grams) for f in opened.day(DAY).foods] == [("Almonds", 40.0)]
    assert opened.day(DAY - timedelta(days=1)).foods == []  # one entry, one day
    status = run_cli("sync", "status").stdout
    assert "1. entries/2026-11-25.json" in status and "2. " not in status
    assert "on 2026-11-24 at" in status  # the moved version, now the one set aside


def test_sync_ignore_write_sets_up_a_new_synced_folder_but_not_someone_elses(
    data_dir: Path,
) -> None:
    # A folder Syncthing shares before anything is logged holds only its own marker.
    data_dir.mkdir()
    (data_dir / ".stfolder").mkdir()
    assert run_cli("sync", "ignore", "--write").returncode == 0
    assert "/journal.lock" in (data_dir / ".stignore").read_text()
    # A folder of other things (given by mistake) is left as it was: no .stignore, its mode.
    other = data_dir.parent / "Documents"
    other.mkdir()
    (other / "letter.txt").write_text("dear")
    other.chmod(0o755)
    refused = run_cli("--data-dir", str(other), "sync", "ignore", "--write")
    assert refused.returncode == 1
    assert "holds other files and no journal" in refused.stderr
    assert sorted(p.name for p in other.iterdir()) == ["letter.txt"]
    assert other.stat().st_mode & 0o777 == 0o755


def test_sync_take_without_a_journal_is_refused_and_creates_nothing(data_dir: Path) -> None:
    taken = run_cli("sync", "take", "1")
    assert taken.returncode == 1 and "mg-journal: there is no journal in" in taken.stderr
    assert not data_dir.exists()
