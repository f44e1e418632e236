"""Going to a day by what a person types (Wednesday 2026-11-25 is today in these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from journal.core.dates import parse_day
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


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "type a day: 2026-11-03, yesterday, -3, 3 days ago or mon"),
        ("   ", "type a day: 2026-11-03, yesterday, -3, 3 days ago or mon"),
        ("2026-11-26", "2026-11-26 is in the future; log what has happened"),
        ("+1", "'+1' is in the future; log what has happened"),
        ("2026-02-30", "'2026-02-30' is not a real date (day is out of range for month)"),
        ("1899-12-31", "1899-12-31 is before 1900"),
        ("-100000", "100000 days ago is before 1900"),
        ("tomorrow", "'tomorrow' is not a day; try 2026-11-03, yesterday, -3, 3 days ago or mon"),
        ("mo", "'mo' is not a day; try 2026-11-03, yesterday, -3, 3 days ago or mon"),
        ("[bold]x", "'[bold]x' is not a day; try 2026-11-03, yesterday, -3, 3 days ago or mon"),
    ],
)
def test_what_is_refused_says_why(typed: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_day(typed, TODAY)
    assert caught.value.field == "date"
    assert caught.value.message == message


def test_weekday_is_always_within_the_last_week() -> None:
    for offset in range(7):
        today = date(2026, 11, 23 + offset)
        for name in ("mon", "tue", "wed", "thu", "fri", "sat", "sun"):
            day = parse_day(name, today)
            assert 1 <= (today - day).days <= 7
            assert day.strftime("%a").lower() == name
