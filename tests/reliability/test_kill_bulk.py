"""Imports and the demo killed while they write many files leave all of it or none of it.

Each kill waits until the bulk write has begun (its intent file appears), then
a random moment more, so it falls between two day files being replaced.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from journal.core.entries.models import ENTRY_TYPES
from journal.store.demo import build_demo_journal
from journal.store.journal import Journal
from journal.store.transaction import PENDING
from tests.helpers import ROOT, food, run_cli


def ids(root: Path) -> frozenset[str]:
    journal = Journal.open(root)  # finishes (undoes) a killed bulk write first
    days = journal.days(date(1900, 1, 1), date(2026, 11, 25))
    return frozenset(e.id for day in days for kind in ENTRY_TYPES for e in getattr(day, kind))


def run_and_kill(cmd: list[str], root: Path, rng: random.Random) -> bool:
    """Start `cmd`, kill it soon after its bulk write begins; True if the kill cut it short."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}  # with the pinned clock
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    deadline = time.monotonic() + 30
    while not (root / PENDING).exists() and proc.poll() is None:
        assert time.monotonic() < deadline
        time.sleep(0.0005)
    time.sleep(rng.uniform(0, 0.12))  # temp files, one sync, renames: ~150 ms; land among them
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    return proc.returncode == -signal.SIGKILL and (root / PENDING).exists()


@pytest.fixture(scope="module")
def export_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, frozenset[str]]:
    source = build_demo_journal(tmp_path_factory.mktemp("src") / "j", days=730, seed=3)
    out = tmp_path_factory.mktemp("out") / "export.json"
    result = run_cli("--data-dir", str(source.root), "export", "--format", "json", "-o", str(out))
    assert result.returncode == 0, result.stderr
    return out, ids(source.root)


def test_a_killed_import_leaves_all_or_nothing(
    tmp_path: Path, export_file: tuple[Path, frozenset[str]]
) -> None:
    export, imported = export_file
    pristine = tmp_path / "pristine"
    journal = Journal.open(pristine)
    journal.add(food(date(2026, 11, 20), "Mine"))
    journal.add(food(date(2025, 6, 2), "Mine too"))  # a day the import also writes
    before = ids(pristine)
    rng = random.Random(5)
    cut = 0
    for n in range(8):
        root = tmp_path / f"r{n}"
        shutil.copytree(pristine, root)
        cmd = [sys.executable, "-m", "journal", "--data-dir", str(root), "import", "json"]
        cut += run_and_kill([*cmd, str(export)], root, rng)
        after = ids(root)
        assert after in (before, before | imported), f"round {n}: half an import"
        assert not (root / PENDING).exists()
        assert not list((root / "entries").glob(".*.tmp")), "the killed write's temp files"
        # The journal is usable after: the import completes when run again.
        if n == 0:
            assert run_cli("--data-dir", str(root), "import", "json", str(export)).returncode == 0
            assert ids(root) == before | imported
    assert cut >= 1  # kills did land between two day files (most do; load varies)


def test_a_killed_demo_build_leaves_all_or_nothing(tmp_path: Path) -> None:
    expected = ids(build_demo_journal(tmp_path / "whole", days=730, seed=9).root)
    rng = random.Random(9)
    cut = 0
    for n in range(4):
        root = tmp_path / f"d{n}"
        cmd = [sys.executable, "-m", "journal", "demo", "--days", "730", "--seed", "9"]
        cut += run_and_kill([*cmd, "--data-dir", str(root), "--no-open"], root, rng)
        assert ids(root) in (frozenset(), expected), f"round {n}: half a demo"
    assert cut >= 1
