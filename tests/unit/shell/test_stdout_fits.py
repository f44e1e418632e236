"""What the commands print on a terminal fits it: restore's "Restored from ... The
journal it replaced is kept in ..." and import's "Rows read: ...; duplicates (already in
the journal): ..." ran past an 80-column edge (printed, not fitted), while report's and
profile's lines wrapped. Piped, each stays one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from journal.cli import main
from tests.helpers import run_cli


@pytest.fixture
def narrow(monkeypatch: pytest.MonkeyPatch) -> None:
    """Standard output is a terminal 50 columns wide."""
    monkeypatch.setattr("journal.shell.fit.columns", lambda stream=None: 50)


def test_restore_and_import_fit_the_terminal(
    data_dir: Path, tmp_path: Path, narrow: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["log", "cramp", "--severity", "2"]) == 0
    assert main(["backup", "-o", str(tmp_path / "b.zip")]) == 0
    assert main(["export", "--format", "json", "-o", str(tmp_path / "d.json")]) == 0
    capsys.readouterr()
    assert main(["restore", str(tmp_path / "b.zip")]) == 0
    restored = capsys.readouterr().out
    said = f"Restored from {tmp_path / 'b.zip'}. The journal it replaced is kept in"
    assert " ".join(restored.split()).startswith(said)  # every word, in order
    for line in restored.splitlines():  # only a path, one word, may run over
        assert len(line) <= 50 or len(line.split()) == 1, restored
    assert main(["import", "json", str(tmp_path / "d.json")]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Rows read: 1; imported: 0; duplicates (already in",
        "the journal): 1; skipped: 0.",
    ]


def test_piped_they_stay_one_line(data_dir: Path, tmp_path: Path) -> None:
    assert run_cli("log", "cramp", "--severity", "2").returncode == 0
    assert run_cli("export", "--format", "json", "-o", str(tmp_path / "d.json")).returncode == 0
    done = run_cli("import", "json", str(tmp_path / "d.json"))
    assert done.stdout.splitlines()[0] == (
        "Rows read: 1; imported: 0; duplicates (already in the journal): 1; skipped: 0."
    )


def test_a_trial_plan_fits_each_line_going_on_indented(
    data_dir: Path, narrow: None, capsys: pytest.CaptureFixture[str]
) -> None:
    """`trial plan` printed its plan a line a statement, up to 190 columns wide."""
    assert main(["trial", "plan", "glycinate", "300", "--seed", "7"]) == 0
    shown = capsys.readouterr().out.splitlines()
    assert max(len(line) for line in shown) <= 50, shown
    at = shown.index("3 pairs of 21-day periods, order drawn within each")
    assert shown[at + 1] == "  pair from seed 7; the first 10 days of each"  # seen to go on


def test_the_trials_text_report_fits_and_its_markdown_stays_whole(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`trial report` printed its protocol lines up to 170 columns wide on a terminal."""
    assert main(["trial", "plan", "glycinate", "300", "--seed", "7"]) == 0
    capsys.readouterr()
    assert main(["trial", "report"]) == 0
    whole = capsys.readouterr().out
    monkeypatch.setattr("journal.shell.fit.columns", lambda stream=None: 60)
    assert main(["trial", "report"]) == 0
    shown = capsys.readouterr().out
    assert max(len(line) for line in shown.splitlines()) <= 60, shown
    assert shown.split() == whole.split()  # every word, in order
    assert "  3 pairs of 21-day periods, order drawn within each pair\n    from seed 7;" in shown
    assert main(["trial", "report", "--format", "markdown"]) == 0
    markdown = capsys.readouterr().out
    assert max(len(line) for line in markdown.splitlines()) > 60  # a file's text, as it is
