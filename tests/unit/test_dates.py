"""Going to a day by what a person types (Wednesday 2026-11-25 is today in these tests)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from journal.core.dates import DayToCome, examples, parse_day
from journal.core.validate import ValidationError

TODAY = date(2026, 11, 25)  # a Wednesday


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("2026-11-03", date(2026, 11, 3)),
        ("2026-1-3", date(2026, 1, 3)),
        ("  2026-11-25 ", TODAY),
        ("today", TODAY),
        ("T", TODAY),
        ("yesterday", date(2026, 11, 24)),
        ("Yesterday", date(2026, 11, 24)),
        ("-3", date(2026, 11, 22)),
        ("- 3", date(2026, 11, 22)),
        ("-0", TODAY),
        ("-30", date(2026, 10, 26)),
        ("3 days ago", date(2026, 11, 22)),
        ("1 day ago", date(2026, 11, 24)),
        ("tue", date(2026, 11, 24)),
        ("mon", date(2026, 11, 23)),
        ("Monday", date(2026, 11, 23)),
        ("thu", date(2026, 11, 19)),
        ("sun", date(2026, 11, 22)),
        ("wed", date(2026, 11, 18)),  # today is excluded: a week back
        ("wednesday", date(2026, 11, 18)),
    ],
)
def test_days_people_type(typed: str, day: date) -> None:
    assert parse_day(typed, TODAY) == day


# Today is Wednesday 2026-11-25: the hint's examples name three days back, Sunday
# 2026-11-22 (before: "2026-11-03", fixed, and stale, or not yet come, on other days).
HINT = "2026-11-22, yesterday, -3, 3 days ago or sun"
TO_COME = "a day to come; the journal logs days up to today (2026-11-25)"


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", f"type a day: {HINT}"),
        ("   ", f"type a day: {HINT}"),
        ("2026-02-30", "'2026-02-30' is not a real date (day is out of range for month)"),
        ("1899-12-31", "1899-12-31 is before 1900"),
        ("-100000", "100000 days ago is before 1900"),
        ("mo", f"'mo' is not a day; try {HINT}"),
        ("[bold]x", f"'[bold]x' is not a day; try {HINT}"),
        ("+99999999", f"'+99999999' is not a day; try {HINT}"),
    ],
)
def test_what_is_refused_says_why(typed: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_day(typed, TODAY)
    assert caught.value.field == "date"
    assert caught.value.message == message
    assert not isinstance(caught.value, DayToCome)


@pytest.mark.parametrize(
    ("typed", "day", "message"),
    [
        # Before: "'tomorrow' is not a day; try 2026-11-03, ...", as if misspelt.
        ("tomorrow", date(2026, 11, 26), f"'tomorrow' is 2026-11-26, {TO_COME}"),
        ("Tomorrow", date(2026, 11, 26), f"'Tomorrow' is 2026-11-26, {TO_COME}"),
        ("+1", date(2026, 11, 26), f"'+1' is 2026-11-26, {TO_COME}"),
        ("+ 7", date(2026, 12, 2), f"'+ 7' is 2026-12-02, {TO_COME}"),
        # Before: "2026-11-26 is in the future; log what has happened".
        ("2026-11-26", date(2026, 11, 26), f"2026-11-26 is {TO_COME}"),
        ("2027-01-01", date(2027, 1, 1), f"2027-01-01 is {TO_COME}"),
    ],
)
def test_a_day_to_come_is_named_and_refused_as_such(typed: str, day: date, message: str) -> None:
    with pytest.raises(DayToCome) as caught:
        parse_day(typed, TODAY)
    assert caught.value.field == "date"
    assert caught.value.day == day
    assert caught.value.message == message


def test_today_is_the_last_day_taken() -> None:
    assert parse_day("2026-11-25", TODAY) == TODAY
    assert parse_day("+0", TODAY) == TODAY


@pytest.mark.parametrize("offset", range(-400, 400, 37))
def test_every_example_of_the_hint_is_a_day_it_takes(offset: int) -> None:
    today = TODAY + timedelta(days=offset)
    hint = examples(today)
    typed = [word for part in hint.split(", ") for word in part.split(" or ")]
    assert len(typed) == 5
    days = [parse_day(word, today) for word in typed]
    assert days[1] == today - timedelta(days=1)
    assert set(days[:1] + days[2:]) == {today - timedelta(days=3)}


def test_weekday_is_always_within_the_last_week() -> None:
    for offset in range(7):
        today = date(2026, 11, 23 + offset)
        for name in ("mon", "tue", "wed", "thu", "fri", "sat", "sun"):
            day = parse_day(name, today)
            assert 1 <= (today - day).days <= 7
            assert day.strftime("%a").lower() == name
