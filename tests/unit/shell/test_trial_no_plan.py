"""`trial status` (and `trial report`) with no plan exited 2, the code for a line typed
wrong; like packing, stop and unseal they now say so with 1, "nothing there"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import run_cli


@pytest.mark.parametrize("step", ["status", "report", "packing", "stop"])
def test_every_step_without_a_plan_says_so_alike(data_dir: Path, step: str) -> None:
    assert run_cli("log", "cramp").returncode == 0
    before = sorted(p.name for p in data_dir.rglob("*"))
    done = run_cli("trial", step)
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == (
        "mg-journal: there is no trial plan yet; write one with `mg-journal trial plan`.\n"
    )
    assert sorted(p.name for p in data_dir.rglob("*")) == before
