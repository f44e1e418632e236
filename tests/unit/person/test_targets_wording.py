"""What the target screen says about where a figure came from, and the ages at the table's edges.

The basis line and the refusals are what a person reads, so they are tested word for word.
"""

from __future__ import annotations

import math

import pytest

from journal.core.person.targets import rda_mg, supplement_ul_mg


def test_a_newborn_has_the_first_rows_adequate_intake() -> None:
    assert rda_mg(0, "female") == (30, "Adequate Intake for females, age 0-6 months")
    assert rda_mg(0.5, "unspecified") == (
        75,
        "Adequate Intake, age 7-12 months (same for both sexes)",
    )


def test_a_very_old_person_has_the_last_row() -> None:
    assert rda_mg(120, "male") == (420, "RDA for males, age 51+ years")


@pytest.mark.parametrize("age", [-1, -0.01, math.inf, math.nan])
def test_an_age_outside_the_table_is_refused_in_words(age: float) -> None:
    with pytest.raises(ValueError) as refused:
        rda_mg(age, "female")
    assert str(refused.value) == f"age must be 0 or more, not {age}"


def test_an_unknown_sex_is_refused_naming_the_choices() -> None:
    with pytest.raises(ValueError) as refused:
        rda_mg(25, "f")
    assert str(refused.value) == "sex must be one of female, male, unspecified, not 'f'"


@pytest.mark.parametrize(("pregnant", "lactating"), [(True, False), (False, True), (True, True)])
def test_pregnancy_or_lactation_for_a_male_is_refused_in_words(
    pregnant: bool, lactating: bool
) -> None:
    with pytest.raises(ValueError) as refused:
        rda_mg(25, "male", pregnant=pregnant, lactating=lactating)
    assert str(refused.value) == (
        "pregnancy and lactation figures apply to female or unspecified sex"
    )


def test_breastfeeding_says_lactation() -> None:
    assert rda_mg(25, "female", lactating=True) == (310, "RDA in lactation, age 19-30 years")
    assert rda_mg(16, "female", lactating=True) == (360, "RDA in lactation, age 14-18 years")


def test_breastfeeding_without_a_sex_takes_the_lactation_row_not_the_males() -> None:
    # Sex not given would take the male 400 mg; breastfeeding says which row applies.
    assert rda_mg(25, "unspecified", lactating=True) == (310, "RDA in lactation, age 19-30 years")


def test_pregnant_and_breastfeeding_says_why_pregnancy_wins() -> None:
    assert rda_mg(35, "female", pregnant=True, lactating=True) == (
        360,
        "RDA in pregnancy, age 31-50 years (pregnant and breastfeeding: the higher, pregnancy)",
    )


def test_breastfeeding_past_50_falls_back_and_says_so() -> None:
    assert rda_mg(51, "female", lactating=True) == (
        320,
        "RDA for females, age 51+ years; the table has lactation figures only for ages 14 to 50",
    )


def test_sex_not_given_names_both_figures() -> None:
    assert rda_mg(40, "unspecified") == (
        420,
        "RDA, age 31-50 years: sex not given, so the higher of male 420 and female 320 mg",
    )
    assert rda_mg(2, "unspecified") == (80, "RDA, age 1-3 years (same for both sexes)")


@pytest.mark.parametrize(("age", "limit"), [(0.999, None), (1.0, 65), (4.0, 110), (9.0, 350)])
def test_the_supplement_limit_starts_on_the_birthday(age: float, limit: int | None) -> None:
    assert supplement_ul_mg(age) == limit


def test_pregnant_past_50_without_a_sex_falls_back_to_the_higher_figure() -> None:
    assert rda_mg(55, "unspecified", pregnant=True) == (
        420,
        "RDA, age 51+ years: sex not given, so the higher of male 420 and female 320 mg; "
        "the table has pregnancy figures only for ages 14 to 50",
    )
