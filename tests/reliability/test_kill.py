"""A writer killed at any instant loses nothing it reported saved and duplicates nothing.

50 kills in the default run; `pytest -m soak` runs 1,000. Each kill lands a
random moment after the writer's first "saved" line, so it falls inside the
write loop (a write takes ~10 ms, mostly fsync): during a temp-file write, an
fsync, a rename or between them.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from collections import Counter, deque
from datetime import date
from pathlib import Path

import pytest

from journal.core.entries.models import ENTRY_TYPES
from journal.store.journal import Journal
from tests.helpers import ROOT

WRITER = Path(__file__).with_name("writer.py")


def child_env() -> dict[str, str]:
    """Read when a child starts, after the fixtures set this test's folders (the data dir,
    and the config dir that names this computer: the same computer as the test's own)."""
    return {**os.environ, "PYTHONPATH": str(ROOT)}


READY_AHEAD = 3  # writers started and waiting, so start-up is off the kill loop


def all_ids(root: Path) -> list[str]:
    """Entry ids as the journal reads them (opening every day file on the way)."""
    journal = Journal.open(root)
    days = journal.days(date(2000, 1, 1), date(2026, 11, 25))
    return [e.id for day in days for e in day.symptoms]


def raw_id_counts(root: Path) -> Counter[str]:
    """Entry ids as stored, counting every copy: the reader's de-duplication hides none."""
    counts: Counter[str] = Counter()
    for path in (root / "entries").glob("*.json"):
        data = json.loads(path.read_bytes())
        for name, table in data.items():
            if name in ENTRY_TYPES:  # not _meta, nor the sync tables (tombstones)
                counts.update(doc["id"] for doc in table.values())
    return counts


def start_writer(root: Path, label: str, count: int, wait: bool = False) -> subprocess.Popen[str]:
    cmd = [sys.executable, str(WRITER), str(root), label, str(count)]
    if wait:
        cmd.append("--wait")
    return subprocess.Popen(
        cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=child_env(), bufsize=1
    )


def check_after_kill(root: Path, reported: list[str], round_no: int) -> None:
    found = all_ids(root)
    counts = raw_id_counts(root)
    duplicated = [i for i, n in counts.items() if n > 1]
    assert not duplicated, f"round {round_no}: {len(duplicated)} entries stored twice"
    missing = set(reported) - set(found)
    assert not missing, f"round {round_no}: {len(missing)} reported entries lost"


def kill_rounds(root: Path, rounds: int, seed: int) -> tuple[int, int, int]:
    """Kill a writer `rounds` times at random moments.

    Returns (kills, entries checked, kills that landed inside a write, as told
    by the temporary file the write left behind).
    """
    rng = random.Random(seed)
    reported: list[str] = []
    inside = 0
    ready = deque(start_writer(root, f"k{n}", 10_000, wait=True) for n in range(READY_AHEAD))
    for n in range(rounds):
        writer = ready.popleft()
        if n + READY_AHEAD < rounds:
            ready.append(start_writer(root, f"k{n + READY_AHEAD}", 10_000, wait=True))
        assert writer.stdin is not None and writer.stdout is not None
        assert writer.stdout.readline() == "ready\n"
        writer.stdin.write("go\n")
        writer.stdin.flush()
        first = writer.stdout.readline()  # blocks until the first entry is saved
        assert first.startswith("saved ")
        time.sleep(rng.uniform(0.0, 0.12))  # about a dozen writes' worth
        writer.kill()
        writer.wait()
        # Only what the writer had printed before dying counts as reported saved.
        lines = [first, *writer.stdout.read().splitlines()]
        reported += [line.split()[1] for line in lines]
        # Counted before the check's open removes them (see store/leftovers.py).
        inside += bool(list((root / "entries").glob(".*.tmp")))
        check_after_kill(root, reported, n)
    assert not list((root / "entries").glob(".*.tmp")), "the next open removes leftovers"
    return rounds, len(reported), inside


def test_kill_at_random_moments_loses_nothing(tmp_path: Path) -> None:
    kills, checked, inside = kill_rounds(tmp_path / "j", rounds=50, seed=7)
    assert kills == 50 and checked > 50  # entries were saved between kills, not only the first
    assert inside > 0  # some kills cut a write in half, and still nothing was lost


@pytest.mark.soak
def test_kill_soak(tmp_path: Path) -> None:
    start = time.monotonic()
    kills, checked, inside = kill_rounds(tmp_path / "j", rounds=1000, seed=11)
    took = time.monotonic() - start
    print(
        f"\nsoak: {kills} kills survived ({inside} inside a write), "
        f"{checked} entries checked, lost: 0, duplicated: 0 ({took:.0f} s)"
    )
