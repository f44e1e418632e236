"""A period to read (`report`, `export`) that starts or ends after today is refused
as a period, in one line; "is in the future; log what has happened" was said for
logging an entry."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from journal.core.validate import ValidationError, range_date
from tests.helpers import run_cli

TODAY = date(2026, 11, 25)  # the pinned clock's day (tests/conftest.py)


def test_today_starts_a_period_and_tomorrow_does_not() -> None:
    assert range_date("2026-11-25", "--from") == TODAY
    assert range_date("2026-11-25", "--to", last=True) == TODAY
    with pytest.raises(ValidationError, match="a period cannot start after today"):
        range_date("2026-11-26", "--from")
    with pytest.raises(ValidationError, match="a period cannot end after today"):
        range_date("2026-11-26", "--to", last=True)


@pytest.mark.parametrize(
    ("args", "ends"),
    [
        (("export", "--from", "2026-11-30"), "start"),
        (("report", "--from", "2026-12-01"), "start"),
        (("report", "--to", "2026-12-01"), "end"),
        (("export", "--to", "2026-11-26"), "end"),
    ],
)
def test_a_period_after_today_says_so_in_one_line(
    data_dir: Path, args: tuple[str, ...], ends: str
) -> None:
    assert run_cli("log", "cramp").returncode == 0  # a journal to read
    result = run_cli(*args)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "log what has happened" not in result.stderr
    assert (
        f"is after today (2026-11-25): a period cannot {ends} after today; "
        "give today or an earlier day"
    ) in result.stderr
