"""An infant's supplements: no upper limit is set under 1 year, so every dose is
noted, and a dose far above the youngest limit set (65 mg, from age 1) is asked about
in those words (a helper's report: it said '2.0 times the 350 mg upper limit')."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import run_cli

# The clock is pinned to 2026-11-25: born 2026 is under 1.


def test_every_dose_is_noted_and_a_far_one_asked(data_dir: Path) -> None:
    assert run_cli("profile", "--born", "2026").returncode == 0
    small = run_cli("supplement", "citrate", "20")
    assert small.returncode == 0
    assert small.stderr == (
        "mg-journal: warning: no upper limit is set under 1 year (65 mg a day from age 1); "
        "give a baby a supplement only as a clinician advises.\n"
    )
    far = run_cli("supplement", "citrate", "131")  # just over twice 65 mg
    assert far.returncode == 2
    assert (
        "131 mg elemental in one dose is 2.0 times the 65 mg limit from age 1 (none is "
        "set under 1)" in far.stderr
    )
    assert run_cli("supplement", "citrate", "130").returncode == 0  # exactly twice: stored


def test_a_child_of_one_has_the_limit_of_one_to_three(data_dir: Path) -> None:
    assert run_cli("profile", "--born", "2025").returncode == 0  # 0 or 1: the lower, 65 mg
    said = run_cli("supplement", "citrate", "66")
    assert said.returncode == 0 and "above the 65 mg upper limit" in said.stderr
