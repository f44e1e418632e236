"""Each day's target: a past day is judged against the target of its own time.

A day's RDA row is that of the age reached in its calendar year (the rows change at 14,
19, 31 and 51), with the pregnancy, breastfeeding and custom-target settings then in
force (`Profile.eras`). Today's target is `target(profile)`, as before.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date, timedelta

from journal.core.person.eras import Era
from journal.core.person.profile import Profile, Target, era_on, target


def record(before: Profile | None, after: Profile, since: date) -> Profile:
    """`after`, keeping the settings in force before `since` when `after` changes them.

    The first profile saved (`before` None) describes the person from the first day.
    A change dated on or before an earlier one replaces what was recorded from then on.
    """
    if before is None or after.settings == before.settings:
        return after
    kept = [e for e in before.eras if e.until < since]
    # What held the day before `since` holds until it, unless it is what holds now (a
    # change undone the same day). It differs from the last era kept: that one ended.
    pregnant, lactating, custom = era_on(before, since - timedelta(days=1)).settings
    if (pregnant, lactating, custom) != after.settings:
        kept.append(Era(since, pregnant, lactating, custom))
    return replace(after, eras=tuple(kept))


@dataclass(frozen=True, slots=True)
class Change:
    """The target from `since` on (until the next change)."""

    since: date
    target: Target


class DayTargets:
    """The target of each day for `profile`, worked out once per year and era."""

    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        self._ends = [e.until for e in profile.eras]
        self._known: dict[tuple[int, int], Target] = {}

    def on(self, day: date) -> Target:
        key = (day.year, bisect_right(self._ends, day))  # the year and the era
        found = self._known.get(key)
        if found is None:
            found = self._known[key] = target(self.profile, day)
        return found

    def mg(self, day: date) -> float:
        return float(self.on(day).mg)

    def changes(self, start: date, end: date) -> list[Change]:
        """The target on `start`, then each day from which it differs, to `end`."""
        if end < start:
            return []
        # Only a new year (a new age) or an era's end can change it.
        edges = {date(year, 1, 1) for year in range(start.year + 1, end.year + 1)}
        edges |= {e.until for e in self.profile.eras if start < e.until <= end}
        found = [Change(start, self.on(start))]
        for day in sorted(edges):
            now = self.on(day)
            if now.mg != found[-1].target.mg:
                found.append(Change(day, now))
        return found
