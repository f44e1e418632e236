"""A writer killed at any instant loses nothing it reported saved; concurrent writers lose nothing.

The kill count is small in the default run; `pytest -m soak` runs the long version.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from journal.store.journal import Journal
from tests.helpers import ROOT

WRITER = Path(__file__).with_name("writer.py")
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def all_ids(root: Path) -> list[str]:
    journal = Journal(root)
    days = journal.days(date(2000, 1, 1), date(2026, 11, 25))
    return [e.id for day in days for e in day.symptoms]


def start_writer(root: Path, label: str, count: int) -> subprocess.Popen[str]:
    cmd = [sys.executable, str(WRITER), str(root), label, str(count)]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=ENV)


def kill_rounds(root: Path, rounds: int, seed: int) -> tuple[int, int]:
    """Kill a writer `rounds` times at random moments; return (kills, entries checked)."""
    rng = random.Random(seed)
    reported: list[str] = []
    for n in range(rounds):
        writer = start_writer(root, f"k{n}", 10_000)
        assert writer.stdout is not None
        os.set_blocking(writer.stdout.fileno(), False)
        time.sleep(rng.uniform(0.12, 0.45))  # past start-up, into the write loop
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        # Only what the writer had printed before dying counts as reported saved.
        reported += [line.split()[1] for line in writer.stdout.read().splitlines()]
        found = all_ids(root)  # the journal opens: every month file is whole
        assert len(found) == len(set(found)), "an entry was duplicated"
        missing = set(reported) - set(found)
        assert not missing, f"round {n}: {len(missing)} reported entries lost"
    return rounds, len(reported)


def test_kill_at_random_moments_loses_nothing(tmp_path: Path) -> None:
    _, checked = kill_rounds(tmp_path / "j", rounds=12, seed=7)
    assert checked > 0  # the writer did get entries saved between kills


@pytest.mark.soak
def test_kill_soak(tmp_path: Path) -> None:
    kills, checked = kill_rounds(tmp_path / "j", rounds=1000, seed=11)
    print(f"\nsoak: {kills} kills survived, {checked} entries checked, lost: 0")


def test_concurrent_writers_lose_nothing(tmp_path: Path) -> None:
    root = tmp_path / "j"
    writers = [start_writer(root, label, 150) for label in ("a", "b", "c")]
    outputs = [w.communicate(timeout=120)[0] for w in writers]
    assert all(w.returncode == 0 for w in writers)
    reported = {line.split()[1] for out in outputs for line in out.splitlines()}
    assert len(reported) == 450
    found = all_ids(root)
    assert sorted(found) == sorted(reported)
