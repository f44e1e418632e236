"""Supplement fractions, exactly as FACTS.md gives them (the UL: test_targets.py)."""

from __future__ import annotations

import pytest

from journal.core.food.supplements import ELEMENTAL_FRACTION, FORMS, elemental_mg

EXPECTED = {
    "oxide": 0.60,
    "carbonate": 0.45,
    "hydroxide": 0.42,
    "citrate": 0.16,
    "lactate": 0.12,
    "chloride": 0.12,
    "malate": 0.15,
    "glycinate": 0.14,
    "taurate": 0.09,
    "L-threonate": 0.075,
    "sulfate": 0.10,
    "other": None,
}


def test_fractions_are_exactly_the_facts() -> None:
    assert ELEMENTAL_FRACTION == EXPECTED
    assert set(FORMS) == set(EXPECTED)


@pytest.mark.parametrize(("form", "fraction"), [(f, v) for f, v in EXPECTED.items() if v])
def test_elemental_mg(form: str, fraction: float) -> None:
    assert elemental_mg(form, 1000.0) == pytest.approx(1000.0 * fraction)


def test_elemental_examples() -> None:
    assert elemental_mg("oxide", 500) == pytest.approx(300.0)
    assert elemental_mg("glycinate", 0) == 0.0


@pytest.mark.parametrize(
    ("form", "salt_mg", "reason"),
    [
        ("other", 100, "no elemental fraction"),
        ("gluconate", 100, "unknown magnesium form"),
        ("oxide", -1, "non-negative"),
        ("oxide", float("nan"), "non-negative"),
        ("oxide", float("inf"), "non-negative"),
    ],
)
def test_elemental_refuses(form: str, salt_mg: float, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        elemental_mg(form, salt_mg)


def test_a_dose_above_twice_the_upper_limit_needs_a_second_look() -> None:
    from journal.core.food.supplements import far_above

    assert far_above(700.0, 350.0) is None  # exactly twice: no question
    assert far_above(700.1, 350.0) == (
        "700 mg elemental in one dose is 2.0 times the 350 mg upper limit"
    )
    assert (
        far_above(1050.0, 350.0)
        == "1,050 mg elemental in one dose is 3 times the 350 mg upper limit"
    )
    assert far_above(5000.0, None) is None and far_above(5000.0, 0) is None  # no limit set
