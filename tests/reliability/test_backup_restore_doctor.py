"""Backup, restore (checked before anything is replaced) and doctor's findings."""

from __future__ import annotations

import dataclasses
import io
import json
import zipfile
from datetime import date
from pathlib import Path

import pytest

from journal.store.archive import MANIFEST
from journal.store.journal import Journal
from tests.helpers import as_named, food, run_cli, symptom
from tests.reliability.test_kill import raw_id_counts


def snapshot(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in root.rglob("*.json")
        if "backups" not in p.parts
    }


@pytest.fixture
def journal(data_dir: Path) -> Journal:
    journal = Journal.open(data_dir)
    journal.add(food(date(2026, 10, 3)))
    journal.add(symptom(date(2026, 11, 24), severity=3))
    with journal.file("profile.json") as db:
        db.table("profile").insert({"target_mg": 320})
    return journal


def test_backup_then_restore_gives_the_journal_back(journal: Journal, tmp_path: Path) -> None:
    archive = tmp_path / "b.zip"
    result = run_cli("backup", "-o", str(archive))
    assert result.returncode == 0, result.stderr
    assert archive.stat().st_mode & 0o777 == 0o600
    before = snapshot(journal.root)
    journal.add(food(date(2026, 9, 1), "Added later"))
    result = run_cli("restore", str(archive))
    assert result.returncode == 0, result.stderr
    assert snapshot(journal.root) == before  # the later day is gone too
    kept = list((journal.root / "backups").glob("before-restore-*.zip"))
    assert len(kept) == 1
    with zipfile.ZipFile(kept[0]) as old:
        assert "entries/2026-09-01.json" in old.namelist()


def test_two_restores_in_one_second_keep_both_journals_they_replaced(
    journal: Journal, tmp_path: Path
) -> None:
    archive = tmp_path / "b.zip"
    assert run_cli("backup", "-o", str(archive)).returncode == 0
    journal.add(food(date(2026, 9, 1), "First kept"))
    first = run_cli("restore", str(archive))  # the test clock stands still: same second
    journal.add(food(date(2026, 9, 2), "Second kept"))
    second = run_cli("restore", str(archive))
    assert first.returncode == 0 and second.returncode == 0, second.stderr
    kept = sorted((journal.root / "backups").glob("before-restore-*.zip"))
    assert [p.name for p in kept] == [
        "before-restore-2026-11-25T093000-2.zip",
        "before-restore-2026-11-25T093000.zip",
    ]
    with zipfile.ZipFile(kept[1]) as one, zipfile.ZipFile(kept[0]) as two:
        assert "entries/2026-09-01.json" in one.namelist()
        assert "entries/2026-09-02.json" in two.namelist()
    assert str(kept[0].name) in second.stdout


def _zip(members: dict[str, bytes | str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _damaged_member() -> bytes:
    """A backup whose one entries file has its deflated bytes overwritten."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, json.dumps({"format": "mg-journal-backup", "version": 1}))
        archive.writestr("entries/2026-11.json", json.dumps({"foods": {}}) * 50)
    raw = bytearray(buffer.getvalue())
    info = zipfile.ZipFile(io.BytesIO(bytes(raw))).getinfo("entries/2026-11.json")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    raw[start : start + info.compress_size] = b"\xff" * info.compress_size
    return bytes(raw)


GOOD_MANIFEST = json.dumps({"format": "mg-journal-backup", "version": 1})
MONTH = json.dumps({"foods": {}, "_meta": {"1": {"schema": 1}}})


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (b"not a zip at all", "it is not a zip file, as a backup from mg-journal backup is"),
        (_zip({"entries/2026-11.json": MONTH}), "no Mg Journal manifest"),
        (_zip({MANIFEST: GOOD_MANIFEST, "../evil.json": MONTH}), "unexpected path '../evil.json'"),
        (_zip({MANIFEST: GOOD_MANIFEST, "/etc/x.json": MONTH}), "unexpected path"),
        (_zip({MANIFEST: GOOD_MANIFEST, "entries/2026-11.json": "{broken"}), "not valid JSON"),
        (
            _zip({MANIFEST: json.dumps({"format": "mg-journal-backup", "version": 7})}),
            "backup format 7",
        ),
        (
            _zip(
                {
                    MANIFEST: GOOD_MANIFEST,
                    "entries/2026-11.json": json.dumps({"_meta": {"1": {"schema": 9}}}),
                }
            ),
            "newer Mg Journal",
        ),
        (
            _zip(
                {
                    MANIFEST: GOOD_MANIFEST,
                    "entries/2026-11.json": json.dumps(
                        {"foods": {"1": {"date": "2026-11-01"}}, "_meta": {"1": {"schema": 1}}}
                    ),
                }
            ),
            "entry 1 in foods",
        ),
        # The first half of a backup (a copy cut short): said "not a zip file" before.
        (_zip({MANIFEST: GOOD_MANIFEST, "entries/2026-11.json": MONTH})[:60], "cut short"),
        # A member's deflated bytes damaged: zlib.error, a traceback, before.
        (_damaged_member(), "it is damaged: Error -3 while decompressing data"),
    ],
    # Named by what is wrong: zip bytes carry the time, so xdist workers would disagree.
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_a_bad_archive_is_refused_and_nothing_changes(
    journal: Journal, tmp_path: Path, content: bytes, why: str
) -> None:
    before = snapshot(journal.root)
    archive = tmp_path / "bad.zip"
    archive.write_bytes(content)
    result = run_cli("restore", str(archive))
    assert result.returncode == 1
    assert why in result.stderr and "left untouched" in result.stderr
    assert snapshot(journal.root) == before
    assert not (journal.root / "backups").exists() or not list(
        (journal.root / "backups").glob("before-restore-*")
    )


def test_doctor_is_happy_with_a_healthy_journal(journal: Journal) -> None:
    result = run_cli("doctor")
    assert result.returncode == 0, result.stdout
    assert all(line.startswith("ok: ") for line in result.stdout.splitlines())


def test_doctor_finds_loose_permissions_damage_and_leftovers(journal: Journal) -> None:
    loose = journal.day_path(date(2026, 10, 3))
    loose.chmod(0o644)
    damaged = journal.day_path(date(2026, 11, 24))
    damaged.write_text('{"foods": ')
    leftover = journal.entries_dir / ".2026-11.json.x1y2.tmp"
    leftover.write_text("half")
    # A sync engine's own folder (git's, as the README sets one up): not ours to judge.
    (journal.root / ".git" / "objects").mkdir(parents=True, mode=0o755)
    (journal.root / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (journal.root / ".git" / "HEAD").chmod(0o644)
    # The README's git recipe writes these at 0644 (and git checks out every file so):
    # no health data in them, so no problem of theirs (each was one, burying the day's).
    for name in (".gitattributes", ".gitignore", ".stignore"):
        (journal.root / name).write_text("*.json merge=mg-journal\n")
        (journal.root / name).chmod(0o644)
    result = run_cli("doctor")
    assert result.returncode == 1
    problems = [line for line in result.stdout.splitlines() if line.startswith("problem: ")]
    assert any(f"{loose} is open to others (0644)" in p and "chmod 600" in p for p in problems)
    assert any(f"{as_named(damaged, journal.root)} is damaged" in p for p in problems)
    assert len(problems) == 2
    # A temp file of a killed save is no part of the journal: doctor removes it.
    assert "ok: removed 1 temporary files left by interrupted saves" in result.stdout
    assert not leftover.exists()


def test_doctor_reports_an_entry_stored_in_two_day_files(journal: Journal) -> None:
    entry = symptom(date(2026, 11, 20), note="twice")
    journal.add(entry)
    journal.add(dataclasses.replace(entry, date=date(2026, 11, 21)))  # as a cut-short move left it
    result = run_cli("doctor")
    assert result.returncode == 1
    assert (
        f"problem: entry {entry.id[:8]} is stored 2 times (2026-11-20.json, 2026-11-21.json)"
        in result.stdout
    )
    # The fix it gives leaves one copy, where it is asked to be.
    fixed = run_cli("edit", entry.id[:8], "--date", "2026-11-21")
    assert fixed.returncode == 0, fixed.stderr
    assert raw_id_counts(journal.root)[entry.id] == 1
    assert run_cli("doctor").returncode == 0


def test_doctor_on_a_missing_folder(tmp_path: Path) -> None:
    result = run_cli("--data-dir", str(tmp_path / "none"), "doctor")
    assert result.returncode == 1 and "problem: no journal at" in result.stdout
    assert not (tmp_path / "none").exists()


def test_backup_names_a_damaged_file_where_it_lies(journal: Journal, tmp_path: Path) -> None:
    """With its journal's folder, not relative to nothing (read from where the command
    was typed, it named another file, and another folder's backups)."""
    path = journal.day_path(date(2026, 10, 3))
    path.write_text("garbage")
    result = run_cli("backup", "-o", str(tmp_path / "b.zip"))
    assert result.returncode != 0 and result.stderr.count("\n") == 1
    assert f"mg-journal: entries/2026-10-03.json in {journal.root} is damaged (" in result.stderr


def test_restore_of_a_damaged_archive_gives_no_advice_about_the_live_journal(
    journal: Journal, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.zip"
    bad.write_bytes(_zip({MANIFEST: GOOD_MANIFEST, "entries/2026-11-20.json": "garbage"}))
    result = run_cli("restore", str(bad))
    assert result.returncode != 0
    assert result.stderr == (
        f"mg-journal: {bad} cannot be restored (entries/2026-11-20.json is damaged (not valid "
        "JSON at line 1)); your journal was left untouched.\n"
    )


@pytest.mark.parametrize(
    ("name", "content", "why"),
    [
        (
            "profile.json",
            '{"_meta": {"1": {"schema": 1}}, "profile": {"1": {"sex": "robot"}}}',
            "sex",
        ),
        ("custom_foods.json", '{"_meta": {"1": {"schema": 1}}, "foods": {"1": {"name": 5}}}', ""),
    ],
)
def test_doctor_reads_each_file_as_its_own_reader_does(
    journal: Journal, name: str, content: str, why: str
) -> None:
    """A profile the profile command refuses was 'ok' to doctor."""
    (journal.root / name).write_text(content)
    (journal.root / name).chmod(0o600)  # as the journal's own files: only the content is bad
    result = run_cli("doctor")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    problem = [line for line in result.stdout.splitlines() if line.startswith("problem:")]
    named = f"{name} in {journal.root} is damaged"
    assert len(problem) == 1 and named in problem[0] and why in problem[0]


def test_doctor_tells_of_an_import_cut_short(journal: Journal) -> None:
    from journal.store.transaction import OWNER, PENDING

    (journal.root / PENDING).write_text(json.dumps({OWNER: "desk-1a2b3c"}))
    result = run_cli("doctor")
    assert result.returncode == 1
    assert (
        "problem: an import or restore was cut short; it is undone when mg-journal next "
        "runs on 'desk-1a2b3c', where it began" in result.stdout
    )
