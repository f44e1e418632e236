"""A personal trial walked from the command line to its end: a dose asked for outside the
trial's days, the same dose twice, an amendment once the trial is over, and the sealed
trial's last word. The plan: 3 pairs of 21-day periods after a 14-day run-in from Sun 1
Nov 2026, 140 days, the last 20 Mar 2027; period 1 from 15 Nov 2026."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.shell.trial_steps import at as _at
from tests.unit.shell.trial_steps import files as _files


def _started(capsys: pytest.CaptureFixture[str], *extra: str) -> None:
    assert _at("2026-11-01", "trial", "plan", "glycinate", "300", "--seed", "42", *extra) == 0
    assert _at("2026-11-01", "trial", "start") == 0
    capsys.readouterr()


@pytest.mark.usefixtures("unpinned")
@pytest.mark.parametrize(
    ("today", "day", "says"),
    [
        (
            "2026-11-20",
            "2026-10-31",
            "31 Oct 2026 is before the trial started (1 Nov 2026): no dose to take; the "
            "doses begin 15 Nov 2026",
        ),
        (
            "2027-03-25",
            "2027-03-21",
            "the trial ended on 20 Mar 2027, its last day: no dose from then on; log a "
            "supplement you took as any other",
        ),
        (
            "2027-03-21",
            "today",
            "the trial ended on 20 Mar 2027, its last day: no dose from then on; log a "
            "supplement you took as any other",
        ),
    ],
)
def test_a_dose_outside_the_trial_says_why_and_stores_nothing(
    data_dir: Path, capsys: pytest.CaptureFixture[str], today: str, day: str, says: str
) -> None:
    """Before: "dose: there is no trial dose to take on 31 Oct 2026", and so on the day
    after the last: no why, nothing to do."""
    _started(capsys, "--against", "placebo", "--blind")
    before = _files(data_dir)
    assert _at(today, "trial", "dose", "taken", "--date", day) == 2
    assert capsys.readouterr().err == f"mg-journal: dose: {says}\n"
    assert _files(data_dir) == before


@pytest.mark.usefixtures("unpinned")
def test_the_last_day_and_the_first_period_day_still_take_a_dose(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _started(capsys, "--against", "placebo", "--blind")
    assert _at("2027-03-20", "trial", "dose", "taken") == 0
    assert _at("2026-11-15", "trial", "dose", "taken") == 0
    doses = json.loads((data_dir / "trial.json").read_text())["trial"]["1"]["doses"]
    assert sorted(doses) == ["2026-11-15", "2027-03-20"]


@pytest.mark.usefixtures("unpinned")
@pytest.mark.parametrize(
    ("field", "value"), [("benefit", "2"), ("dose_mg", "200"), ("form", "oxide")]
)
def test_once_over_the_plan_stays_as_it_ran(
    data_dir: Path, capsys: pytest.CaptureFixture[str], field: str, value: str
) -> None:
    """Before: 'trial amend benefit 2' on 25 Mar 2027, the trial over on 20 Mar and its
    result read, was taken ('Amended 25 Mar 2027: benefit: 1 -> 2') and the verdict
    recomputed against the new goal."""
    _started(capsys)
    assert _at("2027-03-20", "trial", "amend", field, value, "--reason", "last day") == 0
    _at(
        "2027-03-20",
        "trial",
        "amend",
        field,
        {"benefit": "1", "dose_mg": "300"}.get(field, "glycinate"),
    )
    capsys.readouterr()
    before = _files(data_dir)
    assert _at("2027-03-21", "trial", "amend", field, value, "--reason", "x") == 2
    assert capsys.readouterr().err == (
        f"mg-journal: {field}: the trial ended on 20 Mar 2027: its plan stays as it ran; to "
        "test another, plan a new trial\n"
    )
    assert _files(data_dir) == before
    # more pairs may still follow an unclear end, while they have not ended
    assert _at("2027-03-21", "trial", "amend", "pairs", "4") == 0


@pytest.mark.usefixtures("unpinned")
@pytest.mark.parametrize("state", ["taken", "missed"])
def test_the_same_dose_twice_says_so_and_stores_nothing(
    data_dir: Path, capsys: pytest.CaptureFixture[str], state: str
) -> None:
    """Before: a second 'trial dose taken' said 'Trial day 15 of 140 · period 1, bottle B
    (dose taken)' as the first, and removed the day's dose entry to write a new one."""
    _started(capsys, "--against", "placebo", "--blind")
    assert _at("2026-11-15", "trial", "dose", state) == 0
    capsys.readouterr()
    before = _files(data_dir)
    assert _at("2026-11-16", "trial", "dose", state, "--date", "yesterday") == 0
    other = "missed" if state == "taken" else "taken"
    assert capsys.readouterr().out == (
        f"The dose of 15 Nov 2026 was recorded as {state} already: nothing changed (to "
        f"correct it: mg-journal trial dose {other} --date 2026-11-15).\n"
    )
    assert _files(data_dir) == before
    assert _at("2026-11-16", "trial", "dose", other, "--date", "yesterday") == 0  # a correction
    assert "(dose " + other + ")" in capsys.readouterr().out
    assert _files(data_dir) != before


@pytest.mark.usefixtures("unpinned")
@pytest.mark.parametrize(
    ("run_in", "says"),
    [
        ("14", "the first period starts 15 Nov 2026, the last day is 20 Mar 2027 (day 140)"),
        ("0", "the first period starts 1 Nov 2026, the last day is 6 Mar 2027 (day 126)"),
    ],
)
def test_the_start_says_when_the_periods_begin_and_the_trial_ends(
    capsys: pytest.CaptureFixture[str], run_in: str, says: str
) -> None:
    """Before: 'the trial ends after day 140', a day to count out by hand."""
    assert _at("2026-11-01", "trial", "plan", "glycinate", "300", "--run-in", run_in) == 0
    capsys.readouterr()
    assert _at("2026-11-01", "trial", "start") == 0
    assert capsys.readouterr().out == f"Started on 1 Nov 2026: the plan is locked; {says}.\n"
