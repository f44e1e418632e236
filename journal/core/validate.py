"""Checks shared by every way into the journal: the TUI forms, the shell and imports.

Each check returns the clean value or raises `ValidationError` naming the field,
so a form can show the message beside the field and the shell can print it.
"""

from __future__ import annotations

import math
import re
from datetime import date, time

from journal.core import clock

MAX_NAME = 200
MAX_NOTE = 10_000
EARLIEST_DATE = date(1900, 1, 1)


class ValidationError(ValueError):
    """A value a person gave that the journal will not store."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class NotFound(ValidationError):
    """What a person named (an entry's id, an own food) is not in the journal: a refusal,
    said with exit status 1 as other not-found cases are, not a mistyped line (2)."""


# Unicode category Cc: the C0 and C1 controls (escape sequences start with one).
# Cf is allowed: emoji joiners and right-to-left marks are things people type.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def _has_control(text: str) -> bool:
    return _CONTROL.search(text) is not None


def name(value: object, field: str = "name", maximum: int = MAX_NAME) -> str:
    """A non-empty single-line name, stored exactly as typed (after trimming)."""
    if not isinstance(value, str):
        raise ValidationError(field, "must be text")
    text = value.strip()
    if not text:
        raise ValidationError(field, "must not be empty")
    if len(text) > maximum:
        raise ValidationError(
            field, f"is too long ({len(text)} characters); shorten it to {maximum:,}"
        )
    if _has_control(text):
        raise ValidationError(field, "contains control characters; type plain text")
    return text


_ENTRY_ID = re.compile(r"[0-9a-f]{32}")


def entry_id(value: object, field: str = "id") -> str:
    """An entry id as every writer makes it: 32 lowercase hex digits (a uuid's hex).

    An id is printed by `list` and matched by `edit`: one from an imported file
    must not carry a path, an escape sequence or 100,000 characters.
    """
    if not isinstance(value, str) or not _ENTRY_ID.fullmatch(value):
        shown = repr(value)[:40] if isinstance(value, str) else type(value).__name__
        raise ValidationError(field, f"{shown} is not an entry id (32 hex digits)")
    return value


def note(value: object, field: str = "note") -> str:
    """Free text that may be empty; control characters are refused, markup is kept as text."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(field, "must be text")
    if len(value) > MAX_NOTE:
        raise ValidationError(
            field, f"is too long ({len(value)} characters); shorten it to {MAX_NOTE:,}"
        )
    if _has_control(value):
        raise ValidationError(field, "contains control characters; type plain text")
    return value


# A comma before exactly three digits: a thousands separator as often as a decimal comma.
THOUSANDS = re.compile(r"\d{1,3}(,\d{3})+")


def amount(
    value: object,
    field: str,
    *,
    maximum: float,
    allow_zero: bool = False,
) -> float:
    """A finite, positive number no larger than `maximum` (a sanity bound, not a health limit)."""
    if isinstance(value, bool):
        raise ValidationError(field, "must be a number")
    if isinstance(value, str):
        if THOUSANDS.fullmatch(value.strip()):  # 1,025: a thousand and 25, or 1.025?
            raise ValidationError(
                field,
                f"'{value.strip()}' could be {value.strip().replace(',', '')} or "
                f"{value.strip().replace(',', '.')}: write it without the comma, or with a point",
            )
        text = value.strip().replace(",", ".")
        try:
            value = float(text)
        except ValueError:
            raise ValidationError(
                field, f"'{value}' is not a number; type digits, e.g. 40"
            ) from None
    if not isinstance(value, int | float):
        raise ValidationError(field, "must be a number")
    number = float(value)
    if not math.isfinite(number):
        raise ValidationError(field, "must be a finite number; type digits, e.g. 40")
    if number < 0 or (number == 0 and not allow_zero):
        least = "0 or more" if allow_zero else "more than 0"
        raise ValidationError(field, f"{number:.15g} is too little; give {least}")
    if number > maximum:
        # 15 digits, not :g's 6: 1234567 was quoted back as "1.23457e+06".
        raise ValidationError(
            field, f"{number:.15g} is more than the most allowed ({maximum:g}); give less"
        )
    return number


_MG = re.compile(r"^(.*\d)\s*mg$", re.IGNORECASE)


def without_mg(value: object) -> object:
    """ "300mg" or "300 mg" as 300, where a figure in mg is asked for: the label's way
    of writing it was refused as "not a number". Other units stay to be refused."""
    if isinstance(value, str):
        match = _MG.match(value.strip())
        if match:
            return match.group(1)
    return value


def optional_amount(
    value: object, field: str, *, maximum: float, allow_zero: bool = True
) -> float | None:
    """Like `amount`, but None (unknown) stays None: unknown is never read as zero."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return amount(value, field, maximum=maximum, allow_zero=allow_zero)


def did_you_mean(word: str, choices: dict[str, str]) -> str:
    """' (did you mean 'glycinate'?)' for the choice (its key) `word` is closest to,
    naming its value; '' when none is close. One wording for every mistyped choice."""
    import difflib  # only for a word already refused

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{choices[close[0]]}'?)" if close else ""


def severity(value: object, field: str = "severity") -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValidationError(field, "must be a whole number from 1 to 5")
    try:
        number = int(str(value).strip()) if not isinstance(value, int) else value
    except ValueError:
        raise ValidationError(field, "must be a whole number from 1 to 5") from None
    if not 1 <= number <= 5:
        raise ValidationError(field, f"{number} is outside 1 to 5; give 1 (mild) to 5 (worst)")
    return number


_TIME = re.compile(r"^(\d{1,2})[:.h]?(\d{2})$")
_CLOCK_12 = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?m?\.?$")  # 7am, 7:30 p.m.


def parse_time(value: object, field: str = "time") -> time:
    """'06:30', '6:30', '0630', '7am', '7:30 pm' or a `time`; seconds are dropped."""
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0, tzinfo=None)
    if not isinstance(value, str):
        raise ValidationError(field, "must be a time like 06:30")
    text = value.strip().lower()
    if not text:  # "'' is not a time" quoted nothing
        raise ValidationError(field, "empty; type one like 06:30 or 7am")
    twelve = _CLOCK_12.match(text)
    if twelve:
        hour, minute = int(twelve[1]), int(twelve[2] or 0)
        if not 1 <= hour <= 12 or minute > 59:
            raise ValidationError(field, f"'{value}' is not a time of day (12am to 11:59pm)")
        return time(hour % 12 + (12 if twelve[3] == "p" else 0), minute)
    match = _TIME.match(text)
    if not match:
        raise ValidationError(field, f"'{value}' is not a time like 06:30 or 7am")
    hour, minute = int(match[1]), int(match[2])
    if hour > 23 or minute > 59:
        raise ValidationError(field, f"'{value}' is not a time of day (00:00 to 23:59)")
    return time(hour, minute)


def parse_date(value: object, field: str = "date") -> date:
    """An ISO date (or a `date`) that is not in the future: the journal records what happened."""
    day = _iso_day(value, field)
    if day > clock.today():
        raise ValidationError(field, f"{day.isoformat()} is in the future; log what has happened")
    return day


def after_to(start: date, end: date) -> str:
    """A period given back to front, said alike by report and export."""
    return f"{start.isoformat()} is after --to ({end.isoformat()}); give the earlier day to --from"


def range_date(value: object, field: str, last: bool = False) -> date:
    """The first (`last`: the last) day of a period to read, a date or words for one
    (`parse_day`); a day after today (a date, "tomorrow") is said as a period's, not as
    an entry's ("the journal logs days up to today")."""
    today = clock.today()
    if isinstance(value, str) and not re.match(r"\s*\d{4}-", value):
        from journal.core.dates import DayToCome, parse_day  # dates imports this module

        # "yesterday", "-30", "mon", "3 days ago", as every other command's --date
        try:
            return parse_day(value, today, field)
        except DayToCome as exc:  # "tomorrow": said as a period's day, as a date is below
            day = exc.day
    else:
        day = _iso_day(value, field)
    if day > today:
        ends = "end" if last else "start"
        raise ValidationError(
            field,
            f"{day.isoformat()} is after today ({today.isoformat()}): a period cannot {ends} "
            "after today; give today or an earlier day",
        )
    return day


def _iso_day(value: object, field: str) -> date:
    if isinstance(value, date):
        day = value
    elif isinstance(value, str):
        try:
            day = date.fromisoformat(value.strip())
        except ValueError:
            raise ValidationError(field, f"'{value}' is not a date written YYYY-MM-DD") from None
    else:
        raise ValidationError(field, "must be a date written YYYY-MM-DD")
    if day < EARLIEST_DATE:
        raise ValidationError(
            field, f"{day.isoformat()} is before {EARLIEST_DATE.year}; give a date from 1900 on"
        )
    return day


def not_later_today(day: date, at: time, field: str = "time") -> time:
    """`at`, unless `day` is today and `at` has not come yet: the journal records what
    happened (a date in the future is refused by `parse_date`)."""
    now = clock.current_time()
    if day == clock.today() and (at.hour, at.minute) > (now.hour, now.minute):
        raise ValidationError(
            field, f"{at:%H:%M} is later than now ({now:%H:%M}); log what has happened"
        )
    return at


def choice(value: object, field: str, choices: tuple[str, ...]) -> str:
    listed = ", ".join(choices)
    if isinstance(value, str) and not value.strip():  # "'' is not one of" quoted nothing
        raise ValidationError(field, f"is empty; give one of: {listed}")
    if not isinstance(value, str) or value.strip().lower() not in choices:
        raise ValidationError(field, f"'{value}' is not one of: {listed}")
    return value.strip().lower()
