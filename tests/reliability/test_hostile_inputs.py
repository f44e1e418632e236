"""What a hostile test found: each ends in one line of advice (no traceback) or is refused
before anything is written, and nothing stored becomes a file that breaks later commands."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest

from journal.store.archive import MANIFEST
from journal.store.journal import Journal
from journal.store.paths import unsafe_reason
from tests.helpers import ROOT, as_named, run_cli, symptom

META = {"_meta": {"1": {"schema": 1}}}
GOOD_MANIFEST = json.dumps({"format": "mg-journal-backup", "version": 1})
ESC = "\x1b]0;owned\x07\x1b[2J"
DEEP = 200_000


def one_line_error(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    assert result.stderr.startswith("mg-journal: ") and result.stderr.count("\n") == 1
    for word in words:
        assert word in result.stderr, result.stderr


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*.json")}


# -- 4. tracebacks ---------------------------------------------------------------------


def test_a_day_file_nested_200000_deep_is_damaged_not_a_crash(data_dir: Path) -> None:
    Journal.open(data_dir)
    deep = '{"_meta":{"1":{"schema":1}},"symptoms":' + "[" * DEEP + "]" * DEEP + "}"
    path = data_dir / "entries" / "2026-11-25.json"
    path.write_text(deep)
    for command in (["list"], ["log", "cramp"], ["report"]):
        one_line_error(run_cli(*command), "nested too deeply", as_named(path, data_dir))
    assert path.read_text() == deep


def test_an_import_nested_200000_deep_is_refused(data_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "deep.json"
    source.write_text("[" * DEEP + "]" * DEEP)
    one_line_error(run_cli("import", "json", str(source)), "nested too deeply", "nothing")


def test_a_data_dir_that_cannot_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    one_line_error(
        run_cli("--data-dir", str(blocker / "journal"), "log", "cramp"),
        "mg-journal: cannot create the journal folder",
        "--data-dir",
    )


def test_an_argument_that_is_not_utf8(data_dir: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "journal", "log", "cramp", "--note", b"calf \xff"],
        capture_output=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 2 and b"Traceback" not in result.stderr
    assert b"'calf \\xff' is not UTF-8 text" in result.stderr
    assert not (data_dir / "entries").exists() or not list((data_dir / "entries").iterdir())


def test_a_cronometer_cell_over_the_csv_field_limit(data_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "big.csv"
    source.write_text(f'Day,Food Name,Magnesium (mg)\n2026-11-01,"{"x" * 200_000}",3\n')
    one_line_error(run_cli("import", "cronometer", str(source)), "line 2", "field limit")


@pytest.mark.parametrize(
    "command",
    [
        ["import", "json", "LONG.json"],
        ["import", "cronometer", "LONG.csv"],
        ["restore", "LONG.zip"],
        ["backup", "-o", "LONG.zip"],
        ["--data-dir", "LONG", "list"],
    ],
    ids=lambda c: " ".join(c).replace("LONG", "<300 x>"),
)
def test_a_name_too_long_for_the_system(data_dir: Path, tmp_path: Path, command: list[str]) -> None:
    Journal.open(data_dir)
    long = str(tmp_path / ("x" * 300))
    result = run_cli(*(arg.replace("LONG", long) for arg in command))
    one_line_error(result, "File name too long")


def test_a_closed_pipe_ends_quietly(data_dir: Path) -> None:
    from journal.store.bulk import add_entries

    journal = Journal.open(data_dir)
    day = date(2026, 11, 25)
    add_entries(journal, [symptom(day, note="n" * 60) for _ in range(3000)])  # > a pipe's 64 KB
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "journal", "list"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline().startswith(b"2026-11-25")  # `| head -1`
    proc.stdout.close()
    error = proc.stderr.read()
    assert proc.wait(timeout=60) == 141
    assert error == b""


# -- 5. restore and import json check every file and id ---------------------------------


def _zip(members: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _day(doc_id: str, entry_id: object) -> str:
    doc = {"date": "2026-11-20", "time": "06:30", "kind": "cramp", "id": entry_id}
    return json.dumps({"symptoms": {doc_id: doc}, **META})


BAD_ARCHIVES = {
    "profile sex 123": (
        {"profile.json": json.dumps({"profile": {"1": {"sex": 123}}, **META})},
        "sex",
    ),
    "profile onboarded as text": (
        {"profile.json": json.dumps({"profile": {"1": {"onboarded": "yes"}}, **META})},
        "not as Mg Journal writes it",
    ),
    "kind with an escape": (
        {"kinds.json": json.dumps({"symptom_kinds": {"1": {"name": f"a{ESC}"}}, **META})},
        "control characters",
    ),
    "junk top-level name": ({"junk-1.json": json.dumps(META)}, "unexpected path 'junk-1.json'"),
    "empty id": ({"entries/2026-11-20.json": _day("1", "")}, "not an entry id"),
    "path as id": ({"entries/2026-11-20.json": _day("1", "../../etc/passwd")}, "not an entry id"),
    "huge id": ({"entries/2026-11-20.json": _day("1", "a" * 100_000)}, "not an entry id"),
    "escape in id": ({"entries/2026-11-20.json": _day("1", ESC + "0" * 24)}, "not an entry id"),
    "document id not a number": (
        {"entries/2026-11-20.json": _day("x", "ab" * 16)},
        "not a document number",
    ),
    "day file named no date": ({"entries/2026-13-45.json": _day("1", "ab" * 16)}, "not a date"),
}


@pytest.mark.parametrize("case", sorted(BAD_ARCHIVES))
def test_restore_refuses_what_the_apps_writers_would_never_write(
    data_dir: Path, tmp_path: Path, case: str
) -> None:
    journal = Journal.open(data_dir)
    journal.add(symptom(date(2026, 11, 24)))
    before = snapshot(data_dir)
    members, why = BAD_ARCHIVES[case]
    archive = tmp_path / "bad.zip"
    archive.write_bytes(_zip({MANIFEST: GOOD_MANIFEST, **members}))
    result = run_cli("restore", str(archive))
    one_line_error(result, why, "left untouched")
    assert "\x1b" not in result.stderr
    assert snapshot(data_dir) == before
    assert run_cli("list", "--days", "30").returncode == 0  # every command still works


def test_a_backup_with_every_file_the_app_keeps_restores(data_dir: Path, tmp_path: Path) -> None:
    """The checks refuse nothing the app's own writers make."""
    from journal.core.entries.kinds import CustomKind
    from journal.core.food.own_foods import Ingredient, own_food_doc, recipe_doc
    from journal.core.person.profile import Profile
    from journal.store.kinds import add_kind
    from journal.store.own_foods import add_own_food, add_recipe
    from journal.store.profile import save_profile

    journal = Journal.open(data_dir)
    journal.add(symptom(date(2026, 11, 24), severity=2, where="calf", note="[b]night[/]"))
    save_profile(journal, Profile(sex="female", birth_year=1990, conditions=("diabetes",)))
    add_kind(journal, CustomKind("restless legs", "r"), set())
    food = own_food_doc("Granola", "120", "450", per_serving=False, serving_grams="40")
    add_own_food(journal, food)
    oats = Ingredient("usda:1", "Oats", 40.0, "1/2 cup", 55.0, 150.0)
    add_recipe(journal, recipe_doc("Overnight oats", 2, [oats]))
    archive = tmp_path / "all.zip"
    assert run_cli("backup", "-o", str(archive)).returncode == 0
    before = snapshot(data_dir)
    result = run_cli("restore", str(archive))
    assert result.returncode == 0, result.stderr
    assert {k: v for k, v in snapshot(data_dir).items() if "backups" not in k} == {
        k: v for k, v in before.items() if "backups" not in k
    }
    assert sorted(p.name for p in data_dir.glob("*.json")) == [
        "custom_foods.json",
        "kinds.json",
        "profile.json",
    ]
    export = tmp_path / "all.json"
    assert run_cli("export", "--format", "json", "-o", str(export)).returncode == 0
    other = tmp_path / "other"
    result = run_cli("--data-dir", str(other), "import", "json", str(export))
    assert result.returncode == 0 and "skipped: 0." in result.stdout, result.stdout
    assert "Restored: custom_foods.json, kinds.json, profile.json." in result.stdout


def test_restore_refuses_a_zip_bomb(data_dir: Path, tmp_path: Path) -> None:
    Journal.open(data_dir)
    day = json.dumps({"foods": {}, **META}) + " " * (40 * 1024 * 1024)  # deflates ~1,000x
    archive = tmp_path / "bomb.zip"
    archive.write_bytes(_zip({MANIFEST: GOOD_MANIFEST, "entries/2026-11-20.json": day}))
    assert archive.stat().st_size < 1024 * 1024
    one_line_error(run_cli("restore", str(archive)), "times its size")


def test_import_json_skips_bad_ids_and_files_and_stores_the_rest(
    data_dir: Path, tmp_path: Path
) -> None:
    good = symptom(date(2026, 11, 20)).to_doc()
    bad_ids = ["", "../../etc/passwd", "a" * 100_000, ESC + "0" * 24]
    export = {
        "format": "mg-journal-export",
        "version": 1,
        "entries": {"symptoms": [good, *({**good, "id": i} for i in bad_ids)]},
        "files": {
            "profile.json": {"profile": {"1": {"sex": 123}}},
            "kinds.json": {"symptom_kinds": {"1": {"name": "ok"}, "2": {"name": f"b{ESC}"}}},
            "x" * 300 + ".json": {"t": {}},
            f"{ESC}.json": {"t": {}},
        },
    }
    source = tmp_path / "export.json"
    source.write_text(json.dumps(export))
    result = run_cli("import", "json", str(source))
    assert result.returncode == 0, result.stderr
    assert "imported: 1;" in result.stdout and "skipped: 8." in result.stdout
    assert "\x1b" not in result.stdout
    assert sorted(p.name for p in data_dir.glob("*.json")) == []  # no file written
    listed = run_cli("list", "--date", "2026-11-20")
    assert listed.returncode == 0 and good["id"][:8] in listed.stdout
    assert "\x1b" not in listed.stdout


# -- 6. the smaller ones -------------------------------------------------------------------


def test_a_damaged_file_without_a_backup_is_not_sent_to_the_backups(data_dir: Path) -> None:
    Journal.open(data_dir)
    (data_dir / "profile.json").write_text("{broken")
    result = run_cli("profile")
    one_line_error(result, "It has no backup yet: move it aside")
    assert "backups" not in result.stderr


def test_the_advice_for_a_damaged_file_names_its_newest_backup(data_dir: Path) -> None:
    assert run_cli("profile", "--sex", "female").returncode == 0
    assert run_cli("profile", "--born", "1990").returncode == 0  # copied before a change
    profile = data_dir / "profile.json"
    profile.write_text("{broken")
    copy = data_dir / "backups" / "profile.json.2026-11-25"
    said = run_cli("profile")
    # Named in the journal's folder, as the file is: not a second long path.
    one_line_error(said, f"profile.json in {data_dir} is damaged", "Copy backups/")
    assert f"Copy {copy.relative_to(data_dir)} over it (as at 20" in said.stderr
    assert "later changes are not in it) or move it aside." in said.stderr
    profile.write_bytes(copy.read_bytes())  # what the advice says to do, done
    shown = run_cli("profile")
    assert shown.returncode == 0 and "Born:" in shown.stdout, shown.stderr


def test_supplement_on_a_damaged_profile_logs_once_and_exits_0(data_dir: Path) -> None:
    Journal.open(data_dir)
    (data_dir / "profile.json").write_text("{broken")
    result = run_cli("supplement", "glycinate", "200")
    assert result.returncode == 0 and "Logged magnesium glycinate" in result.stdout
    assert "upper limit was not checked" in result.stderr
    assert len(Journal.open(data_dir).day(date(2026, 11, 25)).supplements) == 1


def test_temp_files_of_killed_writes_are_removed_at_the_next_open(data_dir: Path) -> None:
    Journal.open(data_dir)
    leftovers = [
        data_dir / "entries" / ".2026-11-25.json.abc123.tmp",
        data_dir / ".profile.json.def456.tmp",
    ]
    for path in leftovers:
        path.write_text("half a write")
    assert run_cli("list").returncode == 0
    assert not any(path.exists() for path in leftovers)
    assert "problem" not in run_cli("doctor").stdout


def test_a_symlinked_backups_folder_is_refused_and_not_written_through(
    data_dir: Path, tmp_path: Path
) -> None:
    journal = Journal.open(data_dir)
    journal.add(symptom(date(2026, 11, 24)))
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    (data_dir / "backups").symlink_to(shared)
    result = run_cli("log", "cramp", "--date", "2026-11-24")  # would back up that day first
    one_line_error(result, "is a symbolic link")
    assert list(shared.iterdir()) == [] and shared.stat().st_mode & 0o777 == 0o755


def test_a_data_dir_others_can_change_is_warned_about(tmp_path: Path) -> None:
    folder = tmp_path / "j"
    folder.mkdir()
    folder.chmod(0o777)
    assert unsafe_reason(folder) == f"{folder} can be changed by others (0777)"
    folder.chmod(0o700)
    assert unsafe_reason(folder) is None
    folder.chmod(0o777)
    (folder / "entries").mkdir()  # a journal's (an empty folder is none yet)
    result = run_cli("--data-dir", str(folder), "list")
    assert result.returncode == 0 and folder.stat().st_mode & 0o777 == 0o700
    assert result.stderr == (
        f"mg-journal: warning: {folder} can be changed by others (0777) until now; it was "
        "made private (0700): check its files are yours.\n"
    )
    assert run_cli("--data-dir", str(folder), "list").stderr == ""  # said once


@pytest.mark.skipif(os.getuid() != 0, reason="giving a folder to another user needs root")
def test_a_data_dir_owned_by_another_user_is_warned_about(tmp_path: Path) -> None:
    folder = tmp_path / "theirs"
    folder.mkdir(mode=0o700)
    (folder / "entries").mkdir()  # a journal's (an empty folder is none yet)
    os.chown(folder, 65534, 65534)
    result = run_cli("--data-dir", str(folder), "list")
    assert result.returncode == 0
    assert result.stderr.startswith(f"mg-journal: warning: {folder} belongs to another user")
