"""An empty --from or --to is refused, as an empty --date is: `report --from "$START"`
with START unset read as no --from at all, a report of the last 90 days said as
asked for, and `export --from ""` wrote the whole journal. `trial report -o ""` said
the folder it was typed in "already exists"; "-" wrote a file named "-"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import run_cli


@pytest.mark.parametrize("command", [("report",), ("export", "-o", "out")])
@pytest.mark.parametrize("option", ["--from", "--to"])
def test_an_empty_day_is_refused_and_nothing_written(
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    command: tuple[str, ...],
    option: str,
) -> None:
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    assert run_cli("log", "cramp").returncode == 0
    done = run_cli(*command, option, "")
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.startswith(f"mg-journal: {option}: type a day: ")
    assert done.stderr.count("\n") == 1
    assert list(here.iterdir()) == []


def test_trial_report_output_empty_or_a_dash(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    assert run_cli("trial", "plan", "glycinate", "300").returncode == 0
    done = run_cli("trial", "report", "-o", "")
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == "mg-journal: output: give a file name, e.g. -o trial.html\n"
    shown = run_cli("trial", "report", "-o", "-")
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout == run_cli("trial", "report").stdout
    assert list(here.iterdir()) == []
