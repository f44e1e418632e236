"""Benjamini-Hochberg false discovery rate: a q-value for every p-value of a family.

q_i = min over j with p_j >= p_i of p_j * m / rank_j, capped at 1 (the step-up
adjustment, as statsmodels' `multipletests(method="fdr_bh")`). A test "survives" at
level alpha when its q is at most alpha; the expected share of false findings
among the survivors is then at most alpha (for independent or positively dependent tests).
"""

from __future__ import annotations

from collections.abc import Sequence


def bh_q(ps: Sequence[float]) -> list[float]:
    """The BH-adjusted p-values (q), in the order given."""
    m = len(ps)
    order = sorted(range(m), key=lambda i: ps[i])
    q = [1.0] * m
    running = 1.0
    for rank in range(m, 0, -1):  # from the largest p down, keeping the running minimum
        i = order[rank - 1]
        running = min(running, ps[i] * m / rank)
        q[i] = min(1.0, running)
    return q


def survivors(ps: Sequence[float], alpha: float = 0.05) -> list[bool]:
    """Which tests are discoveries at FDR level alpha."""
    return [q <= alpha for q in bh_q(ps)]
