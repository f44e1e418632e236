"""A day after today given to --date ("tomorrow", "+2", 2027-01-01) is named as a day to
come: `list` says nothing is logged on it, as on any empty day; the commands that log
say the journal logs days up to today. Before, "tomorrow" was "not a day" (as if
misspelt) and a later date "in the future; log what has happened"."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from journal.store.journal import Journal
from tests.helpers import run_cli

TODAY = date(2026, 11, 25)  # the pinned clock's day (tests/conftest.py)
UP_TO_TODAY = "a day to come; the journal logs days up to today (2026-11-25)"


@pytest.mark.parametrize(
    ("day", "said"),
    [
        ("tomorrow", "Nothing logged on 2026-11-26: a day to come (today is 2026-11-25).\n"),
        ("+2", "Nothing logged on 2026-11-27: a day to come (today is 2026-11-25).\n"),
        ("2027-01-01", "Nothing logged on 2027-01-01: a day to come (today is 2026-11-25).\n"),
    ],
)
def test_list_of_a_day_to_come_says_nothing_is_logged(data_dir: Path, day: str, said: str) -> None:
    assert run_cli("log", "cramp").returncode == 0  # a journal with today in it
    listed = run_cli("list", "--date", day)
    assert (listed.returncode, listed.stdout, listed.stderr) == (0, said, "")


def test_list_of_days_to_come_says_them_as_a_span(data_dir: Path) -> None:
    assert run_cli("log", "cramp").returncode == 0
    listed = run_cli("list", "--date", "+3", "--days", "3")
    assert listed.returncode == 0
    assert listed.stdout == (
        "Nothing logged on 2026-11-26 to 2026-11-28: days to come (today is 2026-11-25).\n"
    )


def test_list_of_a_span_reaching_past_today_lists_up_to_today(data_dir: Path) -> None:
    assert run_cli("log", "cramp").returncode == 0
    listed = run_cli("list", "--date", "tomorrow", "--days", "2")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.startswith("2026-11-25 Wednesday")
    assert "cramp" in listed.stdout and "2026-11-26" not in listed.stdout


def test_list_of_a_day_to_come_still_needs_a_journal(tmp_path: Path) -> None:
    refused = run_cli("--data-dir", str(tmp_path / "nowhere"), "list", "--date", "tomorrow")
    assert refused.returncode == 1
    assert refused.stderr.startswith("mg-journal: there is no journal in ")


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("eat", "banana", "--date", "tomorrow"), f"'tomorrow' is 2026-11-26, {UP_TO_TODAY}"),
        (("eat", "banana", "--date", "2027-01-01"), f"2027-01-01 is {UP_TO_TODAY}"),
        (("log", "cramp", "--date", "tomorrow"), f"'tomorrow' is 2026-11-26, {UP_TO_TODAY}"),
        (("log", "exercise", "30", "--date", "+1"), f"'+1' is 2026-11-26, {UP_TO_TODAY}"),
        (("log", "cramp", "--date", "2026-11-26"), f"2026-11-26 is {UP_TO_TODAY}"),
    ],
)
def test_logging_on_a_day_to_come_is_refused_in_one_line(
    data_dir: Path, args: tuple[str, ...], said: str
) -> None:
    assert run_cli("log", "cramp").returncode == 0
    refused = run_cli(*args)
    assert refused.returncode == 2 and refused.stdout == ""
    assert refused.stderr == f"mg-journal: date: {said}\n"
    journal = Journal.open(data_dir)
    assert [
        len(day.foods) + len(day.symptoms) + len(day.factors)
        for day in journal.days(date(2026, 11, 1), date(2027, 1, 31))
    ] == [1]  # the cramp logged first, and nothing else


def test_a_word_that_is_no_day_gets_examples_true_today(data_dir: Path) -> None:
    refused = run_cli("log", "cramp", "--date", "someday")
    # Today is Wednesday 2026-11-25: three days back is Sunday 2026-11-22 (before, the
    # hint gave 2026-11-03 on every day, later a month and more old).
    assert refused.stderr == (
        "mg-journal: date: 'someday' is not a day; try 2026-11-22, yesterday, -3, "
        "3 days ago or sun\n"
    )
