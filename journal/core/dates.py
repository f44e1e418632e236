"""What a person types to go to a day: `2026-11-03`, `yesterday`, `-3`, `3 days ago`, `mon`.

A weekday name means the most recent such day BEFORE today: on a Wednesday,
`wed` is a week ago (type `today` or `t` for today). The journal records what
has happened, so a day after today is refused, as `parse_date` does.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from journal.core.validate import EARLIEST_DATE, ValidationError

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
EXAMPLES = "2026-11-03, yesterday, -3, 3 days ago or mon"
FUTURE = "is in the future; log what has happened"
_DAYS_AGO = re.compile(r"^(?:-\s*(\d+)|(\d+)\s*days?\s+ago)$")


def _weekday(word: str) -> int | None:
    """Monday=0 for `mon`, `monday` (any prefix of three letters or more)."""
    if len(word) < 3:
        return None
    return next((i for i, name in enumerate(WEEKDAYS) if name.startswith(word)), None)


def parse_day(text: str, today: date, field: str = "date") -> date:
    """The day `text` names, counted from `today`; ValidationError if none or in the future."""
    word = " ".join(text.strip().lower().split())
    if not word:
        raise ValidationError(field, f"type a day: {EXAMPLES}")
    if word in ("today", "t"):
        return today
    if word in ("yesterday", "y"):
        return today - timedelta(days=1)
    if match := _DAYS_AGO.match(word):
        days = int(match.group(1) or match.group(2))
        if days > (today - EARLIEST_DATE).days:
            raise ValidationError(field, f"{days} days ago is before {EARLIEST_DATE.year}")
        return today - timedelta(days=days)
    if word.startswith("+"):
        raise ValidationError(field, f"'{text.strip()}' {FUTURE}")
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
            raise ValidationError(field, f"{named.isoformat()} {FUTURE}")
        if named < EARLIEST_DATE:
            raise ValidationError(field, f"{named.isoformat()} is before {EARLIEST_DATE.year}")
        return named
    raise ValidationError(field, f"'{text.strip()}' is not a day; try {EXAMPLES}")
