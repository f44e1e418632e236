"""Findings as a person reads them: each sentence word for word, its figures at their rounding
edges, and what is still missing before there is any finding."""

from __future__ import annotations

import math
from datetime import date

import pytest

from journal.core.analysis.associations import LOW, Analysis, compare
from journal.core.analysis.findings import findings, needs, number, p_text, sentence
from journal.core.stats.contingency import Table2x2

CAVEAT = " This is an association in your own records, not proof that magnesium causes it."
HINT = " The counts are small and the interval wide: treat this as a hint, not a result."


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (math.inf, "∞"),
        (20.4, "20"),
        (9.95, "10"),
        (9.949, "9.9"),
        (6.44, "6.4"),
        (1.0, "1.0"),
        (0.995, "1.0"),
        (0.994, "0.99"),
        (0.2, "0.20"),
    ],
)
def test_figures_have_two_significant_digits(value: float, shown: str) -> None:
    assert number(value) == shown


@pytest.mark.parametrize(
    ("p", "shown"), [(0.0, "< 0.001"), (0.000999, "< 0.001"), (0.001, "0.001"), (0.0495, "0.050")]
)
def test_a_p_value_below_one_in_a_thousand_is_not_shown_as_zero(p: float, shown: str) -> None:
    assert p_text(p) == shown


def said(group: str, exposure: str, lag: int, table: Table2x2, limit: str = "310 mg") -> str:
    return sentence(compare(group, exposure, lag, table), limit)


def test_a_clear_association_in_words() -> None:
    assert said("cramp", LOW, 0, Table2x2(20, 10, 10, 40)) == (
        "Cramps were logged on 20 of 30 low-magnesium days (67%) and on 10 of 50 other days "
        "(20%): 3.3 times as often (95% CI 1.8 to 6.1; p < 0.001)." + CAVEAT
    )


def test_less_often_says_only() -> None:
    assert said("cramp", LOW, 0, Table2x2(5, 10, 20, 5)) == (
        "Cramps were logged on 5 of 15 low-magnesium days (33%) and on 20 of 25 other days "
        "(80%): only 0.42 times as often (95% CI 0.20 to 0.88; p 0.021)." + CAVEAT
    )


def test_exactly_as_often_is_not_only() -> None:
    text = said("cramp", LOW, 0, Table2x2(10, 10, 10, 10))
    assert ": 1.0 times as often (95% CI" in text and "only" not in text


def test_a_zero_count_says_how_the_ratio_was_estimated_and_that_it_is_a_hint() -> None:
    assert said("cramp", LOW, 0, Table2x2(0, 10, 10, 40)) == (
        "Cramps were logged on 0 of 10 low-magnesium days (0%) and on 10 of 50 other days (20%): "
        "only 0.22 times as often (95% CI 0.01 to 3.5; p 0.284). One count was 0, so 0.5 was "
        "added to every count to estimate the ratio." + HINT + CAVEAT
    )


def test_a_count_of_five_is_not_small_and_four_is() -> None:
    assert HINT not in said("cramp", LOW, 0, Table2x2(5, 5, 5, 5))
    assert HINT in said("cramp", LOW, 0, Table2x2(4, 5, 5, 5))
    assert HINT in said("cramp", LOW, 0, Table2x2(5, 4, 5, 5))
    assert HINT in said("cramp", LOW, 0, Table2x2(5, 5, 4, 5))
    assert HINT in said("cramp", LOW, 0, Table2x2(5, 5, 5, 4))


def test_an_interval_wider_than_tenfold_is_a_hint_even_with_large_counts() -> None:
    # 5 of 505 days against 5 of 505: every count at least 5, yet the interval 0.29 to 3.4.
    risk = compare("cramp", LOW, 0, Table2x2(5, 500, 5, 500)).risk
    assert risk is not None and risk.high > 10 * risk.low
    assert HINT in said("cramp", LOW, 0, Table2x2(5, 500, 5, 500))


def test_no_symptom_on_either_side_has_no_ratio() -> None:
    assert said("cramp", LOW, 0, Table2x2(0, 10, 0, 10)) == (
        "Cramps were logged on 0 of 10 low-magnesium days (0%) and on 0 of 10 other days (0%)."
        + HINT
        + CAVEAT
    )


@pytest.mark.parametrize(
    ("lag", "days"),
    [
        (1, "days after a low-magnesium day"),
        (2, "days whose previous 2 days averaged below 232.6 mg"),
    ],
)
def test_a_lagged_comparison_names_its_days(lag: int, days: str) -> None:
    text = said("all", LOW, lag, Table2x2(20, 10, 10, 40), limit="232.6 mg")
    assert text.startswith(f"Symptoms were logged on 20 of 30 {days} (67%)")


def test_a_factor_is_named_as_the_possible_cause() -> None:
    assert said("weakness", "poor_sleep", 0, Table2x2(20, 10, 10, 40)) == (
        "Weakness was logged on 20 of 30 days after poor sleep (67%) and on 10 of 50 other days "
        "(20%): 3.3 times as often (95% CI 1.8 to 6.1; p < 0.001). This is an association in "
        "your own records, not proof that poor sleep causes it."
    )


def test_a_kind_the_person_added_reads_as_a_name() -> None:
    assert said("headache", LOW, 0, Table2x2(20, 10, 10, 40)).startswith(
        "Headache was logged on 20 of 30 low-magnesium days"
    )


def waiting(logged: int, symptom_days: int, complete_only: bool = False) -> Analysis:
    day = date(2026, 11, 1)
    return Analysis(
        day, day, 310.0, 1.0, logged=logged, symptom_days=symptom_days, complete_only=complete_only
    )


def test_enough_data_needs_nothing_more() -> None:
    assert needs(waiting(19, 3)) is None


def test_one_day_short_says_day_not_days() -> None:
    assert needs(waiting(18, 3)) == (
        "Not enough data yet for findings: 18 logged days and 3 symptom days so far; "
        "the journal needs 1 more logged day (days with food entries)."
    )
    assert findings(waiting(18, 3)) == [needs(waiting(18, 3))]


def test_the_days_promised_are_those_the_main_test_needs() -> None:
    """Its shift test needs 19 logged days: "1 more" at 13 was followed by five days of
    "too few logged days for the test" with no count."""
    assert "needs 5 more logged days" in str(needs(waiting(14, 3)))
    assert "needs 6 more logged days" in str(needs(waiting(13, 3)))


def test_one_symptom_day_short() -> None:
    assert needs(waiting(20, 2)) == (
        "Not enough data yet for findings: 20 logged days and 2 symptom days so far; "
        "the journal needs 1 more day with a symptom."
    )


def test_a_first_day_with_complete_days_only() -> None:
    assert needs(waiting(1, 0, complete_only=True)) == (
        "Not enough data yet for findings: 1 complete day and 0 symptom days so far; "
        "the journal needs 18 more complete days (marked, with food) and "
        "3 more days with a symptom."
    )
    assert needs(waiting(18, 3, complete_only=True)) == (
        "Not enough data yet for findings: 18 complete days and 3 symptom days so far; "
        "the journal needs 1 more complete day (marked, with food)."
    )


def test_symptom_days_without_food_are_said_to_wait_for_it() -> None:
    """Cramps logged on 3 days of a fresh journal, no food: the chart marks them, and
    "0 symptom days so far" alone read as if they had been lost."""
    a = waiting(0, 0)
    a.unlogged_symptom_days = 3
    assert needs(a) == (
        "Not enough data yet for findings: 0 logged days and 0 symptom days so far (3 days "
        "with a symptom have no food logged, so they cannot be compared yet); the journal "
        "needs 19 more logged days (days with food entries) and 3 more days with a symptom."
    )
    a.unlogged_symptom_days = 1
    assert "(1 day with a symptom has no food logged, so it cannot be compared yet);" in str(
        needs(a)
    )
    b = waiting(5, 1, complete_only=True)
    b.unlogged_symptom_days = 2
    assert "so far (2 days with a symptom are not complete days with food, so they" in str(needs(b))
    assert "so far; the journal" in str(needs(waiting(5, 1)))  # none: nothing said


def test_a_factor_without_words_reads_as_its_own_name() -> None:
    assert said("cramp", "jogging", 0, Table2x2(20, 10, 10, 40)) == (
        "Cramps were logged on 20 of 30 jogging days (67%) and on 10 of 50 other days (20%): "
        "3.3 times as often (95% CI 1.8 to 6.1; p < 0.001). This is an association in your own "
        "records, not proof that jogging causes it."
    )


def test_an_interval_just_over_tenfold_is_a_hint() -> None:
    risk = compare("cramp", LOW, 0, Table2x2(5, 500, 6, 500)).risk
    assert risk is not None and 10 < risk.high / risk.low < 11
    assert HINT in said("cramp", LOW, 0, Table2x2(5, 500, 6, 500))


@pytest.mark.parametrize(
    ("factor", "days", "cause"),
    [
        ("exercise", "days with exercise", "exercise"),
        ("standing", "days with long standing", "standing"),
        ("other", "days with an 'other' factor", "that factor"),
    ],
)
def test_a_known_factor_reads_in_its_own_words(factor: str, days: str, cause: str) -> None:
    text = said("cramp", factor, 0, Table2x2(20, 10, 10, 40))
    assert text.startswith(f"Cramps were logged on 20 of 30 {days} (67%)")
    assert text.endswith(f"not proof that {cause} causes it.")


def test_one_symptom_day_so_far_is_singular() -> None:
    assert needs(waiting(20, 1)) == (
        "Not enough data yet for findings: 20 logged days and 1 symptom day so far; "
        "the journal needs 2 more days with a symptom."
    )
