"""A trial's goalposts from the command line: no pairs added once the stopping rule gave
its answer, and no benefit moved once the seal is open (AHRQ 2014: both fixed before the
data). The plan: 3 pairs of 21-day periods after a 14-day run-in from Sun 1 Nov 2026,
blinded, the last day 20 Mar 2027; pair 2 ends on 6 Feb 2027."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from tests.unit.shell.trial_steps import at as _at
from tests.unit.shell.trial_steps import files as _files


def _started(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["trial", "plan", "glycinate", "300", "--seed", "42", "--against", "placebo"]
    assert _at("2026-11-01", *argv, "--blind") == 0
    assert _at("2026-11-01", "trial", "start") == 0
    capsys.readouterr()


def _cramps_off_magnesium(data_dir: Path, pairs: int) -> None:
    """Two cramps a day on every analysed placebo day, none on magnesium's (marked done)."""
    from journal.store import trial as store
    from journal.store.journal import Journal

    trial = store.load_trial(Journal(data_dir))
    assert trial is not None
    for period in trial.periods[: 2 * pairs]:
        day = period.analysed_from
        while day <= period.end:
            iso = day.isoformat()
            if trial.on_magnesium(period):
                assert _at(iso, "done", "--date", iso) == 0
            else:
                for _ in range(2):
                    assert _at(iso, "log", "cramp", "--date", iso) == 0
            day += timedelta(days=1)


@pytest.mark.usefixtures("unpinned")
def test_no_pair_is_added_once_the_stopping_rule_has_its_answer(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before: 'trial amend pairs 4' the day after the end, the benefit likely and the
    stopping rule met, was taken ('Amended 21 Mar 2027: pairs: 3 -> 4')."""
    _started(capsys)
    _cramps_off_magnesium(data_dir, 3)
    capsys.readouterr()
    before = _files(data_dir)
    assert _at("2027-03-21", "trial", "amend", "pairs", "4", "--reason", "x") == 2
    assert capsys.readouterr().err == (
        "mg-journal: pairs: the stopping rule is met, and it was fixed before the start: "
        "more pairs are only for an unclear answer; stop the trial (mg-journal trial stop)\n"
    )
    assert _files(data_dir) == before
    # opened, the answer may be named: it still refuses, saying which
    assert _at("2027-03-21", "trial", "unseal") == 0
    capsys.readouterr()
    assert _at("2027-03-21", "trial", "amend", "pairs", "4") == 2
    assert "rule is met (the benefit is likely), and" in capsys.readouterr().err


@pytest.mark.usefixtures("unpinned")
def test_more_pairs_still_follow_an_answer_not_yet_given(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The boundary: one pair of data is not the stopping rule met, so a 4th pair may
    still be planned in (the unclear end's own advice is tested in test_trial_walk)."""
    _started(capsys)
    _cramps_off_magnesium(data_dir, 1)
    assert _at("2027-01-10", "trial", "amend", "pairs", "4", "--reason", "more") == 0
    assert "Amended 10 Jan 2027: pairs: 3 -> 4" in capsys.readouterr().out


@pytest.mark.usefixtures("unpinned")
def test_the_benefit_stays_once_the_seal_is_open(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before: unsealed early (--yes) on 8 Feb 2027, 'trial amend benefit 2' was taken,
    and the verdict recomputed against a goal chosen after seeing the data."""
    _started(capsys)
    assert _at("2027-02-08", "trial", "amend", "benefit", "2", "--reason", "sealed") == 0
    assert _at("2027-02-08", "trial", "unseal", "--yes") == 0
    capsys.readouterr()
    before = _files(data_dir)
    assert _at("2027-02-09", "trial", "amend", "benefit", "1.5", "--reason", "x") == 2
    assert capsys.readouterr().err == (
        "mg-journal: benefit: the seal was opened on 8 Feb 2027: the benefit sought was "
        "fixed before seeing the data and cannot move after\n"
    )
    assert _files(data_dir) == before
    assert _at("2027-02-09", "trial", "amend", "pairs", "4", "--reason", "x") == 0


@pytest.mark.usefixtures("unpinned")
def test_a_sealed_trial_whose_rule_is_met_says_how_to_stop(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before: "The stopping rule is met: the trial can end." and nothing of how."""
    _started(capsys)
    _cramps_off_magnesium(data_dir, 2)
    capsys.readouterr()
    assert _at("2027-02-08", "trial", "status") == 0
    assert (
        "Sealed: the result shows once the seal is opened. The stopping rule is met: the "
        "trial can end (to stop it: `mg-journal trial stop`).\n"
    ) in capsys.readouterr().out
