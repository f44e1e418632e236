"""A time is --time or --at on every command that takes one, as `edit` has always
taken both: `log cramp --time 06:30` was refused with "did you mean --note?", and
`eat banana --at 08:00` with "did you mean --date?", `supplement ... --at` with
"did you mean --salt?"."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from journal.store.journal import Journal
from tests.helpers import run_cli

TODAY = date(2026, 11, 25)  # the clock is pinned to 09:30 of it


@pytest.mark.parametrize("option", ["--time", "--at"])
@pytest.mark.parametrize(
    ("command", "table"),
    [
        (("log", "cramp"), "symptoms"),
        (("log", "exercise", "30"), "factors"),
        (("eat", "banana"), "foods"),
        (("supplement", "glycinate", "100"), "supplements"),
    ],
)
def test_either_name_sets_the_time(
    data_dir: Path, option: str, command: tuple[str, ...], table: str
) -> None:
    done = run_cli(*command, option, "06:30")
    assert done.returncode == 0, done.stderr
    [entry] = getattr(Journal.open(data_dir).day(TODAY), table)
    assert entry.time == time(6, 30)


@pytest.mark.parametrize("option", ["--time", "--at"])
@pytest.mark.parametrize("command", [("log", "cramp"), ("eat", "banana")])
def test_either_name_refuses_a_time_to_come_and_stores_nothing(
    data_dir: Path, option: str, command: tuple[str, ...]
) -> None:
    done = run_cli(*command, option, "09:31")
    assert (done.returncode, done.stdout) == (2, "")
    assert "09:31 is later than now (09:30)" in done.stderr
    assert done.stderr.count("\n") == 1
    assert not (data_dir / "entries").exists() or not any((data_dir / "entries").iterdir())
