"""A food backfilled on a past day: its meal and time do not come from today's clock (a
reviewer's report: at 08:40 every food logged with --date yesterday was breakfast at
08:00, though `eat --help` said --meal was by the time and --time now)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from journal.core.entries.kinds import MEAL_TIMES
from journal.store.journal import Journal
from tests.helpers import run_cli

# The tests' clock: 2026-11-25 09:30 (breakfast time)
PAST = "2026-11-20"


def _logged(data_dir: Path, day: str) -> list[tuple[str, str]]:
    foods = Journal.open(data_dir).day(date.fromisoformat(day)).foods
    return [(f.meal, f"{f.time:%H:%M}") for f in foods]


@pytest.mark.parametrize(
    ("options", "meal", "at"),
    [
        ((), "lunch", "12:30"),  # midday's meal, at its usual time; was breakfast 08:00
        (("--meal", "dinner"), "dinner", "18:30"),
        (("--meal", "snack"), "snack", "15:30"),
        (("--time", "19:10"), "dinner", "19:10"),  # the time given says the meal
        (("--time", "15:30"), "snack", "15:30"),
        (("--time", "07:00", "--meal", "lunch"), "lunch", "07:00"),  # both as given
    ],
)
def test_a_past_days_meal_and_time(
    data_dir: Path, options: tuple[str, ...], meal: str, at: str
) -> None:
    done = run_cli("eat", "banana", "--date", PAST, *options)
    assert done.returncode == 0, done.stderr
    assert f"; {meal} {PAST} {at} [" in done.stdout
    assert _logged(data_dir, PAST) == [(meal, at)]


def test_today_takes_the_clock(data_dir: Path) -> None:
    done = run_cli("eat", "banana")
    assert "; breakfast 2026-11-25 09:30 [" in done.stdout


def test_eat_help_says_what_a_past_day_takes() -> None:
    shown = " ".join(run_cli("eat", "--help").stdout.split())
    assert "--time HH:MM, --at HH:MM default: now; on a past day, the meal's usual time:" in shown
    for meal, at in MEAL_TIMES.items():
        assert f"{meal} {at:%H:%M}" in shown
    assert "snack from 15:00, dinner from 17:00" in shown
    assert "on a past day with no --time, lunch)" in shown


def test_supplement_help_and_behaviour_agree_on_a_past_day(data_dir: Path) -> None:
    shown = " ".join(run_cli("supplement", "--help").stdout.split())
    assert "--time HH:MM, --at HH:MM default: now; 12:00 on a past day" in shown
    assert run_cli("supplement", "glycinate", "100", "--date", PAST).returncode == 0
    [taken] = Journal.open(data_dir).day(date.fromisoformat(PAST)).supplements
    assert f"{taken.time:%H:%M}" == "12:00"
