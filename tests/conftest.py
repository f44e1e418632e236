"""Each test gets its own data dir and a pinned clock: nothing depends on the machine or date."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from journal.core import clock

# A Wednesday; late enough in the month that "last 30 days" spans two months.
NOW = datetime(2026, 11, 25, 9, 30)


@pytest.fixture(autouse=True)
def unmutated_subprocesses(monkeypatch: pytest.MonkeyPatch) -> None:
    """mutmut's coverage run: record hits in this process only. A subprocess (the shell
    tests) cannot report its hits, and fails looking for mutmut's config when run outside
    mutants/ (a test that changes directory), so it runs unmutated; in the mutant runs
    proper, subprocesses inherit the mutant and can kill it. Per test, as mutmut sets the
    variable again after this file is first imported (its warm-up collects the tests)."""
    if os.environ.get("MUTANT_UNDER_TEST") == "stats":
        from mutmut.mutation import trampoline

        trampoline.set_mutant_under_test("stats")
        monkeypatch.delenv("MUTANT_UNDER_TEST")


@pytest.fixture(autouse=True)
def pinned_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[datetime]:
    clock.set_now(NOW)
    monkeypatch.setenv("MG_JOURNAL_NOW", NOW.isoformat())
    yield NOW
    clock.set_now(None)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, not yet created journal dir; $MG_JOURNAL_DIR points at it for subprocesses too."""
    path = tmp_path / "journal-data"
    monkeypatch.setenv("MG_JOURNAL_DIR", str(path))
    # Keep platformdirs away from the real home even if a test forgets the override.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    # This computer's name (revisions) and the encryption key live outside the journal.
    monkeypatch.setenv("MG_JOURNAL_CONFIG", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))  # summary caches
    return path


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under a mutant (scripts/mutation.py), run the quickest tests first: mutmut runs with
    -x, so a mutant a 0.01 s unit test catches no longer waits on a 20 s race test. With
    MG_MUTATION_MAX_SECONDS set (`mutation.py --quick`), tests that took longer than that
    in mutmut's clean run are left out: fewer tests can only catch fewer mutants, so the
    kill rate is then a lower bound."""
    # "" is mutmut's clean run of the same tests; unset outside mutmut.
    under = os.environ.get("MUTANT_UNDER_TEST")
    if under is None or (under and not under.startswith("journal.")):
        return
    stats = Path("mutmut-stats.json")  # mutmut runs the tests from mutants/
    if not stats.exists():
        return
    seconds = json.loads(stats.read_text()).get("duration_by_test", {})
    items.sort(key=lambda item: seconds.get(item.nodeid, 0.0))
    limit = float(os.environ.get("MG_MUTATION_MAX_SECONDS") or "inf")
    slow = [item for item in items if seconds.get(item.nodeid, 0.0) > limit]
    if slow:
        config.hook.pytest_deselected(items=slow)
        items[:] = [item for item in items if seconds.get(item.nodeid, 0.0) <= limit]


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """`-n auto` (the default in pyproject) runs one worker more than there are cores:
    many tests wait on a child process (shell commands, the pty walk, Syncthing), and a
    third worker keeps two cores busy meanwhile (2 cores: 179 s with 2 workers, 138 s
    with 3, 2026-12-06)."""
    return (os.cpu_count() or 1) + 1
