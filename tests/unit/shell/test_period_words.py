"""report and export take the days every other command takes: `report --from mon`,
`--from -30`, `--to yesterday` (they said "'yesterday' is not a date like 2026-11-03",
while `log`, `done`, `list` and `edit` took it)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from journal.core.validate import ValidationError, range_date
from journal.store.journal import Journal
from tests.helpers import food, run_cli

TODAY = date(2026, 11, 25)  # a Wednesday, the pinned clock's day (tests/conftest.py)


@pytest.mark.parametrize(
    ("words", "day"),
    [
        ("yesterday", date(2026, 11, 24)),
        ("-30", date(2026, 10, 26)),
        ("mon", date(2026, 11, 23)),
        ("3 days ago", date(2026, 11, 22)),
        ("today", TODAY),
        (" 2026-11-01 ", date(2026, 11, 1)),
    ],
)
def test_words_name_the_day_as_for_any_command(words: str, day: date) -> None:
    assert range_date(words, "--from") == day
    assert range_date(words, "--to", last=True) == day


@pytest.mark.parametrize(
    ("words", "said"),
    [
        ("xyz", "--from: 'xyz' is not a day; try 2026-11-22, yesterday, -3, 3 days ago or sun"),
        ("+3", "--from: 2026-11-28 is after today (2026-11-25): a period cannot start"),
        ("tomorrow", "--from: 2026-11-26 is after today (2026-11-25): a period cannot start"),
        ("2026-11-26", "--from: 2026-11-26 is after today (2026-11-25)"),
        ("2026-02-30", "--from: '2026-02-30' is not a date written YYYY-MM-DD"),
    ],
)
def test_what_names_no_day_before_tomorrow_is_refused(words: str, said: str) -> None:
    with pytest.raises(ValidationError) as refused:
        range_date(words, "--from")
    assert str(refused.value).startswith(said)


def test_report_and_export_from_words_read_the_days_named(data_dir: Path, tmp_path: Path) -> None:
    journal = Journal.open(data_dir)
    for day in (date(2026, 11, 22), date(2026, 11, 23), date(2026, 11, 24)):
        journal.add(food(day))
    words = run_cli("report", "--from", "mon", "--to", "yesterday")
    dates = run_cli("report", "--from", "2026-11-23", "--to", "2026-11-24")
    assert words.returncode == 0 and words.stdout == dates.stdout
    assert words.stdout.startswith("Mg Journal report, 23 Nov 2026 to 24 Nov 2026")
    out = tmp_path / "export.json"
    assert run_cli("export", "--format", "json", "--from", "mon", "-o", str(out)).returncode == 0
    foods = json.loads(out.read_text())["entries"]["foods"]
    assert sorted(f["date"] for f in foods) == ["2026-11-23", "2026-11-24"]


def test_a_period_back_to_front_is_said_alike_with_what_to_do(data_dir: Path) -> None:
    """report said "from: 2024-12-31 is after the last day 2024-01-01", export "--from is
    after --to; nothing was written": two wordings, and neither said which to change."""
    Journal.open(data_dir).add(food(date(2026, 11, 22)))
    said = (
        "mg-journal: --from: 2026-11-24 is after --to (2026-11-22); give the earlier day to --from"
    )
    report = run_cli("report", "--from", "yesterday", "--to", "2026-11-22")
    assert (report.returncode, report.stdout, report.stderr) == (2, "", said + "\n")
    export = run_cli("export", "--from", "yesterday", "--to", "-3", "-o", "x")
    assert (export.returncode, export.stdout) == (2, "")
    assert export.stderr == said + ". Nothing was written.\n"
