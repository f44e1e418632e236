"""Spearman's rho on part of a ranked series: the same float as ranking the part again."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats as sp

from journal.core.stats import contingency as stats
from journal.core.stats.ranks import Ranked

# Few distinct values, so ties are common, as with intakes logged from the same foods.
VALUES = st.sampled_from([0.0, 96.0, 120.5, 120.5, 243.0, 310.0, 412.25])


def kept_pairs(
    values: list[float], drop: list[int], y: dict[int, int]
) -> tuple[list[float], list[float]]:
    """The kept values and their y (0 on days without a symptom), to rank afresh."""
    kept = [k for k in range(len(values)) if k not in drop]
    return [values[k] for k in kept], [float(y.get(k, 0)) for k in kept]


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_spearman_without_equals_spearman_on_the_kept_days(data: st.DataObject) -> None:
    values = data.draw(st.lists(VALUES, min_size=0, max_size=40))
    positions = list(range(len(values)))
    drop = data.draw(st.lists(st.sampled_from(positions), unique=True) if values else st.just([]))
    kept = [k for k in positions if k not in drop]
    hits = data.draw(st.lists(st.sampled_from(kept), unique=True) if kept else st.just([]))
    y = {k: data.draw(st.integers(1, 5)) for k in hits}
    x_kept, y_kept = kept_pairs(values, drop, y)
    assert Ranked(values).spearman_without(drop, y) == stats.spearman(x_kept, y_kept)


def test_spearman_without_matches_scipy_over_ten_years() -> None:
    rng = random.Random(6)
    values = [float(rng.choice([rng.randint(80, 700), 250])) for _ in range(3650)]
    symptom_days = rng.sample(range(3650), 1100)
    drop = symptom_days[:40]  # symptoms logged without a severity
    y = {k: rng.randint(1, 5) for k in symptom_days[40:]}
    rho = Ranked(values).spearman_without(drop, y)
    expected = sp.spearmanr(*kept_pairs(values, drop, y)).statistic
    assert rho is not None and abs(rho - expected) <= 1e-9


def test_spearman_without_needs_two_days_and_variation() -> None:
    assert Ranked([1.0, 2.0, 3.0]).spearman_without([0, 1], {2: 3}) is None
    assert Ranked([1.0, 1.0, 1.0]).spearman_without([], {0: 3}) is None
    assert Ranked([1.0, 2.0, 3.0]).spearman_without([], {}) is None
