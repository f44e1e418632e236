"""A command that only reads refuses a folder that is not there, and creates nothing
(a helper's report: `--data-dir typo list` made a new empty journal and said
"Nothing logged", so a mistyped path looked like lost entries)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import run_cli


@pytest.mark.parametrize(
    "command",
    [("list",), ("report",), ("export", "--format", "json"), ("backup",)],
)
def test_a_reading_command_refuses_a_folder_that_is_not_there(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    typo = tmp_path / "jounral"
    done = run_cli("--data-dir", str(typo), *command)
    assert done.returncode == 1
    assert done.stderr.startswith(f"mg-journal: there is no journal in {typo}")
    assert "Nothing was created." in done.stderr and "Traceback" not in done.stderr
    assert not typo.exists()


def test_a_writing_command_still_makes_the_journal(tmp_path: Path) -> None:
    new = tmp_path / "new"
    assert run_cli("--data-dir", str(new), "log", "cramp").returncode == 0
    assert run_cli("--data-dir", str(new), "list").returncode == 0


@pytest.mark.parametrize(
    "command",
    [
        ("log", "crmap"),
        ("log", "cramp", "--severity", "6"),
        ("log", "cramp", "--where", "elbow"),
        ("log", "exercise", "-5"),
        ("eat", "zzzzqqq"),
        ("eat", "milkshake"),  # two foods and no terminal to ask which
        ("eat", "soup", "--custom", "-1"),
        ("supplement", "glycinate", "5000"),
        ("profile", "--born", "2030"),
        ("profile", "--my-symptom", "crmap"),
        ("trial", "plan", "glycinate", "-5"),
    ],
)
def test_a_refused_line_leaves_no_new_journal(tmp_path: Path, command: tuple[str, ...]) -> None:
    """`--data-dir typo log crmap` made the folder (entries/ inside) and then refused the
    kind: the next `list` there said "Nothing logged", not that no journal is there."""
    typo = tmp_path / "jounral"
    done = run_cli("--data-dir", str(typo), *command)
    assert done.returncode in (1, 2) and done.stdout == ""
    assert done.stderr.startswith("mg-journal: ") and "Traceback" not in done.stderr
    assert not typo.exists()


@pytest.mark.parametrize(
    "command",
    [
        ("edit", "1a2b", "--note", "x"),
        ("delete", "1a2b"),
        ("trial", "status"),
        ("done", "--undo"),  # said "already not complete" and left a journal
        ("encrypt",),  # said "Encrypted 0 files" into a new journal
        ("decrypt",),
    ],
)
def test_a_command_on_what_is_stored_says_no_journal_is_there(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    """They said "no entry has an id starting '1a2b'" or "there is no plan yet" after
    making an empty journal where the path was mistyped."""
    typo = tmp_path / "jounral"
    done = run_cli("--data-dir", str(typo), *command)
    assert done.returncode == 1
    assert done.stderr.startswith(f"mg-journal: there is no journal in {typo}")
    assert not typo.exists()


def test_profile_shows_the_defaults_without_making_a_journal(tmp_path: Path) -> None:
    new = tmp_path / "new"
    done = run_cli("--data-dir", str(new), "profile")
    assert done.returncode == 0 and "Target:       400 mg a day" in done.stdout
    assert not new.exists()


@pytest.mark.parametrize(
    ("command", "shown_by", "stored"),
    [
        (("log", "cramp", "--severity", "2"), ("list",), "cramp (severity 2)"),
        (("eat", "banana"), ("list",), "Bananas, raw, 1 medium"),
        (("eat", "soup", "--custom", "12"), ("list",), "soup, as written · 12 mg"),
        (("supplement", "glycinate", "200"), ("list",), "magnesium glycinate · 200 mg"),
        (("profile", "--born", "1980"), ("profile",), "Born:         1980"),
        (("trial", "plan", "glycinate", "300"), ("trial", "packing"), "glycinate, 300 mg"),
    ],
)
def test_a_good_line_makes_the_journal_and_stores_it(
    tmp_path: Path, command: tuple[str, ...], shown_by: tuple[str, ...], stored: str
) -> None:
    new = tmp_path / "new"
    assert run_cli("--data-dir", str(new), *command).returncode == 0
    shown = run_cli("--data-dir", str(new), *shown_by)
    assert shown.returncode == 0 and stored in shown.stdout


def test_a_bad_archive_restored_into_no_journal_leaves_none(tmp_path: Path) -> None:
    """It was refused, but the new folder and its empty entries/ stayed behind."""
    bad = tmp_path / "notes.txt"
    bad.write_text("not a backup")
    typo = tmp_path / "jounral"
    done = run_cli("--data-dir", str(typo), "restore", str(bad))
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.startswith(f"mg-journal: {bad} cannot be restored")
    assert not typo.exists()


def test_a_good_archive_restored_makes_the_journal(tmp_path: Path) -> None:
    old, new, zipped = tmp_path / "old", tmp_path / "new", tmp_path / "b.zip"
    assert run_cli("--data-dir", str(old), "log", "cramp", "-s", "2").returncode == 0
    assert run_cli("--data-dir", str(old), "backup", "-o", str(zipped)).returncode == 0
    assert run_cli("--data-dir", str(new), "restore", str(zipped)).returncode == 0
    assert "cramp (severity 2)" in run_cli("--data-dir", str(new), "list").stdout


@pytest.mark.parametrize(
    "command", [("log", "crmap"), ("eat", "zzzzqqq"), ("profile", "--born", "2030")]
)
def test_a_refused_line_leaves_an_empty_folder_empty(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    """A folder made for the journal was given an empty entries/ by a refused line."""
    made = tmp_path / "made"
    made.mkdir()
    done = run_cli("--data-dir", str(made), *command)
    assert done.returncode in (1, 2) and done.stdout == ""
    assert list(made.iterdir()) == []


def test_a_bad_archive_restored_into_an_empty_folder_leaves_it_empty(tmp_path: Path) -> None:
    bad, made = tmp_path / "notes.txt", tmp_path / "made"
    bad.write_text("not a backup")
    made.mkdir()
    done = run_cli("--data-dir", str(made), "restore", str(bad))
    assert done.returncode == 1 and "cannot be restored" in done.stderr
    assert list(made.iterdir()) == []


@pytest.mark.parametrize(
    "command", [("list",), ("backup",), ("done", "--undo"), ("encrypt",), ("delete", "1a2b")]
)
def test_a_command_on_an_empty_folder_says_no_journal_is_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: tuple[str, ...]
) -> None:
    """`list` said "Nothing logged" and `encrypt` "Encrypted 0 files", each leaving a
    journal (entries/, and encryption.txt) in a folder made for one."""
    monkeypatch.chdir(tmp_path)  # where a backup would land
    made = tmp_path / "made"
    made.mkdir()
    done = run_cli("--data-dir", str(made), *command)
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr.startswith(f"mg-journal: there is no journal in {made}: check the path")
    assert list(made.iterdir()) == []


@pytest.mark.parametrize(
    "command",
    [("list",), ("report",), ("export", "--format", "json"), ("backup",), ("foods",)],
)
def test_a_reading_command_leaves_a_folder_of_other_things_alone(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    """`--data-dir ~/Documents list` (no journal there, but not empty) made entries/ in
    the folder, took its group and other bits off (0755 to 0700) and said "Nothing
    logged"."""
    documents = tmp_path / "Documents"
    documents.mkdir()
    (documents / "letter.txt").write_text("Dear ...")
    documents.chmod(0o755)
    out = tmp_path / "out"
    done = run_cli(
        "--data-dir",
        str(documents),
        *command,
        *(["-o", str(out)] * (command[0] in ("export", "backup"))),
    )
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr.startswith(f"mg-journal: there is no journal in {documents}")
    assert sorted(p.name for p in documents.iterdir()) == ["letter.txt"]
    assert documents.stat().st_mode & 0o777 == 0o755 and not out.exists()
    doctor = run_cli("--data-dir", str(documents), "doctor")
    assert doctor.returncode == 1
    assert doctor.stdout.startswith(
        f"problem: no journal at {documents} yet (the folder holds none of a journal's files)"
    )
    assert sorted(p.name for p in documents.iterdir()) == ["letter.txt"]


def test_a_journal_with_only_a_profile_is_still_one(tmp_path: Path) -> None:
    """Made by the app's welcome before anything was logged, or its entries/ lost."""
    journal = tmp_path / "j"
    assert run_cli("--data-dir", str(journal), "profile", "--sex", "female").returncode == 0
    for path in (journal / "entries").iterdir():
        path.unlink()
    (journal / "entries").rmdir()
    done = run_cli("--data-dir", str(journal), "list")
    assert done.returncode == 0 and done.stdout.startswith("Nothing logged")


def test_sync_leaves_a_folder_of_other_things_alone_and_refuses_a_file(tmp_path: Path) -> None:
    """`sync merge` opened ~/Documents as a journal (entries/, a lock, 0700), `sync
    status` called it one; a file given as the journal was "No journal yet", exit 0."""
    documents = tmp_path / "Documents"
    documents.mkdir()
    (documents / "letter.txt").write_text("Dear ...")
    documents.chmod(0o755)
    for action in ("status", "merge"):
        done = run_cli("--data-dir", str(documents), "sync", action)
        assert (done.returncode, done.stderr) == (0, "")
        assert done.stdout == f"No journal at {documents} yet: nothing to sync.\n"
    assert sorted(p.name for p in documents.iterdir()) == ["letter.txt"]
    assert documents.stat().st_mode & 0o777 == 0o755
    a_file = documents / "letter.txt"
    for action in ("status", "merge"):
        done = run_cli("--data-dir", str(a_file), "sync", action)
        assert (done.returncode, done.stdout) == (1, "")
        assert done.stderr.startswith(f"mg-journal: {a_file} is a file, not a folder")
    assert a_file.read_text() == "Dear ..."
