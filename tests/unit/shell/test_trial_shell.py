"""`mg-journal trial ...` from the shell: a blinded trial from plan to unsealing."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from journal.cli import main
from tests.unit.shell.trial_steps import at as _at


def test_a_blinded_trial_from_the_shell(
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("MG_JOURNAL_NOW")
    assert (
        _at(
            "2026-09-01",
            "trial",
            "plan",
            "glycinate",
            "300",
            "--against",
            "placebo",
            "--blind",
            "--seed",
            "42",
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "order drawn within each pair from seed 42" in out
    assert _at("2026-09-01", "trial", "packing") == 1  # not without --helper
    assert "for the helper" in capsys.readouterr().err
    sheet = tmp_path / "sheet.txt"
    assert _at("2026-09-01", "trial", "packing", "--helper", "-o", str(sheet)) == 0
    assert "elemental magnesium a day" in sheet.read_text()
    assert _at("2026-09-01", "trial", "start") == 0
    capsys.readouterr()
    assert _at("2026-09-23", "trial", "dose", "taken") == 0
    assert capsys.readouterr().out.startswith("Trial day 23 of 140 · period 1, bottle B")
    # the dose counts as a supplement toward the day's intake
    assert _at("2026-09-23", "list", "--date", "2026-09-23") == 0
    assert "300" in capsys.readouterr().out
    assert _at("2026-09-23", "trial", "plan", "oxide", "200") == 1  # locked
    assert "locked" in capsys.readouterr().err
    assert _at("2026-09-24", "trial", "amend", "pairs", "4", "--reason", "more data") == 0
    assert _at("2026-09-24", "trial", "status") == 0
    status = capsys.readouterr().out
    assert "Sealed: the result shows once the seal is opened" in status
    assert "magnesium)" not in status and "placebo)" not in status
    assert _at("2026-09-25", "trial", "guess", "b") == 0
    capsys.readouterr()
    assert _at("2026-09-25", "trial", "unseal") == 2  # mid-trial: asked to say so
    assert "opening the seal now ends its blinding; repeat with --yes" in capsys.readouterr().err
    assert _at("2026-09-25", "trial", "status") == 0
    assert "Sealed" in capsys.readouterr().out  # still sealed
    assert _at("2026-09-25", "trial", "unseal", "--yes") == 0
    assert "held magnesium" in capsys.readouterr().out
    html = tmp_path / "trial.html"
    assert _at("2026-09-25", "trial", "report", "--format", "html", "-o", str(html)) == 0
    page = html.read_text()
    assert "Amended 24 Sep 2026: pairs: 3 -&gt; 4 (more data)" in page
    assert "unsealed before the end" in page
    assert "you guessed bottle B held magnesium; it was bottle" in page
    doc = json.loads((data_dir / "trial.json").read_text())["trial"]["1"]
    assert doc["plan"]["pairs"] == 4 and doc["guess"] == "B"


def test_a_dose_above_the_upper_limit_warns_and_the_shell_loads_no_textual(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import subprocess
    import sys

    from journal.core.trial.schedule import orders

    monkeypatch.delenv("MG_JOURNAL_NOW")
    seed = next(s for s in range(50) if orders(s, 3)[0] == "AB")  # period 1 on magnesium
    assert _at("2026-09-01", "trial", "plan", "oxide", "300", "--seed", str(seed)) == 0
    assert _at("2026-09-01", "trial", "amend", "pairs", "4") == 2  # not before the start
    assert "before the start" in capsys.readouterr().err
    assert _at("2026-09-01", "trial", "start") == 0
    assert _at("2026-09-16", "supplement", "citrate", "100") == 0
    capsys.readouterr()
    assert _at("2026-09-16", "trial", "dose", "taken") == 0  # day 16: period 1
    out = capsys.readouterr()
    assert "period 1, magnesium 300 mg, washout until 24 Sep (not analysed) (dose taken)" in out.out
    assert "above the 350 mg upper limit" in out.err  # 100 + 300 mg of supplements
    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from journal.cli import main; "
            "main(['trial', 'status']); print('textual' in sys.modules)",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert loaded.stdout.strip().endswith("False")


def test_the_plan_and_the_status_say_how_often_the_trial_finds_a_benefit(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import date, timedelta

    from journal.core.trial.plan import Plan
    from journal.core.trial.power import power_line

    monkeypatch.delenv("MG_JOURNAL_NOW")
    plan = ("trial", "plan", "glycinate", "300", "--seed", "5")
    assert _at("2026-09-01", *plan, "--rate", "0") == 2  # refused, nothing stored
    assert "rate" in capsys.readouterr().err
    assert not (data_dir / "trial.json").exists()
    assert _at("2026-09-01", *plan, "--rate", "4.1") == 0
    out = capsys.readouterr().out
    want = power_line(Plan("glycinate", 300, 5, created=date(2026, 9, 1)), 4.1, "expected rate")
    assert want is not None and want.startswith("At your expected rate of 4.1 cramps a week")
    assert want in out
    assert _at("2026-09-01", *plan) == 0
    assert "shows once the run-in is over" in capsys.readouterr().out
    assert _at("2026-09-01", "trial", "start") == 0
    assert _at("2026-09-10", "trial", "status") == 0
    assert "At your run-in rate" not in capsys.readouterr().out  # the run-in is not over
    # 12 cramps in the 14-day run-in: 6 a week
    for n in range(12):
        day = date(2026, 9, 1) + timedelta(days=n)
        assert _at("2026-09-20", "log", "cramp", "--date", day.isoformat()) == 0
    capsys.readouterr()
    assert _at("2026-09-20", "trial", "status") == 0
    # The last 2 days have nothing logged: left out, not read as days without cramps.
    assert "Run-in: 7.0 cramps a week" in capsys.readouterr().out
    for day in ("2026-09-13", "2026-09-14"):  # marked done: no cramp those days
        assert _at("2026-09-20", "done", "--date", day) == 0
    capsys.readouterr()
    assert _at("2026-09-20", "trial", "status") == 0
    status = capsys.readouterr().out
    assert "Run-in: 6.0 cramps a week" in status
    assert "At your run-in rate of 6.0 cramps a week, this plan finds a real drop of 2" in status
    assert _at("2026-09-20", "trial", "report", "--format", "markdown") == 0
    assert "At your run-in rate of 6.0 cramps a week" in capsys.readouterr().out  # for a doctor


def test_status_after_a_stop_says_stopped_even_on_the_stop_day(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MG_JOURNAL_NOW")
    assert _at("2026-09-01", "trial", "plan", "glycinate", "300") == 0
    assert _at("2026-09-01", "trial", "start") == 0
    assert _at("2026-09-03", "trial", "stop", "--reason", "travel") == 0
    capsys.readouterr()
    assert _at("2026-09-03", "trial", "status") == 0
    assert capsys.readouterr().out.splitlines()[0] == "The trial was stopped on 3 Sep 2026."
    assert _at("2026-10-01", "trial", "status") == 0
    assert capsys.readouterr().out.splitlines()[0] == "The trial was stopped on 3 Sep 2026."


def test_from_the_stop_day_on_a_dose_is_refused_and_nothing_is_stored(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reviewer's report: the stop day still took a dose (today or backfilled)."""
    from datetime import date

    from journal.store.journal import Journal

    monkeypatch.delenv("MG_JOURNAL_NOW")
    plan = ("trial", "plan", "glycinate", "300", "--against", "placebo", "--run-in", "0")
    assert _at("2026-09-01", *plan) == 0
    assert _at("2026-09-01", "trial", "start") == 0
    assert _at("2026-09-02", "trial", "dose", "taken") == 0
    assert _at("2026-09-03", "trial", "stop", "--reason", "travel") == 0
    capsys.readouterr()
    for today, day in [
        ("2026-09-03", "2026-09-03"),
        ("2026-09-05", "2026-09-03"),
        ("2026-09-05", "2026-09-04"),
    ]:
        assert _at(today, "trial", "dose", "taken", "--date", day) == 2
        assert capsys.readouterr().err == (
            "mg-journal: dose: the trial was stopped on 3 Sep 2026, so it takes no dose from "
            "that day on; log a supplement you took as any other\n"
        )
    journal = Journal.open(data_dir)
    assert [journal.day(date(2026, 9, d)).supplements for d in (3, 4)] == [[], []]
    assert _at("2026-09-05", "trial", "dose", "missed", "--date", "2026-09-01") == 0  # before
    capsys.readouterr()
    assert _at("2026-09-05", "trial", "status") == 0
    assert "Doses: 1 taken, 1 missed, 0 not recorded" in capsys.readouterr().out


@pytest.mark.parametrize("kind", ["cramps", "foo"])
def test_a_plan_counting_a_kind_no_symptom_has_is_refused(
    data_dir: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    """It would count 0 in every period for ever: refused at the field, nothing stored."""
    assert main(["trial", "plan", "glycinate", "300", "--outcome", kind]) == 2
    assert capsys.readouterr().err == (
        f"mg-journal: outcome: '{kind}' is not a symptom kind; use one of: cramp, twitch, "
        "spasm, weakness, fatigue\n"
    )
    assert not (data_dir / "trial.json").exists()


def test_a_plan_takes_the_kind_and_form_as_log_and_supplement_spell_them(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["trial", "plan", "Glycinate", "300", "--outcome", "Twitch"]) == 0
    text = (data_dir / "trial.json").read_text().replace(" ", "")
    assert '"outcome":"twitch"' in text and '"form":"glycinate"' in text
    assert main(["trial", "plan", "glycinat", "300"]) == 2
    assert "form: 'glycinat' is not a form (did you mean 'glycinate'?); use one of: oxide" in (
        capsys.readouterr().err
    )


@pytest.mark.parametrize("form", ["text", "markdown", "html"])
def test_the_report_says_a_trial_is_running_as_the_dashboard_does(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, form: str
) -> None:
    monkeypatch.delenv("MG_JOURNAL_NOW")
    assert _at("2026-09-01", "trial", "plan", "glycinate", "300", "--seed", "5") == 0
    assert _at("2026-09-01", "trial", "start") == 0
    capsys.readouterr()
    assert _at("2026-09-10", "report", "--format", form) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "A personal trial is running (day 10 of" in out
    assert "see mg-journal trial report." in out


def test_a_dose_recorded_for_a_past_day_takes_midday_not_the_clock(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import date, timedelta

    from journal.store.journal import Journal

    monkeypatch.delenv("MG_JOURNAL_NOW")
    assert _at("2026-09-01", "trial", "plan", "glycinate", "300", "--seed", "5") == 0
    assert _at("2026-09-01", "trial", "start") == 0
    days = [date(2026, 9, 15) + timedelta(days=n) for n in range(0, 84, 3)]  # two pairs
    for day in days:  # days off magnesium have no dose to take: refused, nothing stored
        after = (day + timedelta(days=1)).isoformat()
        assert _at(after, "trial", "dose", "taken", "--date", day.isoformat()) in (0, 2)
    journal = Journal.open(data_dir)
    doses = [s.time for day in days for s in journal.day(day).supplements]
    assert doses and all(f"{t:%H:%M}" == "12:00" for t in doses)


def test_a_seal_opened_before_the_start_asks_and_then_the_trial_cannot_run_blinded(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A helper's report: `trial unseal` before `trial start` opened the seal unasked,
    the trial still started, and its report read the guess as a blinding that held."""
    monkeypatch.delenv("MG_JOURNAL_NOW")
    plan = ("trial", "plan", "glycinate", "300", "--against", "placebo", "--blind")
    assert _at("2026-09-01", *plan) == 0
    capsys.readouterr()
    assert _at("2026-09-01", "trial", "unseal") == 2
    assert "has not started" in capsys.readouterr().err
    assert _at("2026-09-01", "trial", "unseal", "--yes") == 0
    capsys.readouterr()
    assert _at("2026-09-02", "trial", "start") == 2
    err = capsys.readouterr().err
    assert "seal was opened on 2026-09-01" in err and "without --blind" in err
    trial = json.loads((data_dir / "trial.json").read_text())
    assert "unsealed before the start" in json.dumps(trial)
    # Planned again without blinding, it starts.
    assert _at("2026-09-02", "trial", "plan", "glycinate", "300", "--against", "placebo") == 0
    assert _at("2026-09-02", "trial", "start") == 0


def test_a_doses_entry_is_not_deleted_or_moved_on_its_own(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A helper's report: `delete ID` left the trial saying 'dose taken', and `edit ID
    --date yesterday` left a dose no unsealing removed."""
    from journal.store.journal import Journal

    monkeypatch.delenv("MG_JOURNAL_NOW")
    plan = ("trial", "plan", "glycinate", "300", "--run-in", "0", "--against", "placebo")
    assert _at("2026-09-01", *plan, "--blind") == 0  # sealed: every dose taken is an entry
    assert _at("2026-09-01", "trial", "start") == 0
    assert _at("2026-09-02", "trial", "dose", "taken") == 0
    [dose] = Journal.open(data_dir).day(datetime(2026, 9, 2).date()).supplements
    capsys.readouterr()
    for argv in (("delete", dose.id[:8]), ("edit", dose.id[:8], "--date", "yesterday")):
        assert _at("2026-09-02", *argv) == 1
        err = capsys.readouterr().err
        assert "mg-journal: that supplement is the trial's dose of 2 Sep 2026" in err
        assert (
            "`mg-journal trial dose missed --date 2026-09-02`" in err and len(err.splitlines()) == 1
        )
    assert _at("2026-09-02", "edit", dose.id[:8], "--note", "with breakfast") == 0  # fine
    [kept] = Journal.open(data_dir).day(datetime(2026, 9, 2).date()).supplements
    assert (kept.id, kept.mg, kept.note) == (dose.id, 300.0, "with breakfast")


def test_the_helpers_sheet_after_the_start_asks_for_yes(
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A helper's report: `packing --helper` mid-trial printed the allocation, unrecorded."""
    monkeypatch.delenv("MG_JOURNAL_NOW")
    plan = ("trial", "plan", "glycinate", "300", "--against", "placebo", "--blind")
    assert _at("2026-09-01", *plan) == 0
    assert _at("2026-09-01", "trial", "start") == 0
    capsys.readouterr()
    sheet = tmp_path / "refill.txt"
    assert _at("2026-09-20", "trial", "packing", "--helper", "-o", str(sheet)) == 1
    assert "your reading it ends the blinding" in capsys.readouterr().err
    assert not sheet.exists()
    assert _at("2026-09-20", "trial", "packing", "--helper", "--yes", "-o", str(sheet)) == 0
    assert "elemental magnesium a day" in sheet.read_text()


@pytest.mark.parametrize(("dose", "warned"), [("350", False), ("351", True)])
def test_a_planned_dose_above_the_upper_limit_is_said_at_the_plan(
    data_dir: Path, capsys: pytest.CaptureFixture[str], dose: str, warned: bool
) -> None:
    assert main(["profile", "--sex", "female", "--born", "1990"]) == 0
    capsys.readouterr()
    assert main(["trial", "plan", "glycinate", dose]) == 0
    err = capsys.readouterr().err
    assert ("above the 350 mg upper limit" in err) is warned
