"""Average ranks, and Spearman's rho on part of a ranked series without ranking it again.

When some symptom days have no severity, rho is wanted over the intake series less those
days, for every symptom group and lag. Ranking each subset again costs a sort per call;
instead a kept day's rank is its rank in the whole series less the dropped days below it,
and the sums behind Pearson's r follow from those ranks on the symptom days and from the
tie counts. Doubled ranks are integers, so every sum is exact: rho is the same float
`stats.spearman` gives on the subset.
"""

from __future__ import annotations

import math
import operator
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import repeat


def _ties(count: int) -> int:
    """A tie group's term in the sum of squared rank deviations: t^3 - t."""
    return count * count * count - count


class Ranked:
    """A series' average ranks (scipy's rankdata 'average'), each distinct value ranked once.

    Ranks deviate from their mean (n + 1) / 2 by multiples of 1/2, so the sum of their
    squared deviations, (n^3 - n - ties) / 12, is exact: what `sparse.Centered` would sum.
    """

    def __init__(self, values: Sequence[float]) -> None:
        n = len(values)
        self.ordered = ordered = sorted(values)
        # Each distinct value's run in sorted order ends where its last copy stands (1-based)
        # and starts after the previous run; its rank is the middle (intakes repeat a lot).
        ends = {v: k for k, v in enumerate(ordered, 1)}
        stops = list(ends.values())
        starts = [0, *stops][:-1]
        self.rank_of = {v: (a + b + 1) / 2 for v, a, b in zip(ends, starts, stops, strict=True)}
        self.ties = sum(map(pow, map(operator.sub, stops, starts), repeat(3))) - n  # t^3 - t
        self.values, self.n = values, n
        self.ss = (n**3 - n - self.ties) / 12
        self.mean = (n + 1) / 2

    @property
    def ranks(self) -> list[float]:
        rank_of = self.rank_of
        return [rank_of[v] for v in self.values]

    def dev_at(self, at: Sequence[int]) -> list[float]:
        """The ranks' deviations from their mean at the positions `at`."""
        rank_of, values, mean = self.rank_of, self.values, self.mean
        return [rank_of[values[p]] - mean for p in at]

    def spearman_without(self, drop: Sequence[int], y: Mapping[int, int]) -> float | None:
        """Spearman's rho of the values less the positions in `drop` against a series that
        is 0 except y[position] > 0; as `stats.spearman` on the kept positions, to the bit."""
        values, ordered, rank_of = self.values, self.ordered, self.rank_of
        gone = sorted(values[p] for p in drop)
        m = len(values) - len(gone)
        if m < 2:
            return None
        ties_x = self.ties
        for value, n_gone in Counter(gone).items():
            count = bisect_right(ordered, value) - bisect_left(ordered, value)
            ties_x += _ties(count - n_gone) - _ties(count)
        # Doubled y ranks less the zeros' (the m - len(y) days without a symptom tie at 0).
        zeros = m - len(y)
        y_counts = Counter(y.values())
        y_rank2: dict[int, int] = {}
        ties_y, below = _ties(zeros), zeros
        for value in sorted(y_counts):
            y_rank2[value] = 2 * below + y_counts[value] + 1 - (zeros + 1)
            below += y_counts[value]
            ties_y += _ties(y_counts[value])
        # Sum of (doubled x deviation) x (doubled y rank above the zeros'): 4 x sxy.
        sxy4 = 0
        for p, severity in y.items():
            v = values[p]
            lo, hi = bisect_left(gone, v), bisect_right(gone, v)
            x2 = int(2 * rank_of[v]) - 2 * lo - (hi - lo)  # doubled rank among the kept days
            sxy4 += (x2 - m - 1) * y_rank2[severity]
        # Squared rank deviations sum to (m^3 - m - ties) / 12; times 4 that is an integer.
        sxx, syy = (m**3 - m - ties_x) // 3 / 4, (m**3 - m - ties_y) // 3 / 4
        if sxx == 0 or syy == 0:
            return None
        r = sxy4 / 4 / math.sqrt(sxx * syy)
        if abs(r) > 1.0 - 1e-15:
            return math.copysign(1.0, r)  # as stats.pearson
        return r
