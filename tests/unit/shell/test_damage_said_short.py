"""A damaged, newer or foreign file is refused in one short line: the file named in its
journal's folder, the backup to put back named in that same folder, not by a second
full path. Before, the line ran past 300 characters (both full paths, a sentence about
synced copies); on a terminal it now also wraps at its width, the folder's path whole."""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from journal.cli import main
from journal.store.journal import Journal
from journal.store.storage import SCHEMA_VERSION
from tests.helpers import Terminal, run_cli, symptom
from tests.unit.shell.stderr_terminal import stderr_on_a_terminal

DAY = date(2026, 11, 25)


def files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def with_a_backup(root: Path) -> tuple[Path, str]:
    """A day file changed twice (the second change copies it to backups/), and when
    that copy was taken, as the advice says it."""
    journal = Journal.open(root)
    journal.add(symptom(DAY))
    journal.add(symptom(DAY, at="07:00"))
    copy = root / "backups" / "entries__2026-11-25.json.2026-11-25"
    when = datetime.fromtimestamp(copy.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    return journal.day_path(DAY), when


def test_a_damaged_day_says_what_and_what_to_do_naming_the_folder_once(data_dir: Path) -> None:
    path, when = with_a_backup(data_dir)
    path.write_text("{broken")
    before = files(data_dir)
    done = run_cli("log", "cramp")
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr == (
        f"mg-journal: entries/2026-11-25.json in {data_dir} is damaged (not valid JSON at "
        "line 1) and was left untouched. Copy backups/entries__2026-11-25.json.2026-11-25 "
        f"over it (as at {when}; later changes are not in it) or move it aside.\n"
    )
    assert files(data_dir) == before  # refused: the file, and everything else, as it was


def test_a_newer_file_says_upgrade(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    journal.add(symptom(DAY))
    path = journal.day_path(DAY)
    data = json.loads(path.read_bytes())
    data["_meta"]["1"]["schema"] = SCHEMA_VERSION + 1
    path.write_text(json.dumps(data))
    before = files(data_dir)
    done = run_cli("list")
    assert done.returncode == 1
    assert done.stderr == (
        f"mg-journal: entries/2026-11-25.json in {data_dir} was written by a newer Mg "
        f"Journal (format {SCHEMA_VERSION + 1}; this one reads up to {SCHEMA_VERSION}) and "
        "was left untouched. Upgrade mg-journal to open it.\n"
    )
    assert files(data_dir) == before


def test_a_foreign_profile_without_a_backup_says_move_it_aside(data_dir: Path) -> None:
    Journal.open(data_dir)
    (data_dir / "profile.json").write_text('{"name": "not ours"}')
    before = files(data_dir)
    done = run_cli("profile")
    assert done.returncode == 1
    assert done.stderr == (
        f"mg-journal: profile.json in {data_dir} is damaged (not a Mg Journal file) and was "
        "left untouched. It has no backup yet: move it aside to carry on without it.\n"
    )
    assert files(data_dir) == before


@pytest.fixture
def short_root() -> Iterator[Path]:
    """A journal under a short path: pytest's own are longer than a line, and a path is
    never split."""
    base = Path(tempfile.mkdtemp(prefix="mg-"))
    yield base / "journal"
    shutil.rmtree(base)


def test_on_a_terminal_it_wraps_and_the_folder_stays_whole(short_root: Path) -> None:
    path, _ = with_a_backup(short_root)
    path.write_text("{broken")
    before = files(short_root)
    piped = run_cli("--data-dir", str(short_root), "log", "cramp")
    assert len(piped.stderr.splitlines()) == 1  # piped: one line, for grep and scripts
    shown = stderr_on_a_terminal("--data-dir", str(short_root), "log", "cramp", columns=60)
    assert shown.code == 1 and shown.stdout == ""
    lines = shown.stderr.splitlines()
    assert len(lines) > 1 and max(len(line) for line in lines) <= 60, shown.stderr
    assert shown.stderr.split() == piped.stderr.split()  # every word, in order
    assert any(str(short_root) in line for line in lines)  # the folder on one line, to copy
    assert files(short_root) == before


def test_doctors_findings_wrap_each_going_on_indented(
    short_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = with_a_backup(short_root)
    path.write_text("{broken")
    out = Terminal()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setenv("COLUMNS", "60")
    assert main(["--data-dir", str(short_root), "doctor"]) == 1
    lines = out.getvalue().splitlines()
    assert max(len(line) for line in lines) <= 60
    assert all(line.startswith(("ok: ", "problem: ", "  ")) for line in lines), lines
    problem = next(i for i, line in enumerate(lines) if line.startswith("problem: "))
    assert lines[problem].startswith(f"problem: entries/2026-11-25.json in {short_root}")
    assert lines[problem + 1].startswith("  ")  # the same finding, going on
