"""Several copies of the app writing at once lose nothing: the write lock makes them take turns."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, time
from itertools import pairwise
from pathlib import Path

from journal.core.entries.models import SymptomEntry
from journal.core.entries.undo import Change
from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from journal.tui.screens.symptom_form import SymptomForm
from tests.helpers import ROOT, onboarded
from tests.reliability.test_kill import all_ids, raw_id_counts, start_writer

TODAY = date(2026, 11, 25)
EACH = 500
BY_KEYS = 20  # `c` then escape, as a person would (~1 s a pair under Pilot); the rest via apply
QUICKLOG = Path(__file__).with_name("quicklog.py")


def test_concurrent_writers_lose_nothing(tmp_path: Path) -> None:
    root = tmp_path / "j"
    writers = [start_writer(root, label, 150) for label in ("a", "b", "c")]
    outputs = [w.communicate(timeout=120)[0] for w in writers]
    assert all(w.returncode == 0 for w in writers)
    reported = {line.split()[1] for out in outputs for line in out.splitlines()}
    assert len(reported) == 450
    found = all_ids(root)
    assert sorted(found) == sorted(reported)


def day_of(n: int) -> date:
    """Spread over November's first 24 days, as the shells' are: every writer shares
    those day files, and no day has 1,000 rows.

    Today's table is rebuilt after every change, which takes ~0.2 s at 1,000
    rows; a real day has a handful.
    """
    return date(2026, 11, 1 + n % 24)


def start_quicklog(label: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}  # $MG_JOURNAL_DIR and the clock pinned
    cmd = [sys.executable, str(QUICKLOG), label, str(EACH)]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


async def test_the_tui_and_two_shell_logs_write_1500_entries_at_once(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    app = MgJournalApp(journal)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        shells = [start_quicklog(label) for label in ("shell1", "shell2")]
        for _ in range(BY_KEYS):
            await pilot.press("c")
            assert isinstance(app.screen, SymptomForm)
            await pilot.press("escape")
        for n in range(EACH - BY_KEYS):
            # The same path a key takes after the keystroke: save, undo record, refresh.
            entry = SymptomEntry(day_of(n), time(9, 30), "cramp", note=f"tui-{n}")
            assert app.apply(Change(None, entry))
        outputs = [s.communicate(timeout=120) for s in shells]
    assert [s.returncode for s in shells] == [0, 0], [err for _, err in outputs]
    days = Journal.open(data_dir).days(date(2026, 11, 1), TODAY)
    stored = [e for day in days for e in day.symptoms]
    notes = sorted(e.note for e in stored)
    expected = sorted(
        [""] * BY_KEYS
        + [f"tui-{n}" for n in range(EACH - BY_KEYS)]
        + [f"{label}-{n}" for label in ("shell1", "shell2") for n in range(EACH)]
    )
    assert len(stored) == 1500 and notes == expected
    assert max(raw_id_counts(data_dir).values()) == 1
    # They really wrote at the same time: in insertion order, the writer changes often.
    shared = [journal.day_path(day_of(n)) for n in range(24)]
    assert sum(writer_switches(path) for path in shared) > 20


def writer_switches(path: Path) -> int:
    """How often consecutive inserts (TinyDB doc ids) come from different writers."""
    docs = json.loads(path.read_bytes())["symptoms"]
    order = [docs[k]["note"].split("-")[0] or "tui" for k in sorted(docs, key=int)]
    return sum(a != b for a, b in pairwise(order))
