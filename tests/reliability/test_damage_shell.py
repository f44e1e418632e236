"""Damaged, newer, read-only and full-disk files through the shell and the app.

Each refusal is one line on stderr (no traceback) with a non-zero exit, and
the file is left byte-identical; a damaged day file leaves the other days
usable, and the app shows that day read-only.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from textual.widgets import Static

from journal.store.journal import Journal
from journal.store.storage import SCHEMA_VERSION
from journal.tui.app import MgJournalApp
from tests.helpers import ROOT, food, onboarded, run_cli, symptom

TODAY = date(2026, 11, 25)
NOBODY = 65534
SETPRIV = shutil.which("setpriv")


def newer(raw: bytes) -> bytes:
    data = json.loads(raw)
    data["_meta"]["1"]["schema"] = SCHEMA_VERSION + 1
    return json.dumps(data).encode()


def without_ids(raw: bytes) -> bytes:
    data = json.loads(raw)
    for doc in data["symptoms"].values():
        del doc["id"]
    return json.dumps(data).encode()


def word_keys(raw: bytes) -> bytes:
    data = json.loads(raw)
    [doc] = data["symptoms"].values()
    data["symptoms"] = {"abc": doc}
    return json.dumps(data).encode()


DAMAGE = {
    "truncated": lambda raw: raw[: len(raw) // 2],
    "zeros": lambda raw: b"\0" * len(raw),
    "invalid utf-8": lambda raw: raw.replace(b"cramp", b"cr\xe4mp"),
    "wrong shape": lambda raw: b'{"symptoms": [1, 2, 3], "_meta": {"1": {"schema": 1}}}',
    "newer version": newer,
    "an entry without its id": without_ids,
    "a key that is not a number": word_keys,
}
WHY = {
    "truncated": "is damaged (not valid JSON",
    "zeros": "is damaged",
    "invalid utf-8": "is damaged (it is not UTF-8 text)",
    "wrong shape": "is damaged (not a Mg Journal file)",
    "newer version": "was written by a newer Mg Journal",
    "an entry without its id": "is damaged (entry 1 in symptoms has no id)",
    "a key that is not a number": "is damaged ('abc' in symptoms is not a document number)",
}


def assert_one_line_refusal(result: subprocess.CompletedProcess[str], why: str) -> None:
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("mg-journal: "), result.stderr
    assert "Traceback" not in result.stderr and why in lines[0], lines[0]


def journal_with_two_days(root: Path) -> Path:
    journal = onboarded(Journal.open(root))
    journal.add(food(date(2026, 10, 3), "October oats"))
    journal.add(symptom(TODAY, severity=2, note="today's"))
    return journal.day_path(TODAY)


@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_day_is_refused_by_the_shell_and_the_rest_still_works(
    data_dir: Path, damage: str
) -> None:
    path = journal_with_two_days(data_dir)
    path.write_bytes(DAMAGE[damage](path.read_bytes()))
    before = path.read_bytes()
    for args in (["log", "cramp"], ["log", "exercise", "30", "--at", "07:00"], ["report"]):
        assert_one_line_refusal(run_cli(*args), WHY[damage])
        assert path.read_bytes() == before
    doctor = run_cli("doctor")
    assert doctor.returncode == 1 and "Traceback" not in doctor.stderr
    assert WHY[damage] in doctor.stdout
    ok = run_cli("log", "twitch", "--date", "2026-10-05", "--note", "other day")
    assert ok.returncode == 0, ok.stderr
    assert [e.note for e in Journal.open(data_dir).day(date(2026, 10, 5)).symptoms] == ["other day"]
    assert path.read_bytes() == before


def screen_text(app: MgJournalApp) -> str:
    return "\n".join(str(w.render()) for w in app.screen.query(Static))


@pytest.mark.parametrize("damage", DAMAGE)
async def test_the_app_shows_a_damaged_day_read_only(data_dir: Path, damage: str) -> None:
    path = journal_with_two_days(data_dir)
    path.write_bytes(DAMAGE[damage](path.read_bytes()))
    before = path.read_bytes()
    app = MgJournalApp(Journal.open(data_dir))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert "This day is read-only" in screen_text(app)
        await pilot.press("c")  # refused with a message; no form opens, nothing is written
        await pilot.pause()
        assert "read-only" in screen_text(app)
        assert path.read_bytes() == before
        await pilot.press(*["left_square_bracket"] * 53)  # back to 3 October
        assert "read-only" not in screen_text(app)
        await pilot.press("w", "escape")
    assert [e.kind for e in Journal.open(data_dir).day(date(2026, 10, 3)).symptoms] == ["twitch"]
    assert path.read_bytes() == before


# -- permissions: root ignores them, so run the shell as `nobody` there -------


@pytest.fixture
def owned_root() -> Iterator[Path]:
    """A journal folder the shell's user owns (pytest's tmp_path is closed to `nobody`)."""
    base = Path(tempfile.mkdtemp(prefix="mg-reliability-"))
    os.chmod(base, 0o755)
    yield base / "journal"
    shutil.rmtree(base)


def run_as_owner(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`mg-journal ARGS` as the journal's owner: an unprivileged user when we are root."""
    prefix: list[str] = []
    if os.geteuid() == 0:
        if SETPRIV is None:
            pytest.skip("running as root without setpriv: permissions cannot be tested")
        for path in [root, *root.rglob("*")]:
            os.chown(path, NOBODY, NOBODY, follow_symlinks=False)
        prefix = [SETPRIV, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    return subprocess.run(
        [*prefix, sys.executable, "-m", "journal", "--data-dir", str(root), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
    )


def test_a_read_only_day_file_is_refused_and_others_still_work(owned_root: Path) -> None:
    path = journal_with_two_days(owned_root)
    path.chmod(0o400)
    before = path.read_bytes()
    assert_one_line_refusal(run_as_owner(owned_root, "log", "cramp"), "read-only")
    assert path.read_bytes() == before and path.stat().st_mode & 0o777 == 0o400
    ok = run_as_owner(owned_root, "log", "cramp", "--date", "2026-10-04")
    assert ok.returncode == 0, ok.stderr
    assert path.read_bytes() == before


def test_a_read_only_data_dir_is_refused(owned_root: Path) -> None:
    path = journal_with_two_days(owned_root)
    before = path.read_bytes()
    (owned_root / "entries").chmod(0o500)
    owned_root.chmod(0o500)
    result = run_as_owner(owned_root, "log", "cramp")
    assert_one_line_refusal(result, "permission denied")
    assert path.read_bytes() == before
    assert (owned_root / "entries").stat().st_mode & 0o777 == 0o500  # not loosened behind us
    report = run_as_owner(owned_root, "report")  # reading still works
    assert report.returncode == 0, report.stderr


def test_a_full_disk_is_refused(data_dir: Path, tmp_path: Path) -> None:
    path = journal_with_two_days(data_dir)
    before = path.read_bytes()
    # Delayed allocation makes fsync where ENOSPC surfaces; the child's fsync fails so.
    site = tmp_path / "full-disk"
    site.mkdir()
    (site / "sitecustomize.py").write_text(
        "import errno, os\n"
        "def _full(fd):\n"
        "    raise OSError(errno.ENOSPC, 'No space left on device')\n"
        "os.fsync = _full\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "journal", "log", "cramp", "--note", "lost?"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": f"{site}{os.pathsep}{ROOT}"},
        timeout=60,
    )
    assert_one_line_refusal(result, "the disk is full")
    assert path.read_bytes() == before
    assert not list(path.parent.glob(".*.tmp"))


@pytest.mark.parametrize("name", ["2026-02-30.json", "2026-11-00.json"])
def test_a_day_file_named_for_no_date_is_refused_not_a_traceback(data_dir: Path, name: str) -> None:
    journal_with_two_days(data_dir)
    bad = data_dir / "entries" / name
    bad.write_text('{"_meta": {"1": {"schema": 1}}}')
    for args in (["list", "--days", "400"], ["delete", "abcdef12"], ["report", "--days", "400"]):
        assert_one_line_refusal(run_cli(*args), "its name is not a date (YYYY-MM-DD.json)")
    assert bad.read_text() == '{"_meta": {"1": {"schema": 1}}}'
