"""Everything a view tests besides the primary question, under one false discovery rate.

The family: low magnesium at every lag for every symptom group (but the primary's
group at lags 0 and 1, which the primary test answers), every factor for every group,
the reverse direction (low intake after a symptom or diarrhea day), and the intake
correlations. Benjamini-Hochberg q-values across all of them are shown beside their p.

These are day-level tests, which streaks make too eager, and many of them. So they are
gated: a result is an exploratory finding only once the primary test (which respects
streaks) found an association, and only when its q <= EXPLORATORY_ALPHA
(fixed-sequence gatekeeping: on a journal with no pattern the chance of any finding
stays that of the primary test, 5%). A comparison whose table is the primary's own is
left out: it is the primary question, answered there.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from journal.core.analysis.associations import (
    LOW,
    MIN_SYMPTOM_DAYS,
    Analysis,
    Comparison,
    Correlation,
)
from journal.core.analysis.daily import ALL
from journal.core.analysis.primary import (
    EXPLAINED,
    EXPLORATORY_ALPHA,
    FOUND,
    PRIMARY_LAGS,
    REVERSE,
)
from journal.core.stats.fdr import bh_q

# A finding needs at least this many days in each cell of its table: below it the Wald
# test (the one its interval inverts) is too eager, as the simulations showed.
MIN_CELL = 5


@dataclass(slots=True)
class Exploratory:
    comparisons: list[tuple[Comparison, float]] = field(default_factory=list)  # with q
    # Each correlation with the q of its point-biserial and of its Spearman p (None: no test).
    correlations: list[tuple[Correlation, float | None, float | None]] = field(default_factory=list)
    tests: int = 0
    findings: list[tuple[Comparison, float]] = field(default_factory=list)

    def q_of(self, c: Comparison) -> float | None:
        return next((q for x, q in self.comparisons if x is c), None)


def is_primary(c: Comparison, group: str) -> bool:
    return c.group == group and c.exposure == LOW and c.lag in PRIMARY_LAGS


def family(analysis: Analysis) -> Exploratory:
    """The exploratory tests of `analysis`, their q-values and the ones that survive."""
    group = analysis.primary_group
    primary = analysis.primary
    own = {(e.lag, e.table) for e in primary.lags} if primary is not None else set()
    comparisons = [
        c
        for c in analysis.comparisons
        if not is_primary(c, group) and not (c.exposure == LOW and (c.lag, c.table) in own)
    ]
    opened = primary is not None and primary.status in (FOUND, EXPLAINED)
    # Explained by a factor: the other magnesium comparisons share the confounding.
    magnesium_opened = primary is not None and primary.status == FOUND
    if primary is not None:
        comparisons += primary.reverse
    ps: list[float] = [c.p for c in comparisons]
    slots: list[tuple[int, int]] = []  # (correlation index, 0 point-biserial / 1 Spearman)
    for k, r in enumerate(analysis.correlations):
        for which, p in enumerate((r.point_biserial_p, r.spearman_p)):
            if p is not None:
                ps.append(p)
                slots.append((k, which))
    qs = bh_q(ps)
    out = Exploratory(tests=len(ps))
    out.comparisons = list(zip(comparisons, qs[: len(comparisons)], strict=True))
    corr_q: list[list[float | None]] = [[None, None] for _ in analysis.correlations]
    for (k, which), q in zip(slots, qs[len(comparisons) :], strict=True):
        corr_q[k][which] = q
    out.correlations = [(r, q[0], q[1]) for r, q in zip(analysis.correlations, corr_q, strict=True)]
    found = [
        (c, q)
        for c, q in out.comparisons
        if q <= EXPLORATORY_ALPHA
        and c.risk is not None
        and min(c.table.a, c.table.b, c.table.c, c.table.d) >= MIN_CELL
        and opened
        and (magnesium_opened or not (c.exposure == LOW or c.exposure.startswith(REVERSE)))
        and analysis.group_days.get(c.group, 0) >= MIN_SYMPTOM_DAYS
    ]
    # When one kind makes up every symptom day, "Symptoms" repeats it: keep the kind.
    by_kind = {(c.exposure, c.lag, c.table) for c, _ in found if c.group != ALL}
    found = [
        (c, q) for c, q in found if c.group != ALL or (c.exposure, c.lag, c.table) not in by_kind
    ]
    found.sort(key=lambda cq: cq[0].p)
    out.findings = found
    return out
