"""Each profile value checked exactly: its field and message (a hand-edited or
foreign profile.json is refused at the right field), and every value kept on file."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from journal.core.person.day_targets import record
from journal.core.person.eras import Era
from journal.core.person.profile import Profile, birth_year, my_symptom, target
from tests.unit.person.test_eras import refused

# The clock is pinned to 2026-11-25.


@pytest.mark.parametrize(
    ("make", "field", "message"),
    [
        (lambda: birth_year(True), "birth_year", "must be a year like 1990"),
        (lambda: birth_year(1990.5), "birth_year", "must be a year like 1990"),
        (lambda: birth_year("19x0", "born"), "born", "'19x0' is not a year like 1990"),
        (
            lambda: birth_year(2027),
            "birth_year",
            "2027 is in the future (this year is 2026); give the year you were born",
        ),
        (
            lambda: birth_year(1899),
            "birth_year",
            "1899 is before 1900; give the year you were born, 1900 to 2026",
        ),
        (lambda: my_symptom(3), "my_symptom", "must be a symptom kind like cramp, or 'any'"),
        (lambda: my_symptom("  "), "my_symptom", "must be a symptom kind like cramp, or 'any'"),
        (lambda: my_symptom("x" * 41), "my_symptom", "must be a symptom kind like cramp, or 'any'"),
        (lambda: Profile(theme=3), "theme", "must be a theme name"),  # type: ignore[arg-type]
        (lambda: Profile(keymap=[]), "keymap", "must map action names to keys"),  # type: ignore[arg-type]
        (lambda: Profile(keymap={"cramp": 3}), "keymap", "must map action names to keys"),  # type: ignore[dict-item]
        (lambda: Profile(keymap={3: "c"}), "keymap", "must map action names to keys"),  # type: ignore[dict-item]
        (
            lambda: Profile(conditions=("gout",)),
            "condition",
            "'gout' is not a condition; use one of: diabetes, crohns, celiac, "
            "intestinal_surgery, chronic_diarrhea, heavy_alcohol",
        ),
        (
            lambda: Profile(sex="male", pregnant=True),
            "pregnant",
            "applies only to female or 'prefer not to say'",
        ),
        (
            lambda: Profile(sex="male", lactating=True),
            "lactating",
            "applies only to female or 'prefer not to say'",
        ),
        (lambda: Profile(custom_target_mg=0), "target", "0 is too little; give more than 0"),
        (lambda: Profile.from_doc({"eras": "none"}), "eras", "must be a list of dated settings"),
    ],
)
def test_each_bad_value_is_named_at_its_field(make: Any, field: str, message: str) -> None:
    assert refused(make) == (field, message)


def test_good_values_as_kept() -> None:
    assert [birth_year(v) for v in (None, "", " 1990 ", 1900, 2026)] == [
        None,
        None,
        1990,
        1900,
        2026,
    ]
    assert [my_symptom(v) for v in (None, "any", " ANY ", " Cramp ", "x" * 40)] == [
        None,
        None,
        None,
        "cramp",
        "x" * 40,
    ]


def test_every_value_survives_the_file() -> None:
    profile = record(
        Profile(sex="female", onboarded=True),
        Profile(
            sex="female",
            birth_year=1990,
            lactating=True,
            conditions=("celiac", "diabetes"),
            units="us",
            custom_target_mg=330.0,
            theme="nord",
            keymap={"cramp": "C"},
            onboarded=True,
            my_symptom="cramp",
        ),
        date(2026, 5, 14),
    )
    doc = profile.to_doc()
    assert doc["lactating"] is True and doc["keymap"] == {"cramp": "C"}
    assert doc["my_symptom"] == "cramp" and doc["conditions"] == ["diabetes", "celiac"]
    assert Profile.from_doc(doc) == profile
    assert profile.eras == (Era(date(2026, 5, 14)),)


@pytest.mark.parametrize(
    ("profile", "mg", "said"),
    [
        # 30 or 31 this year, pregnant: the 31-50 row's 360 is the higher.
        (Profile(sex="female", birth_year=1995, pregnant=True), 360, "the higher of 350 and 360"),
        # 18 or 19, pregnant: the 14-18 row's 400.
        (Profile(sex="female", birth_year=2007, pregnant=True), 400, "the higher of 350 and 400"),
        # Breastfeeding, sex not given: the lactation rows, never the higher male figure.
        (Profile(birth_year=1995, lactating=True), 320, "the higher of 310 and 320"),
        (Profile(birth_year=2007, lactating=True), 360, "the higher of 310 and 360"),
        # 19 or 20: one row, nothing to choose.
        (Profile(sex="female", birth_year=2006), 310, "RDA for females, age 19-30 years; "),
        (
            Profile(sex="female", birth_year=2026),
            75,
            "(born this year, months unknown: the higher infant value); ",
        ),
        (Profile(birth_year=2026, pregnant=True), 75, "the table has pregnancy figures only"),
        (
            Profile(birth_year=2026, lactating=True),
            75,
            "Adequate Intake, age 7-12 months "
            "(same for both sexes); the table has lactation figures only for ages 14 to 50 "
            "(born this year",
        ),
    ],
)
def test_the_rda_of_an_age_known_by_its_year(profile: Profile, mg: int, said: str) -> None:
    result = target(profile)
    assert (result.mg, result.is_custom) == (mg, False)
    assert said in result.basis


def test_a_past_days_target_has_its_own_year_and_settings() -> None:
    # Born 1995: 29 or 30 in 2025 (310), 30 or 31 in 2026 (320).
    own = Profile(sex="female", birth_year=1995, custom_target_mg=400.0)
    assert target(own, date(2025, 6, 1)).basis == (
        "custom target you set (the RDA for you would be 310 mg)"
    )
    assert target(own).basis == "custom target you set (the RDA for you would be 320 mg)"
    feeding = record(
        own.but(onboarded=True), own.but(custom_target_mg=None, lactating=True), date(2026, 5, 14)
    )
    before = target(feeding, date(2026, 1, 10))
    assert (before.mg, before.is_custom) == (400.0, True)
    assert (
        "lactation"
        not in target(
            Profile(sex="female", birth_year=1995, eras=(Era(date(2026, 5, 14)),)),
            date(2026, 1, 10),
        ).basis
    )
    assert target(feeding, date(2026, 6, 1)).basis.startswith("RDA in lactation")
