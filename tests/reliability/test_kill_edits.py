"""An edit, a move to another day, a delete or an undo killed at any instant: nothing lost,
nothing stored twice, each entry as before the change or after it.

The editor (editor.py) changes saved entries in a loop and reports each change
before and after it; kills land at random moments inside that loop. 40 kills in
the default run; `pytest -m soak` runs 300.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from collections import deque
from datetime import date, timedelta
from datetime import time as clock_time
from pathlib import Path
from typing import Any

import pytest

from journal.core.entries.models import SymptomEntry
from journal.store.bulk import add_entries
from journal.store.journal import Journal
from journal.store.transaction import PENDING
from tests.helpers import ROOT
from tests.reliability.test_kill import raw_id_counts

EDITOR = Path(__file__).with_name("editor.py")


def child_env() -> dict[str, str]:
    """Read when a child starts, after the fixtures set this test's folders (the data dir,
    and the config dir that names this computer: the same computer as the test's own)."""
    return {**os.environ, "PYTHONPATH": str(ROOT)}


READY_AHEAD = 2
FIRST_DAY = date(2026, 11, 1)


def seed_journal(root: Path, count: int = 12) -> Path:
    """`count` symptoms over six days; their documents saved beside the journal."""
    entries = [
        SymptomEntry(
            FIRST_DAY + timedelta(days=n % 6), clock_time(n % 24, 0), "cramp", note=f"e{n}"
        )
        for n in range(count)
    ]
    add_entries(Journal.open(root), entries)
    originals = root.parent / "originals.json"
    originals.write_text(json.dumps([e.to_doc() for e in entries]))
    return originals


def stored(root: Path) -> dict[str, dict[str, Any]]:
    """Every entry as the journal reads it after an open (which finishes a killed change)."""
    journal = Journal.open(root)
    days = journal.days(FIRST_DAY - timedelta(days=1), FIRST_DAY + timedelta(days=8))
    return {e.id: e.to_doc() for day in days for e in day.symptoms}


def start_editor(root: Path, seed: int, originals: Path) -> subprocess.Popen[str]:
    cmd = [sys.executable, str(EDITOR), str(root), str(seed), str(originals), "--wait"]
    return subprocess.Popen(
        cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=child_env(), bufsize=1
    )


def kill_edit_rounds(root: Path, rounds: int, seed: int) -> dict[str, int]:
    """Kill an editor `rounds` times; check every entry after each kill. Returns counts."""
    originals = seed_journal(root)
    expected: dict[str, Any] = {d["id"]: d for d in json.loads(originals.read_text())}
    rng = random.Random(seed)
    counts = {"kills": 0, "changes": 0, "inside": 0, "in_flight_landed": 0}
    ready = deque(start_editor(root, seed * 1000 + n, originals) for n in range(READY_AHEAD))
    for n in range(rounds):
        editor = ready.popleft()
        if n + READY_AHEAD < rounds:
            ready.append(start_editor(root, seed * 1000 + n + READY_AHEAD, originals))
        assert editor.stdin is not None and editor.stdout is not None
        assert editor.stdout.readline() == "ready\n"
        editor.stdin.write("go\n")
        editor.stdin.flush()
        lines = [editor.stdout.readline()]
        while not lines[-1].startswith("done "):  # one change made: the loop is under way
            lines.append(editor.stdout.readline())
        time.sleep(rng.uniform(0.0, 0.1))
        editor.kill()
        editor.wait()
        in_flight: tuple[str, Any] | None = None
        for line in [*lines, *editor.stdout.read().splitlines()]:
            word, entry_id, state = line.rstrip("\n").split(" ", 2)
            if word == "begin":
                in_flight = (entry_id, json.loads(state))
            else:
                expected[entry_id] = json.loads(state)
                in_flight = None
                counts["changes"] += 1
        leftovers = list(root.rglob(".*.tmp")) + list(root.glob(PENDING))
        counts["inside"] += bool(leftovers)
        found = stored(root)
        duplicated = [i for i, c in raw_id_counts(root).items() if c > 1]
        assert not duplicated, f"round {n}: {duplicated} stored twice"
        for entry_id, want in expected.items():
            have = found.get(entry_id)
            if in_flight is not None and entry_id == in_flight[0] and have == in_flight[1]:
                expected[entry_id] = have  # the killed change had been saved
                counts["in_flight_landed"] += 1
                continue
            assert have == want, f"round {n}: entry {entry_id} is {have}, expected {want}"
        counts["kills"] += 1
    for editor in ready:
        editor.kill()
        editor.wait()
    return counts


def test_killed_edits_moves_deletes_and_undos_lose_nothing(tmp_path: Path) -> None:
    counts = kill_edit_rounds(tmp_path / "j", rounds=40, seed=3)
    assert counts["kills"] == 40 and counts["changes"] >= 40
    assert counts["inside"] > 0  # some kills cut a write in half, and still nothing was lost


@pytest.mark.soak
def test_kill_edits_soak(tmp_path: Path) -> None:
    start = time.monotonic()
    counts = kill_edit_rounds(tmp_path / "j", rounds=300, seed=17)
    took = time.monotonic() - start
    print(
        f"\nedit soak: {counts['kills']} kills of edits, moves, deletes and undos "
        f"({counts['inside']} inside a write, {counts['in_flight_landed']} killed changes "
        f"found saved), {counts['changes']} changes checked, lost: 0, duplicated: 0 "
        f"({took:.0f} s)"
    )


def kill_shell_edits(root: Path, rounds: int, seed: int) -> tuple[int, int]:
    """Kill real `mg-journal edit` commands (a severity, or a move to another day) at random
    moments after their start-up; (kills, kills after which the change had landed)."""
    from tests.reliability.test_race_edits import gated

    rng = random.Random(seed)
    entry = SymptomEntry(FIRST_DAY, clock_time(6, 30), "cramp", note="night")
    Journal.open(root).add(entry)
    state, landed = entry.to_doc(), 0
    for n in range(rounds):
        if n % 2:
            day = FIRST_DAY + timedelta(days=(n // 2) % 2)
            args = ["edit", entry.id, "--date", day.isoformat()]
            after = {**state, "date": day.isoformat()}
        else:
            args = ["edit", entry.id, "--severity", str(1 + n % 5)]
            after = {**state, "severity": 1 + n % 5}
        proc = gated("--data-dir", str(root), *args)
        assert proc.stdout is not None and proc.stdin is not None
        assert proc.stdout.readline() == "ready\n"
        proc.stdin.write("go\n")
        proc.stdin.flush()
        time.sleep(rng.uniform(0.0, 0.03))  # an edit takes some 5-30 ms
        proc.kill()
        proc.communicate()
        found = stored(root)
        assert raw_id_counts(root)[entry.id] == 1, f"round {n}: stored twice or lost"
        assert found[entry.id] in (state, after), f"round {n}: {found[entry.id]}"
        landed += found[entry.id] == after != state
        state = found[entry.id]
    return rounds, landed


def test_killed_shell_edits_lose_nothing(tmp_path: Path) -> None:
    kills, _ = kill_shell_edits(tmp_path / "j", rounds=10, seed=5)
    assert kills == 10


@pytest.mark.soak
def test_kill_shell_edits_soak(tmp_path: Path) -> None:
    start = time.monotonic()
    kills, landed = kill_shell_edits(tmp_path / "j", rounds=200, seed=23)
    print(
        f"\nshell edit soak: {kills} kills of `mg-journal edit` (severity or --date), "
        f"{landed} after the change landed, lost: 0, duplicated: 0 "
        f"({time.monotonic() - start:.0f} s)"
    )
