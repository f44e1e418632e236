"""`mg-journal report` from the shell: findings and the 2x2 table as plain text, no Textual."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from journal.store.demo import build_demo_journal
from tests.helpers import ROOT, run_cli


def test_report_on_a_planted_journal(data_dir: Path) -> None:
    build_demo_journal(data_dir, 120, seed=3)
    result = run_cli("report", "--days", "90")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "(last 90 days)" in out
    assert "Symptoms were logged on" in out and "not proof that magnesium causes it" in out
    assert "below 310 mg" in out and "RR " in out and "OR " in out
    assert "This is not medical advice" in out


def test_report_threshold_and_short_journal(data_dir: Path) -> None:
    build_demo_journal(data_dir, 5, seed=3)
    result = run_cli("report", "--threshold", "0.75")
    assert result.returncode == 0, result.stderr
    assert "A low day is below 232.5 mg (75% of the target)" in result.stdout
    assert "Not enough data yet for findings" in result.stdout
    assert "more logged days" in result.stdout


@pytest.mark.parametrize(
    ("typed", "refused"), [("0.09", True), ("0.1", False), ("2", False), ("2.01", True)]
)
def test_report_threshold_limits_are_the_ones_its_help_names(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, typed: str, refused: bool
) -> None:
    """--help said "(default 1.0; e.g. 0.75)" and 1.5 or 0.05 were found only by trying."""
    monkeypatch.setenv("COLUMNS", "80")
    shown = " ".join(run_cli("report", "--help").stdout.split())
    assert "below this fraction of the target, 0.1 to 2 (default 1.0; e.g. 0.75)" in shown
    build_demo_journal(data_dir, 5, seed=3)
    result = run_cli("report", "--threshold", typed)
    assert result.returncode == (2 if refused else 0)
    assert ("fraction of the target, 0.1 to 2;" in result.stderr) is refused


def test_report_refuses_bad_arguments() -> None:
    result = run_cli("report", "--days", "zero")
    assert result.returncode != 0 and "not a whole number" in result.stderr
    result = run_cli("report", "--threshold", "7")
    assert result.returncode != 0 and "fraction of the target" in result.stderr


def test_report_module_imports_no_textual() -> None:
    code = (
        "import sys, journal.cli, journal.shell.report_cmd, journal.core.report.text;"
        "print('textual' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert out.stdout.strip() == "False"


def test_report_from_to_reaches_an_imported_year(data_dir: Path) -> None:
    from datetime import date

    from journal.store.journal import Journal
    from tests.helpers import food

    journal = Journal.open(data_dir)
    for day in (date(2024, 3, 1), date(2024, 6, 1), date(2024, 12, 31), date(2025, 1, 2)):
        journal.add(food(day, "Almonds", mg=76.0))
    done = run_cli("report", "--from", "2024-01-01", "--to", "2024-12-31")
    assert done.returncode == 0, done.stderr
    assert "1 Jan 2024 to 31 Dec 2024 (the dates asked for)" in done.stdout
    assert "3 of 366 days logged" in done.stdout  # 2025's day is outside
    wrong = run_cli("report", "--from", "2024-12-31", "--to", "2024-01-01")
    assert wrong.returncode == 2 and "--from: 2024-12-31 is after --to (2024-01-01)" in wrong.stderr
    both = run_cli("report", "--from", "2024-01-01", "--days", "30")
    assert both.returncode != 0 and "not allowed with" in both.stderr


def test_my_symptom_is_the_question_and_the_default_period_is_stated(data_dir: Path) -> None:
    build_demo_journal(data_dir, 400, seed=2)
    before = run_cli("report")
    assert before.returncode == 0, before.stderr
    assert "(last 90 days)" in before.stdout  # the dashboard's default, stated
    answer = before.stdout.split("Answer\n", 1)[1].splitlines()[0]
    assert answer.split(": ", 1)[1].startswith("Symptoms were logged on")
    set_ = run_cli("profile", "--my-symptom", "Cramp")
    assert set_.returncode == 0, set_.stderr
    assert "My symptom:   cramp" in set_.stdout
    after = run_cli("report")
    answer = after.stdout.split("Answer\n", 1)[1].splitlines()[0]
    assert answer.split(": ", 1)[1].startswith("Cramps were logged on")
    assert run_cli("profile", "--my-symptom", "any").returncode == 0
    again = run_cli("report").stdout.split("Answer\n", 1)[1].splitlines()[0]
    assert "Symptoms were logged on" in again


def test_days_all_reports_the_whole_journal(data_dir: Path) -> None:
    from datetime import date

    from journal.store.journal import Journal
    from tests.helpers import food

    Journal.open(data_dir).add(food(date(2021, 5, 1), "Almonds"))
    done = run_cli("report", "--days", "all")
    assert done.returncode == 0, done.stderr
    assert "(all days)" in done.stdout and "1 May 2021" in done.stdout
    assert "1 May 2021" not in run_cli("report").stdout  # the default: the last 90 days


def test_dash_as_the_output_is_standard_output(data_dir: Path) -> None:
    """A helper's report: `-o -` wrote a file named '-' (run where the suite runs, as
    a subprocess in another folder cannot be run under mutation testing)."""
    build_demo_journal(data_dir, days=3)
    stray = Path("-")
    assert not stray.exists()
    try:
        shown = run_cli("report", "--format", "markdown", "-o", "-")
        assert shown.returncode == 0 and shown.stdout.startswith("# "), shown.stderr
        refused = run_cli("export", "--format", "json", "-o", "-")
        assert refused.returncode == 2 and "not standard output" in refused.stderr
        assert not stray.exists()
    finally:
        stray.unlink(missing_ok=True)


def test_the_target_says_where_it_comes_from_as_the_doctors_page_does(data_dir: Path) -> None:
    """`report` said 'Target 360 mg; ...' while the doctor's page said which RDA row gave
    360 (pregnancy, 31-50 years): the same sentence now opens both."""
    run_cli("profile", "--sex", "female", "--born", "1992", "--pregnant")
    assert run_cli("eat", "almonds 1 oz", "--date", "yesterday").returncode == 0
    said = (
        "360 mg of magnesium a day: RDA in pregnancy, age 31-50 years; US National Academies, "
        "as published by the NIH Office of Dietary Supplements, Magnesium fact sheet. A low "
        "day is below 360 mg (the target)."
    )
    text = run_cli("report").stdout.splitlines()
    assert text[1] == f"Target {said}"
    page = run_cli("report", "--format", "html").stdout
    assert f"<p><strong>360 mg</strong>{said.removeprefix('360 mg')}</p>" in page
