"""The profile: validation, the target it gives, the custom override and condition notes."""

from __future__ import annotations

import pytest

from journal.core.person.profile import (
    CONDITION_KEYS,
    Profile,
    condition_notes,
    target,
)
from journal.core.person.targets import supplement_ul_mg
from journal.core.validate import ValidationError

# The clock is pinned to 2026-11-25: born 2001 is 25 this year.


def test_default_profile_takes_the_higher_adult_figure() -> None:
    result = target(Profile())
    assert (result.mg, result.is_custom) == (400, False)
    assert "higher of male 400 and female 310 mg" in result.basis
    assert "birth year not given" in result.basis


# Issue 24, item 3: without a birth year the seed's adult figures, by sex (not always 310).
@pytest.mark.parametrize(
    ("profile", "mg", "basis"),
    [
        (Profile(sex="male"), 400, "RDA for males, adult"),
        (Profile(sex="female"), 310, "RDA for females, adult"),
        (Profile(sex="unspecified"), 400, "sex not given, so the higher"),
        (Profile(sex="female", pregnant=True), 350, "RDA in pregnancy, adult"),
        (Profile(sex="female", lactating=True), 310, "RDA in lactation, adult"),
    ],
)
def test_without_a_birth_year_the_adult_figure_for_the_sex(
    profile: Profile, mg: int, basis: str
) -> None:
    result = target(profile)
    assert result.mg == mg
    assert basis in result.basis and "birth year not given" in result.basis
    assert "give your birth year" not in result.basis.lower()  # no advice on a doctor's page


@pytest.mark.parametrize(
    ("profile", "mg"),
    [
        (Profile(sex="female", birth_year=2001), 310),
        (Profile(sex="male", birth_year=2001), 400),
        (Profile(sex="female", birth_year=2001, pregnant=True), 350),
        (Profile(sex="female", birth_year=2001, lactating=True), 310),
        (Profile(sex="unspecified", birth_year=2001), 400),
        (Profile(sex="male", birth_year=1970), 420),
        (Profile(sex="female", birth_year=2010), 360),
    ],
)
def test_target_from_the_table(profile: Profile, mg: int) -> None:
    result = target(profile)
    assert result.mg == mg
    assert not result.is_custom
    assert "NIH Office of Dietary Supplements" in result.basis


def test_born_this_year_takes_the_higher_infant_value() -> None:
    result = target(Profile(sex="female", birth_year=2026))
    assert result.mg == 75
    assert "months unknown" in result.basis
    assert supplement_ul_mg(Profile(birth_year=2026).age) is None


def test_custom_target_overrides_and_is_marked() -> None:
    result = target(Profile(sex="female", birth_year=2001, custom_target_mg="380"))
    assert (result.mg, result.is_custom) == (380.0, True)
    assert "310" in result.basis


@pytest.mark.parametrize("bad", ["0", "-5", "lots", "5000"])
def test_bad_custom_target_is_refused(bad: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Profile(custom_target_mg=bad)
    assert caught.value.field == "target"


@pytest.mark.parametrize(
    ("kwargs", "field", "words"),
    [
        ({"birth_year": 2027}, "birth_year", "in the future"),
        ({"birth_year": 1899}, "birth_year", "before 1900"),
        ({"birth_year": "nineteen"}, "birth_year", "not a year"),
        ({"sex": "robot"}, "sex", "female, male, unspecified"),
        ({"sex": "male", "pregnant": True}, "pregnant", "female"),
        ({"sex": "male", "lactating": True}, "lactating", "female"),
        ({"conditions": ("gout",)}, "condition", "diabetes"),
        ({"units": "imperial"}, "units", "metric, us"),
    ],
)
def test_refusals(kwargs: dict[str, object], field: str, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Profile(**kwargs)  # type: ignore[arg-type]
    assert caught.value.field == field
    assert words in caught.value.message


def test_edges_of_birth_year_are_accepted() -> None:
    assert Profile(birth_year=1900).birth_year == 1900
    assert Profile(birth_year="2026").birth_year == 2026


def test_round_trip_through_a_doc() -> None:
    profile = Profile(
        sex="female",
        birth_year=1990,
        pregnant=True,
        conditions=("heavy_alcohol", "diabetes", "diabetes"),
        units="us",
        custom_target_mg=333,
        theme="nord",
        onboarded=True,
    )
    assert profile.conditions == ("diabetes", "heavy_alcohol")
    assert Profile.from_doc(profile.to_doc()) == profile


def test_upper_limit_follows_age() -> None:
    assert supplement_ul_mg(Profile(birth_year=2020).age) == 110
    assert supplement_ul_mg(Profile(birth_year=1990).age) == 350
    assert supplement_ul_mg(Profile().age) == 350  # age not given: the adult limit


def test_conditions_give_notes_but_never_change_the_target() -> None:
    plain = Profile(sex="female", birth_year=2001)
    ill = plain.but(conditions=CONDITION_KEYS)
    assert target(ill) == target(plain)
    notes = condition_notes(ill)
    assert len(notes) == 6
    assert all("Magnesium for Muscle Spasms" in note for note in notes)
    assert "Crohn's disease" in notes[1]
    assert condition_notes(plain) == []
