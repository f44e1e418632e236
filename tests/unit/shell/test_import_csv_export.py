"""`mg-journal export` writes CSV by default, for spreadsheets; import reads JSON exports
only. Given the CSV export's folder, import said "is a folder; give the file inside it"
(no file inside is importable), and given one of its tables "not valid JSON at line 1"
or "no Cronometer header": now it says what the folder is and what to do instead."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import run_cli


@pytest.fixture
def csv_export(data_dir: Path, tmp_path: Path) -> Path:
    assert run_cli("log", "cramp", "--severity", "2").returncode == 0
    done = run_cli("export", "-o", str(tmp_path / "out"))
    assert done.returncode == 0 and (tmp_path / "out" / "daily.csv").is_file()
    return tmp_path / "out"


@pytest.mark.parametrize(
    ("source", "name"), [("json", ""), ("json", "foods.csv"), ("cronometer", "daily.csv")]
)
def test_a_csv_export_is_named_and_json_offered(
    csv_export: Path, tmp_path: Path, source: str, name: str
) -> None:
    given = csv_export / name if name else csv_export
    other = tmp_path / "other"
    done = run_cli("--data-dir", str(other), "import", source, str(given))
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == (
        f"mg-journal: {given} is from a CSV export (for spreadsheets), which import cannot "
        "read back: to move a journal, export with --format json (or use backup and "
        "restore). Nothing was written.\n"
    )
    assert not other.exists()


def test_a_folder_that_is_no_export_is_still_a_folder(data_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "daily.csv").write_text("Date,Energy (kcal),Magnesium (mg)\n2026-12-01,1,2\n")
    done = run_cli("import", "cronometer", str(tmp_path))  # Cronometer's, named daily.csv
    assert done.returncode == 1 and "is a folder; give the file inside it" in done.stderr
    assert not data_dir.exists()


def test_the_json_export_still_goes_round(csv_export: Path, tmp_path: Path) -> None:
    assert run_cli("export", "--format", "json", "-o", str(tmp_path / "d.json")).returncode == 0
    other = tmp_path / "other"
    done = run_cli("--data-dir", str(other), "import", "json", str(tmp_path / "d.json"))
    assert done.returncode == 0 and "imported: 1;" in done.stdout, done.stderr


def test_a_backup_given_to_import_and_an_export_to_restore_say_where_they_go(
    data_dir: Path, tmp_path: Path
) -> None:
    """Import said a backup was "a binary file, not CSV or JSON text", and restore that
    a JSON export was "not an Mg Journal backup (not a zip file)": neither said which
    command reads the file."""
    assert run_cli("log", "cramp").returncode == 0
    backup, export = tmp_path / "b.zip", tmp_path / "d.json"
    assert run_cli("backup", "-o", str(backup)).returncode == 0
    assert run_cli("export", "--format", "json", "-o", str(export)).returncode == 0
    before = sorted(p.name for p in (data_dir / "entries").iterdir())
    done = run_cli("import", "json", str(backup))
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == (
        f"mg-journal: {backup} is a zip file, not CSV or JSON text; nothing was written. "
        "A backup from mg-journal backup is put back with mg-journal restore.\n"
    )
    done = run_cli("restore", str(export))
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == (
        f"mg-journal: {export} cannot be restored (it is a JSON export, which mg-journal "
        "import json reads); your journal was left untouched.\n"
    )
    assert sorted(p.name for p in (data_dir / "entries").iterdir()) == before


def test_an_export_none_of_whose_parts_is_read_is_refused(tmp_path: Path) -> None:
    """All skipped, it made a new journal to import nothing into and exited 0, where a
    Cronometer file none of whose rows is read is refused."""
    doc = tmp_path / "odd.json"
    doc.write_text(
        '{"format": "mg-journal-export", "version": 1, "files": {"x/y.json": {}}, '
        '"entries": {"meals": []}}'
    )
    new = tmp_path / "new"
    done = run_cli("--data-dir", str(new), "import", "json", str(doc))
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == (
        f"mg-journal: {doc}: none of its 2 parts could be read (files.'x/y.json': not a "
        "journal file's tables); nothing was written.\n"
    )
    assert not new.exists()
