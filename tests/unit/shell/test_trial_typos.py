"""`mg-journal trial ...` walked as a new person types it: a figure written as on the
label ("300mg"), a word for a number, a dose asked for before the start."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from journal.cli import main
from tests.unit.shell.trial_steps import at as _at


def _plan(data_dir: Path) -> dict[str, object]:
    doc: dict[str, object] = json.loads((data_dir / "trial.json").read_text())["trial"]["1"]
    return doc


@pytest.mark.usefixtures("unpinned")
def test_a_dose_written_as_on_the_label_is_taken(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before: "dose: '300mg' is not a number" (and so for amend's 'dose_mg')."""
    assert _at("2026-09-01", "trial", "plan", "glycinate", "300mg") == 0
    assert _plan(data_dir)["plan"]["dose_mg"] == 300.0  # type: ignore[index]
    assert _at("2026-09-01", "trial", "start") == 0
    assert _at("2026-09-16", "trial", "amend", "dose_mg", "250 mg") == 0
    assert "dose_mg: 300 -> 250" in capsys.readouterr().out
    assert _at("2026-09-16", "trial", "amend", "dose_mg", "25g") == 2  # not every unit
    assert capsys.readouterr().err == (
        "mg-journal: dose_mg: '25g' is not a dose: type the elemental mg a day, e.g. 250\n"
    )


@pytest.mark.usefixtures("unpinned")
@pytest.mark.parametrize(
    ("field", "value", "says"),
    [
        ("pairs", "four", "'four' is not a whole number of pairs: type one from 3 to 4"),
        ("benefit", "lots", "'lots' is not a number: type how many fewer a week is worth"),
    ],
)
def test_an_amendment_that_is_no_number_says_what_to_type(
    data_dir: Path, capsys: pytest.CaptureFixture[str], field: str, value: str, says: str
) -> None:
    """Before: "pairs: 'four' is not a valid value"."""
    assert _at("2026-09-01", "trial", "plan", "glycinate", "300") == 0
    assert _at("2026-09-01", "trial", "start") == 0
    before = (data_dir / "trial.json").read_bytes()
    capsys.readouterr()
    assert _at("2026-09-16", "trial", "amend", field, value) == 2
    assert capsys.readouterr().err.startswith(f"mg-journal: {field}: {says}")
    assert (data_dir / "trial.json").read_bytes() == before


@pytest.mark.usefixtures("unpinned")
def test_a_dose_before_the_start_says_to_start_first(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before: "dose: there is no trial dose to take on 1 Sep 2026" and no why."""
    assert _at("2026-09-01", "trial", "plan", "glycinate", "300") == 0
    capsys.readouterr()
    assert _at("2026-09-01", "trial", "dose", "taken") == 2
    assert capsys.readouterr().err == (
        "mg-journal: dose: the trial has not started, so it takes no dose yet: start it "
        "first; the doses begin after its 14-day run-in\n"
    )
    assert _plan(data_dir)["doses"] == {}


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("supplement", "citrate", "150mg"), "Logged magnesium citrate: 150 mg elemental"),
        (("supplement", "citrate", "--salt", "500 mg"), "500 mg magnesium citrate ≈ 80 mg"),
        (("eat", "soup", "--custom", "40mg"), "Logged soup: 40 mg magnesium"),
        (("profile", "--target", "350mg"), "Target:       350 mg a day (custom)"),
    ],
)
def test_other_figures_in_mg_take_the_label_s_way_too(
    data_dir: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], says: str
) -> None:
    assert main(list(args)) == 0
    assert says in capsys.readouterr().out


@pytest.mark.usefixtures("unpinned")
def test_a_step_asked_again_says_it_holds_already_and_succeeds(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """As `done` on a complete day. Before: `trial start` again exited 2 ("has already
    started"), `stop` again 2 ("not running"), and `unseal` again was refused as if
    still sealed: "repeat with --yes"."""
    plan = ("trial", "plan", "glycinate", "300", "--against", "placebo", "--blind")
    assert _at("2026-09-01", *plan) == 0
    assert _at("2026-09-01", "trial", "start") == 0
    capsys.readouterr()
    assert _at("2026-09-02", "trial", "start") == 0
    assert capsys.readouterr().out == (
        "The trial started on 1 Sep 2026 already; the plan is locked.\n"
    )
    assert _at("2026-09-02", "trial", "start", "--date", "2026-09-02") == 2  # another day
    assert capsys.readouterr().err == (
        "mg-journal: start: the trial started on 1 Sep 2026 already; a start cannot move "
        "(stop it, and plan a new one)\n"
    )
    assert _at("2026-09-20", "trial", "unseal", "--yes") == 0
    bottle = capsys.readouterr().out.split("bottle ")[1][0]
    before = (data_dir / "trial.json").read_bytes()
    assert _at("2026-09-20", "trial", "unseal") == 0
    out = capsys.readouterr()
    assert (out.out, out.err) == (
        f"The seal is open already: bottle {bottle} held magnesium.\n",
        "",
    )
    assert (data_dir / "trial.json").read_bytes() == before  # no second "unsealed" note
    assert _at("2026-09-21", "trial", "stop") == 0
    capsys.readouterr()
    assert _at("2026-09-22", "trial", "stop") == 0
    assert capsys.readouterr().out == "The trial was stopped already, on 21 Sep 2026.\n"
    assert _at("2026-09-22", "trial", "start") == 2  # stopped: not "started already"
    assert capsys.readouterr().err == (
        "mg-journal: start: the trial was stopped on 21 Sep 2026: plan a new one\n"
    )


@pytest.mark.usefixtures("unpinned")
def test_stop_before_the_start_says_there_is_nothing_to_stop(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _at("2026-09-01", "trial", "plan", "glycinate", "300") == 0
    capsys.readouterr()
    assert _at("2026-09-01", "trial", "stop") == 2
    assert capsys.readouterr().err == (  # before: "stop: the trial is not running"
        "mg-journal: stop: the trial has not started: nothing to stop (a plan can be rewritten)\n"
    )


@pytest.mark.parametrize(
    ("typed", "stored"), [("Magnesium Citrate", "citrate"), ("l-threonate", "L-threonate")]
)
def test_a_form_as_the_label_names_it_is_taken(
    data_dir: Path, capsys: pytest.CaptureFixture[str], typed: str, stored: str
) -> None:
    assert main(["supplement", typed, "100"]) == 0
    assert f"Logged magnesium {stored}: 100 mg elemental" in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv", [["supplement", "glycinat", "200"], ["trial", "plan", "glycinat", "300"]]
)
def test_a_mistyped_form_is_offered_the_one_meant(
    data_dir: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    """Before: "form: 'glycinat' is not one of: oxide, ..." and no guess, where a
    mistyped symptom kind or command gets one."""
    assert main(argv) == 2
    assert capsys.readouterr().err.startswith(
        "mg-journal: form: 'glycinat' is not a form (did you mean 'glycinate'?); use one of: "
        "oxide, carbonate,"
    )
    assert not (data_dir / "trial.json").exists() and not (data_dir / "entries").exists()
