"""Each day's target: a past day is judged against the target of its own time.

A day's RDA row is that of the age reached in its calendar year (the rows change at 14,
19, 31 and 51), with the pregnancy, breastfeeding and custom-target settings then in
force (`Profile.eras`). Today's target is `target(profile)`, as before.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date

from journal.core.person.eras import Era
from journal.core.person.profile import Profile, Target, target

SETTINGS = ("pregnant", "lactating", "custom_target_mg")  # the order of Profile.settings
Settings = tuple[bool, bool, float | None]


def record(
    before: Profile | None, after: Profile, since: date, named: tuple[str, ...] = ()
) -> Profile:
    """`after`, with the settings it changes holding from `since` on, and what each day
    before had kept: only the settings changed (or `named`, to date one that already
    holds) are rewritten from `since`, so a target dated back keeps a pregnancy.

    The first profile saved (`before` None) describes the person from the first day,
    unless a setting is `named` with a date: the days before it had none of them.
    """
    if before is None:
        if not named:
            return after
        before = replace(after, pregnant=False, lactating=False, custom_target_mg=None, eras=())
    new = after.settings
    changed = {
        i for i, name in enumerate(SETTINGS) if name in named or new[i] != before.settings[i]
    }
    if not changed:
        return after
    # The history as runs of days: (first day or None for the journal's first, settings).
    starts: list[date | None] = [None, *(e.until for e in before.eras)]
    held: list[Settings] = [*(e.settings for e in before.eras), before.settings]
    runs: list[tuple[date | None, Settings]] = []
    for k, (start, settings) in enumerate(zip(starts, held, strict=True)):
        end = starts[k + 1] if k + 1 < len(starts) else None
        if (start is None or start < since) and (end is None or since < end):
            runs.append((start, settings))  # the run that `since` falls in is split there
            start = since
        if start is not None and start >= since:
            settings = tuple(new[i] if i in changed else x for i, x in enumerate(settings))  # type: ignore[assignment]
        runs.append((start, settings))
    kept = [run for k, run in enumerate(runs) if k == 0 or run[1] != runs[k - 1][1]]
    eras = tuple(Era(kept[k + 1][0], *kept[k][1]) for k in range(len(kept) - 1))  # type: ignore[arg-type]
    return replace(after, eras=eras)


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
