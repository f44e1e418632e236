"""What a person types to go to a day: `2026-11-03`, `yesterday`, `-3`, `3 days ago`, `mon`.

A weekday name means the most recent such day BEFORE today: on a Wednesday,
`wed` is a week ago (type `today` or `t` for today). The journal records what
has happened, so a day after today (`tomorrow`, `+2`, a later date) is refused as
`DayToCome`, which names the day: `list` says nothing is logged on it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from journal.core.validate import EARLIEST_DATE, ValidationError

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAYS_AGO = re.compile(r"^(?:-\s*(\d+)|(\d+)\s*days?\s+ago)$")
_DAYS_AHEAD = re.compile(r"^\+\s*(\d+)$")
_TOMORROW = ("tomorrow", "tmrw", "tmr")


def examples(today: date) -> str:
    """What may be typed, each naming the same day but "yesterday" (three days back):
    a fixed date went stale (2026-11-03 given in December, or before it came)."""
    back = today - timedelta(days=3)
    return f"{back.isoformat()}, yesterday, -3, 3 days ago or {WEEKDAYS[back.weekday()][:3]}"


class DayToCome(ValidationError):
    """A day after today, named rightly: the journal logs days up to today."""

    def __init__(self, field: str, day: date, today: date, typed: str = "") -> None:
        # "'tomorrow' is 2026-12-08, a day to come", or "2027-01-01 is a day to come"
        said = f"{typed!r} is {day.isoformat()}," if typed else f"{day.isoformat()} is"
        super().__init__(
            field,
            f"{said} a day to come; the journal logs days up to today ({today.isoformat()})",
        )
        self.day = day


def _weekday(word: str) -> int | None:
    """Monday=0 for `mon`, `monday` (any prefix of three letters or more)."""
    if len(word) < 3:
        return None
    return next((i for i, name in enumerate(WEEKDAYS) if name.startswith(word)), None)


def parse_day(text: str, today: date, field: str = "date") -> date:
    """The day `text` names, counted from `today`; ValidationError if none, DayToCome if
    after today."""
    word = " ".join(text.strip().lower().split())
    if not word:
        raise ValidationError(field, f"type a day: {examples(today)}")
    if word in ("today", "t"):
        return today
    if word in ("yesterday", "y"):
        return today - timedelta(days=1)
    if match := _DAYS_AGO.match(word):
        days = int(match.group(1) or match.group(2))
        if days > (today - EARLIEST_DATE).days:
            raise ValidationError(field, f"{days} days ago is before {EARLIEST_DATE.year}")
        return today - timedelta(days=days)
    ahead = _DAYS_AHEAD.match(word)
    if word in _TOMORROW or ahead:
        days = int(ahead[1]) if ahead else 1
        if days == 0:  # "+0", as "-0"
            return today
        if days > (date.max - today).days:
            raise ValidationError(field, f"'{text.strip()}' is not a day; try {examples(today)}")
        raise DayToCome(field, today + timedelta(days=days), today, text.strip())
    weekday = _weekday(word)
    if weekday is not None:
        back = (today.weekday() - weekday - 1) % 7 + 1  # 1..7: today itself is excluded
        return today - timedelta(days=back)
    if re.match(r"^\d{4}-\d{1,2}-\d{1,2}$", word):
        year, month, day = (int(part) for part in word.split("-"))
        try:
            named = date(year, month, day)
        except ValueError as exc:
            raise ValidationError(field, f"'{text.strip()}' is not a real date ({exc})") from None
        if named > today:
            raise DayToCome(field, named, today)
        if named < EARLIEST_DATE:
            raise ValidationError(field, f"{named.isoformat()} is before {EARLIEST_DATE.year}")
        return named
    raise ValidationError(field, f"'{text.strip()}' is not a day; try {examples(today)}")
