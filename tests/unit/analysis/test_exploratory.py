"""The exploratory family: which tests are in it, their q-values, and which are findings.

Each test builds the comparisons a view would show (tables a person could count) and
checks the gate a biostatistician would ask about: nothing is a finding before the
main question found an association, a finding needs q <= 0.01, five days in every
cell and three symptom days, and the main question's own tables are never tested twice.
q-values are checked against statsmodels' Benjamini-Hochberg.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from statsmodels.stats.multitest import multipletests

from journal.core.analysis.associations import LOW, Analysis, Comparison, Correlation, compare
from journal.core.analysis.daily import ALL
from journal.core.analysis.exploratory import family, is_primary
from journal.core.analysis.primary import (
    EXPLAINED,
    FOUND,
    NOT_ENOUGH,
    NOT_FOUND,
    LagEffect,
    Primary,
)
from journal.core.stats.contingency import Table2x2

# A strong table: 30 of 40 exposed days with a symptom against 5 of 60 others (p < 1e-9).
STRONG = Table2x2(30, 10, 5, 55)
# The primary's own tables, for ALL at lags 0 and 1.
OWN0, OWN1 = Table2x2(20, 20, 10, 50), Table2x2(19, 21, 11, 49)


def cmp(group: str, exposure: str, lag: int, t: Table2x2, p: float | None = None) -> Comparison:
    c = compare(group, exposure, lag, t)
    return c if p is None else replace(c, p=p)


def primary(status: str, group: str = ALL, reverse: list[Comparison] | None = None) -> Primary:
    lags = [LagEffect(0, OWN0, 2.0, 1.2, None, 2.5), LagEffect(1, OWN1, 1.8, 1.1, None, 2.2)]
    return Primary(group, status, lags=lags, reverse=reverse or [])


def analysis(
    comparisons: list[Comparison],
    status: str = FOUND,
    group: str = ALL,
    group_days: dict[str, int] | None = None,
    correlations: list[Correlation] | None = None,
    reverse: list[Comparison] | None = None,
    with_primary: bool = True,
) -> Analysis:
    a = Analysis(date(2026, 1, 1), date(2026, 6, 30), 310.0, 1.0)
    a.comparisons = comparisons
    a.correlations = correlations or []
    a.group_days = group_days if group_days is not None else {ALL: 35, "cramp": 35, "twitch": 35}
    a.primary_group = group
    a.primary = primary(status, group, reverse) if with_primary else None
    return a


def found_of(a: Analysis) -> list[tuple[str, str, int]]:
    return [(c.group, c.exposure, c.lag) for c, _ in family(a).findings]


def test_the_main_questions_own_comparisons_are_left_out_of_the_family() -> None:
    own0, own1 = cmp(ALL, LOW, 0, OWN0), cmp(ALL, LOW, 1, OWN1)
    lag2 = cmp(ALL, LOW, 2, STRONG)
    # Cramp is the only kind on some days: its lag-0 table is the primary's own, its
    # lag-1 table differs (a twitch day among them), so only the lag-1 one is tested.
    cramp0, cramp1 = cmp("cramp", LOW, 0, OWN0), cmp("cramp", LOW, 1, Table2x2(18, 22, 11, 49))
    exercise = cmp(ALL, "exercise", 0, OWN0)  # a factor with the same counts stays
    ex = family(analysis([own0, own1, lag2, cramp0, cramp1, exercise]))
    tested = [c for c, _ in ex.comparisons]
    assert tested == [lag2, cramp1, exercise]
    assert ex.q_of(own0) is None and ex.q_of(cramp0) is None
    assert ex.q_of(lag2) is not None
    assert ex.tests == 3


def test_my_symptom_as_the_main_question_leaves_out_its_own_lags_only() -> None:
    mine0, mine1 = cmp("cramp", LOW, 0, OWN0), cmp("cramp", LOW, 1, OWN1)
    any0 = cmp(ALL, LOW, 0, Table2x2(25, 15, 20, 40))  # any symptom: a question of its own
    mine2 = cmp("cramp", LOW, 2, Table2x2(18, 22, 11, 49))
    ex = family(analysis([mine0, mine1, any0, mine2], group="cramp"))
    assert [c for c, _ in ex.comparisons] == [any0, mine2]
    assert is_primary(mine0, "cramp") and is_primary(mine1, "cramp")
    assert not is_primary(mine2, "cramp") and not is_primary(any0, "cramp")
    assert not is_primary(cmp("cramp", "exercise", 0, OWN0), "cramp")


def test_q_values_are_benjamini_hochberg_over_comparisons_reverse_and_correlations() -> None:
    comps = [
        cmp(ALL, LOW, 2, Table2x2(12, 28, 10, 50)),
        cmp(ALL, "exercise", 0, Table2x2(9, 11, 21, 59)),
        cmp("cramp", "alcohol", 0, Table2x2(5, 5, 25, 65)),
    ]
    reverse = [cmp(ALL, "reverse:all", 1, Table2x2(8, 12, 20, 59))]
    # Point-biserial p only for one, Spearman only for another, both for the third.
    corr = [
        Correlation(ALL, 0, 90, -0.2, 0.04, None, None, 0),
        Correlation(ALL, 1, 89, None, None, -0.1, 0.3, 89),
        Correlation("cramp", 0, 90, -0.25, 0.002, -0.3, 0.0007, 90),
    ]
    ex = family(analysis(comps, correlations=corr, reverse=reverse))
    ps = [c.p for c in comps] + [reverse[0].p] + [0.04, 0.3, 0.002, 0.0007]
    expected = multipletests(ps, method="fdr_bh")[1]
    assert ex.tests == 8
    assert [c for c, _ in ex.comparisons] == [*comps, *reverse]
    assert [q for _, q in ex.comparisons] == pytest.approx(expected[:4], abs=1e-12)
    assert [(r, q1, q2) for r, q1, q2 in ex.correlations] == [
        (corr[0], pytest.approx(expected[4]), None),
        (corr[1], None, pytest.approx(expected[5])),
        (corr[2], pytest.approx(expected[6]), pytest.approx(expected[7])),
    ]
    assert ex.q_of(reverse[0]) == pytest.approx(expected[3])


@pytest.mark.parametrize("status", [NOT_FOUND, NOT_ENOUGH])
def test_nothing_is_a_finding_before_the_main_question_found_one(status: str) -> None:
    comps = [cmp(ALL, LOW, 2, STRONG), cmp(ALL, "exercise", 0, STRONG)]
    reverse = [cmp(ALL, "reverse:all", 1, STRONG)]
    ex = family(analysis(comps, status=status, reverse=reverse))
    assert all(q < 1e-6 for _, q in ex.comparisons)  # they would pass the q rule
    assert ex.findings == []


def test_without_an_answer_the_family_still_gets_its_q_values() -> None:
    comps = [cmp(ALL, LOW, 0, STRONG), cmp(ALL, "exercise", 0, STRONG)]
    ex = family(analysis(comps, with_primary=False))
    # No primary: nothing is its own table, nothing is reversed, nothing is a finding.
    assert [c for c, _ in ex.comparisons] == comps[1:]
    assert ex.tests == 1 and ex.findings == []


def test_once_found_magnesium_factors_and_the_reverse_direction_can_be_findings() -> None:
    comps = [cmp(ALL, LOW, 2, STRONG), cmp(ALL, "exercise", 0, STRONG)]
    reverse = [cmp(ALL, "reverse:diarrhea", 1, STRONG)]
    assert found_of(analysis(comps, reverse=reverse)) == [
        (ALL, LOW, 2),
        (ALL, "exercise", 0),
        (ALL, "reverse:diarrhea", 1),
    ]


def test_explained_by_a_factor_opens_factors_but_not_the_other_magnesium_tests() -> None:
    """Explained: the confounding that took the main association away is shared by the
    other magnesium comparisons (and by the reverse ones), so only factors may be findings."""
    comps = [cmp(ALL, LOW, 2, STRONG), cmp(ALL, "exercise", 0, STRONG)]
    reverse = [cmp(ALL, "reverse:all", 1, STRONG)]
    a = analysis(comps, status=EXPLAINED, reverse=reverse)
    assert found_of(a) == [(ALL, "exercise", 0)]


@pytest.mark.parametrize(
    ("p", "finding"), [(0.01, True), (0.0100001, False), (0.005, True), (0.2, False)]
)
def test_a_finding_needs_q_at_most_one_percent(p: float, finding: bool) -> None:
    # One test in the family: its q is its p.
    a = analysis([cmp(ALL, "exercise", 0, STRONG, p=p)])
    assert family(a).comparisons[0][1] == p
    assert bool(found_of(a)) is finding


@pytest.mark.parametrize(
    ("table", "finding"),
    [
        (Table2x2(30, 10, 5, 55), True),  # every cell at least 5, c exactly 5
        (Table2x2(5, 1, 2, 92), False),  # a strong pattern, but small cells
        (Table2x2(30, 10, 4, 56), False),  # c one short
        (Table2x2(4, 0, 5, 91), False),  # a and b short
        (Table2x2(4, 10, 5, 81), False),  # a one short
        (Table2x2(35, 5, 20, 40), True),  # b exactly 5
        (Table2x2(35, 4, 20, 41), False),  # b one short
        (Table2x2(5, 5, 5, 85), True),  # a exactly 5
        (Table2x2(40, 10, 20, 4), False),  # d one short
        (Table2x2(40, 10, 20, 5), True),  # d exactly 5
    ],
)
def test_a_finding_needs_five_days_in_every_cell(table: Table2x2, finding: bool) -> None:
    a = analysis([cmp(ALL, "exercise", 0, table, p=0.001)])
    assert bool(found_of(a)) is finding


@pytest.mark.parametrize(("days", "finding"), [(3, True), (2, False), (0, False)])
def test_a_finding_needs_three_days_with_the_symptom(days: int, finding: bool) -> None:
    a = analysis(
        [cmp("twitch", "exercise", 0, STRONG, p=0.001)], group_days={ALL: 35, "twitch": days}
    )
    assert bool(found_of(a)) is finding


def test_a_group_the_analysis_has_no_count_for_is_never_a_finding() -> None:
    a = analysis([cmp("twitch", "exercise", 0, STRONG, p=0.001)], group_days={ALL: 35})
    assert found_of(a) == []


def test_a_comparison_without_a_ratio_is_never_a_finding() -> None:
    c = cmp(ALL, "exercise", 0, STRONG, p=0.001)
    a = analysis([replace(c, risk=None)])
    assert family(a).comparisons[0][1] == 0.001
    assert found_of(a) == []


def test_when_one_kind_is_every_symptom_day_the_kind_is_said_not_symptoms() -> None:
    same = [cmp(ALL, "exercise", 0, STRONG), cmp("cramp", "exercise", 0, STRONG)]
    assert found_of(analysis(same)) == [("cramp", "exercise", 0)]
    # The same counts at another lag or for another factor are a finding of their own.
    other = [
        cmp(ALL, LOW, 2, STRONG),
        cmp("cramp", LOW, 3, STRONG),
        cmp(ALL, "alcohol", 0, STRONG),
        cmp("cramp", "exercise", 0, STRONG),
    ]
    assert sorted(found_of(analysis(other))) == [
        (ALL, "alcohol", 0),
        (ALL, LOW, 2),
        ("cramp", "exercise", 0),
        ("cramp", LOW, 3),
    ]
    # Two kinds: "Symptoms" counts more days than either, and is said as well.
    mixed = [cmp(ALL, "exercise", 0, Table2x2(32, 8, 6, 54)), cmp("cramp", "exercise", 0, STRONG)]
    assert sorted(found_of(analysis(mixed))) == [(ALL, "exercise", 0), ("cramp", "exercise", 0)]


def test_findings_come_strongest_first() -> None:
    comps = [
        cmp(ALL, "alcohol", 0, STRONG, p=0.0004),
        cmp(ALL, "exercise", 0, STRONG, p=0.00001),
        cmp(ALL, LOW, 2, STRONG, p=0.002),
        cmp("cramp", "standing", 0, STRONG, p=0.0001),
    ]
    ex = family(analysis(comps))
    assert [c.p for c, _ in ex.findings] == [0.00001, 0.0001, 0.0004, 0.002]
    assert [q for _, q in ex.findings] == pytest.approx([0.00004, 0.0002, 0.00053333333, 0.002])
