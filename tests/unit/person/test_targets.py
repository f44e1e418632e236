"""The NIH ODS magnesium table, every row, tested exactly (figures in /work/shared/FACTS.md)."""

from __future__ import annotations

import pytest

from journal.core.person.targets import DAILY_VALUE_MG, SOURCE, rda_mg, supplement_ul_mg

# (age in years, male, female, pregnancy, lactation); None: the table has no such figure.
TABLE = [
    (0.25, 30, 30, None, None),  # 0-6 months (AI)
    (0.75, 75, 75, None, None),  # 7-12 months (AI)
    (1, 80, 80, None, None),
    (3, 80, 80, None, None),
    (4, 130, 130, None, None),
    (8, 130, 130, None, None),
    (9, 240, 240, None, None),
    (13, 240, 240, None, None),
    (14, 410, 360, 400, 360),
    (18, 410, 360, 400, 360),
    (19, 400, 310, 350, 310),
    (30, 400, 310, 350, 310),
    (31, 420, 320, 360, 320),
    (50, 420, 320, 360, 320),
    (51, 420, 320, None, None),
    (90, 420, 320, None, None),
]


@pytest.mark.parametrize(("age", "male", "female", "pregnancy", "lactation"), TABLE)
def test_every_row(
    age: float, male: int, female: int, pregnancy: int | None, lactation: int | None
) -> None:
    assert rda_mg(age, "male")[0] == male
    assert rda_mg(age, "female")[0] == female
    assert rda_mg(age, "unspecified")[0] == max(male, female)
    if pregnancy is not None:
        assert rda_mg(age, "female", pregnant=True)[0] == pregnancy
        assert rda_mg(age, "unspecified", pregnant=True)[0] == pregnancy
    if lactation is not None:
        assert rda_mg(age, "female", lactating=True)[0] == lactation


def test_seed_article_figures_for_a_25_year_old() -> None:
    assert rda_mg(25, "female") == (310, "RDA for females, age 19-30 years")
    assert rda_mg(25, "male") == (400, "RDA for males, age 19-30 years")
    assert rda_mg(25, "female", pregnant=True) == (350, "RDA in pregnancy, age 19-30 years")
    assert rda_mg(25, "female", lactating=True)[0] == 310


@pytest.mark.parametrize(
    ("below", "at", "female_below", "female_at", "male_below", "male_at"),
    [
        (13, 14, 240, 360, 240, 410),
        (18, 19, 360, 310, 410, 400),
        (30, 31, 310, 320, 400, 420),
        (50, 51, 320, 320, 420, 420),
    ],
)
def test_boundaries(
    below: int, at: int, female_below: int, female_at: int, male_below: int, male_at: int
) -> None:
    assert rda_mg(below, "female")[0] == female_below
    assert rda_mg(at, "female")[0] == female_at
    assert rda_mg(below, "male")[0] == male_below
    assert rda_mg(at, "male")[0] == male_at


def test_infants_are_an_adequate_intake() -> None:
    assert rda_mg(0.25, "female")[1].startswith("Adequate Intake")
    assert rda_mg(0.5, "male")[0] == 75
    assert rda_mg(0.49, "male")[0] == 30


def test_unspecified_sex_takes_the_higher_and_says_so() -> None:
    mg, basis = rda_mg(25, "unspecified")
    assert mg == 400
    assert "sex not given" in basis and "higher" in basis
    assert "same for both" in rda_mg(10, "unspecified")[1]


def test_pregnancy_outside_14_to_50_falls_back_and_says_so() -> None:
    assert rda_mg(13, "female", pregnant=True) == (
        240,
        "RDA for females, age 9-13 years; the table has pregnancy figures only for ages 14 to 50",
    )
    mg, basis = rda_mg(51, "female", lactating=True)
    assert mg == 320
    assert "lactation figures only for ages 14 to 50" in basis


def test_pregnant_and_lactating_takes_pregnancy() -> None:
    mg, basis = rda_mg(16, "female", pregnant=True, lactating=True)
    assert mg == 400
    assert "higher" in basis


def test_refusals() -> None:
    with pytest.raises(ValueError, match="female, male, unspecified"):
        rda_mg(25, "other")
    with pytest.raises(ValueError, match="pregnancy"):
        rda_mg(25, "male", pregnant=True)
    with pytest.raises(ValueError, match="age"):
        rda_mg(-1, "female")


@pytest.mark.parametrize(
    ("age", "limit"),
    [
        (0, None),
        (0.9, None),
        (0.99, None),
        (1, 65),
        (3, 65),
        (3.9, 65),
        (4, 110),
        (8, 110),
        (8.9, 110),
        (9, 350),
        (13, 350),
        (25, 350),
        (80, 350),
        (None, 350),  # age not given: the adult limit
    ],
)
def test_supplement_upper_limit(age: float | None, limit: int | None) -> None:
    assert supplement_ul_mg(age) == limit


def test_daily_value_and_source() -> None:
    assert DAILY_VALUE_MG == 420
    assert SOURCE == (
        "US National Academies, as published by the NIH Office of Dietary Supplements, "
        "Magnesium fact sheet"
    )
