"""Each lag's intake series for the magnesium comparisons: which logged days were low,
which adequate, and their exact intakes, found once and reused for every symptom group.

A day is low below `limit` (the target times the threshold) or, with each day's own
target (`Prefix.limits`), below its own; with a lag of N, when the mean of the
previous N days is below the mean of their limits. See `associations` for the rules.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import accumulate, compress

from journal.core.analysis.daily import DayRow
from journal.core.stats import sparse
from journal.core.stats.ranks import Ranked


class Prefix:
    """Running sums over the rows, so a lag's window mean costs O(1) per day.

    `limits` (None: the same every day) is each day's own limit, so a day of a pregnancy
    is low below the pregnancy target's limit whatever the target is now.
    """

    def __init__(self, rows: list[DayRow], limits: list[float] | None = None) -> None:
        self.totals = [0.0, *accumulate([r.food_mg + r.supplement_mg for r in rows])]
        self.limits = limits
        self.limit_sums = None if limits is None else [0.0, *accumulate(limits)]
        self.logged_days = [i for i, r in enumerate(rows) if r.foods]
        self.logged = set(self.logged_days)
        inexact = [1 if r.unknown_foods and r.foods else 0 for r in rows]
        # None when every total is exact, the usual case: no flags to check.
        self.inexact = [0, *accumulate(inexact)] if any(inexact) else None


class LagSeries:
    """One lag's intakes: its low and adequate days, and its exact intakes, centred and
    ranked once and reused for every symptom group.

    A day enters when it is logged and has `lag` logged days before it; its intake is the
    day's total (lag 0) or the mean of the previous `lag` days' totals. The lag is one more
    than that of `shorter` (0 without), whose days are the candidates.
    """

    def __init__(self, prefix: Prefix, limit: float, shorter: LagSeries | None = None) -> None:
        totals, inexact, sums = prefix.totals, prefix.inexact, prefix.limit_sums
        lag = 0 if shorter is None else shorter.lag + 1
        self.lag: int = lag
        if shorter is None:
            days = prefix.logged_days
            means = [totals[i + 1] - totals[i] for i in days]
            is_exact = [inexact[i + 1] == inexact[i] for i in days] if inexact else None
            # Each day's own limit, or the mean of the window's (None: `limit` for all).
            bounds = None if prefix.limits is None else [prefix.limits[i] for i in days]
        else:
            # The days that entered at lag - 1 and have one more logged day before them.
            logged = prefix.logged
            days = [i for i in shorter.entered if i - lag in logged]
            means = [(totals[i] - totals[i - lag]) / lag for i in days]
            is_exact = [inexact[i] == inexact[i - lag] for i in days] if inexact else None
            bounds = None if sums is None else [(sums[i] - sums[i - lag]) / lag for i in days]
        self.entered: list[int] = days
        # The days with an exact intake, and those intakes: the numeric statistics use these.
        self.days = list(compress(days, is_exact)) if is_exact else days
        self.intakes = list(compress(means, is_exact)) if is_exact else means
        if bounds is None:
            self.low = {i for i, m in zip(self.days, self.intakes, strict=True) if m < limit}
            # Unknown foods only add, so an inexact day at or above the limit is adequate.
            self.adequate = {i for i, m in zip(days, means, strict=True) if m >= limit}
        else:
            exact = is_exact or [True] * len(days)
            level = list(zip(days, means, bounds, exact, strict=True))
            self.low = {i for i, m, b, e in level if e and m < b}
            self.adequate = {i for i, m, b, _ in level if m >= b}
        self.unclassified = len(days) - len(self.low) - len(self.adequate)
        # Day index -> position in the series.
        self.where = dict(zip(self.days, range(len(self.days)), strict=True))
        self.values = sparse.Centered(self.intakes)
        self.ranks = Ranked(self.intakes)

    def positions(self, days: Iterable[int]) -> tuple[list[int], list[int]]:
        """Those of `days` in the series (in the order given), and their positions in it."""
        where = self.where
        hit = [i for i in days if i in where]
        return hit, list(map(where.__getitem__, hit))
