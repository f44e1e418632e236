"""The one place the app asks what day and time it is.

Tests, screenshots and the demo pin the clock with `set_now()` so that what
they show does not depend on when they run.
"""

from __future__ import annotations

from datetime import date, datetime, time

_pinned: datetime | None = None


def set_now(moment: datetime | None) -> None:
    """Pin the clock to `moment`, or let it follow the system again with None."""
    global _pinned
    _pinned = moment


def now() -> datetime:
    return _pinned if _pinned is not None else datetime.now()


def today() -> date:
    return now().date()


def current_time() -> time:
    """The time now, to the minute: entries are kept to the minute."""
    return now().time().replace(second=0, microsecond=0)


def utc_stamp() -> str:
    """Now in UTC to the microsecond, as revisions keep it (sortable text); the pinned
    clock, when set, stands for UTC."""
    from datetime import UTC

    moment = _pinned if _pinned is not None else datetime.now(UTC).replace(tzinfo=None)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
