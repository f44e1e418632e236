"""`mg-journal trial plan --help` names the limits the plan enforces: it said
"pairs of periods (default 3)" and "days in each period (default 21)", and
`--pairs 5` was then refused as "must be a whole number from 3 to 4"; `--blind`
without a placebo was refused without saying what to type."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.helpers import run_cli

PLAN = ("trial", "plan", "glycinate", "200")


@pytest.fixture(autouse=True)
def columns(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")


def _help() -> str:
    done = run_cli(*PLAN[:2], "--help")
    return " ".join(done.stdout.split())  # one line: the wrapping is the terminal's


@pytest.mark.parametrize(
    ("said", "option", "low", "high"),
    [
        ("one on and one off: 3 or 4 (default 3)", "--pairs", 3, 4),
        ("days in each period, 6 to 84 (default 21)", "--period", 6, 84),
        ("days counted before the first period, 0 to 56 (default 14)", "--run-in", 0, 56),
        ("0 to the period less 3 (default: half of a period)", "--washout", 0, 18),
    ],
)
def test_the_limits_the_help_names_are_the_ones_enforced(
    data_dir: Path, said: str, option: str, low: int, high: int
) -> None:
    assert said in _help()
    for outside in (low - 1, high + 1):
        done = run_cli(*PLAN, option, str(outside))
        assert done.returncode == 2
        assert re.search(rf": must be a whole number from {low} to {high}\n$", done.stderr)
        assert not (data_dir / "trial.json").exists()
    for inside in (low, high):
        done = run_cli(*PLAN, option, str(inside))
        assert done.returncode == 0, done.stderr
        name = {"--run-in": "run_in_days", "--period": "period_days", "--washout": "washout_days"}
        doc = json.loads((data_dir / "trial.json").read_text())["trial"]["1"]["plan"]
        assert doc[name.get(option, "pairs")] == inside


def test_the_dose_limit_is_in_the_help_and_enforced(data_dir: Path) -> None:
    assert "(the label's figure; at most 1,000)" in _help()
    done = run_cli(*PLAN[:3], "1001")
    assert (done.returncode, done.stderr) == (
        2,
        "mg-journal: dose: 1001 is more than the most allowed (1000); give less\n",
    )
    assert run_cli(*PLAN[:3], "1000").returncode == 0


def test_blind_without_a_placebo_says_what_to_type(data_dir: Path) -> None:
    done = run_cli(*PLAN, "--blind")
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == "mg-journal: blind: needs a placebo: add --against placebo\n"
    assert not (data_dir / "trial.json").exists()
    assert "--blind               sealed bottles A and B (with --against placebo)" in (
        run_cli(*PLAN[:2], "--help").stdout
    )
    assert run_cli(*PLAN, "--blind", "--against", "placebo").returncode == 0
