"""Each day's own target: a profile change holds from its date, a past day keeps the
target of its time, and an age known only by its birth year errs safe."""

from __future__ import annotations

from datetime import date

import pytest

from journal.core.person.day_targets import Change, DayTargets, record
from journal.core.person.eras import Era
from journal.core.person.profile import Profile, supplement_limit, target
from journal.core.validate import ValidationError

# The clock is pinned to 2026-11-25. Born 1996: 29 or 30 this year, the 19-30 row.
WOMAN = Profile(sex="female", birth_year=1996, onboarded=True)
MAY = date(2026, 5, 14)


def test_the_first_profile_saved_holds_from_the_first_day() -> None:
    assert record(None, WOMAN.but(pregnant=True), MAY).eras == ()


def test_a_pregnancy_holds_from_its_date_and_the_days_before_keep_theirs() -> None:
    pregnant = record(WOMAN, WOMAN.but(pregnant=True), MAY)
    assert pregnant.eras == (Era(MAY, False, False, None),)
    assert target(pregnant, date(2026, 5, 13)).mg == 310  # the day before
    assert target(pregnant, MAY).mg == 350  # the first day of it
    assert target(pregnant).mg == 350  # today
    # Then breastfeeding from 1 September: three targets, each on its own days.
    later = date(2026, 9, 1)
    feeding = record(pregnant, pregnant.but(pregnant=False, lactating=True), later)
    assert feeding.eras == (Era(MAY, False, False, None), Era(later, True, False, None))
    days = DayTargets(feeding)
    assert [days.mg(d) for d in (date(2026, 1, 2), MAY, date(2026, 8, 31), later)] == [
        310,
        350,
        350,
        310,
    ]


def test_a_change_that_is_not_of_the_target_records_nothing() -> None:
    assert record(WOMAN, WOMAN.but(units="us", conditions=("diabetes",)), MAY).eras == ()


def test_a_change_undone_the_same_day_leaves_no_trace() -> None:
    pregnant = record(WOMAN, WOMAN.but(pregnant=True), MAY)
    assert record(pregnant, pregnant.but(pregnant=False), MAY).eras == ()


def test_a_change_dated_before_an_earlier_one_rewrites_only_what_it_changes() -> None:
    own = record(WOMAN, WOMAN.but(custom_target_mg=400.0), MAY)
    # Then: pregnant since 1 March, typed after the May change. Pregnancy holds from
    # March; the custom target still only from May.
    march = date(2026, 3, 1)
    both = record(own, own.but(pregnant=True), march)
    assert both.eras == (Era(march), Era(MAY, True, False, None))
    assert [target(both, d).mg for d in (date(2026, 2, 28), march, MAY)] == [310, 350, 400]


def test_a_target_dated_back_and_undone_keeps_the_pregnancy() -> None:
    """The fifth helper's report: a custom target dated back, then set back to the RDA
    from the same day, erased a pregnancy recorded later in the year."""
    pregnant = record(WOMAN, WOMAN.but(pregnant=True), date(2026, 3, 1))
    feeding = record(pregnant, pregnant.but(pregnant=False, lactating=True), date(2026, 10, 1))
    own = record(feeding, feeding.but(custom_target_mg=400.0), date(2026, 2, 1))
    back = record(own, own.but(custom_target_mg=None), date(2026, 2, 1))
    assert back.eras == feeding.eras
    assert target(back, date(2026, 6, 1)).mg == 350


def test_a_named_setting_is_dated_even_when_it_already_holds() -> None:
    late = record(WOMAN, WOMAN.but(pregnant=True), date(2026, 11, 1))
    earlier = record(late, late, date(2026, 6, 1), named=("pregnant",))
    assert earlier.eras == (Era(date(2026, 6, 1)),)
    assert record(late, late, date(2026, 6, 1)).eras == late.eras  # not named: unchanged


def test_a_first_profile_with_a_date_had_none_of_it_before() -> None:
    first = record(None, WOMAN.but(pregnant=True), date(2026, 6, 1), named=("pregnant",))
    assert first.eras == (Era(date(2026, 6, 1)),)
    assert [target(first, d).mg for d in (date(2026, 5, 31), date(2026, 6, 1))] == [310, 350]


def test_neighbouring_eras_with_the_same_settings_are_one() -> None:
    one = record(WOMAN, WOMAN.but(custom_target_mg=400.0), date(2026, 3, 1))
    two = record(one, one.but(custom_target_mg=None), MAY)
    three = record(two, two.but(custom_target_mg=400.0), date(2026, 6, 1))
    # Before 1 March: 310; March to May: 400; May: 310; from June: 400 again.
    assert [e.until for e in three.eras] == [date(2026, 3, 1), MAY, date(2026, 6, 1)]
    back = record(three, three.but(custom_target_mg=None), date(2026, 6, 1))
    assert [e.until for e in back.eras] == [date(2026, 3, 1), MAY]
    assert back.eras[-1].settings == (False, False, 400.0)


def test_a_sex_corrected_to_male_after_a_pregnancy_takes_the_male_figures() -> None:
    pregnant = record(WOMAN.but(pregnant=True), WOMAN, MAY)  # pregnant until May
    man = pregnant.but(sex="male")
    assert target(man, date(2026, 4, 1)).mg == 400  # not refused, not a pregnancy figure


def test_a_past_day_has_the_age_of_its_year() -> None:
    # Born 1995: 29 or 30 in 2025 (the 19-30 row), 30 or 31 in 2026 (the higher: 320).
    woman = Profile(sex="female", birth_year=1995)
    days = DayTargets(woman)
    assert days.mg(date(2025, 12, 31)) == 310
    assert days.mg(date(2026, 1, 1)) == 320
    assert days.changes(date(2025, 12, 1), date(2026, 1, 31)) == [
        Change(date(2025, 12, 1), target(woman, date(2025, 12, 1))),
        Change(date(2026, 1, 1), target(woman, date(2026, 1, 1))),
    ]
    assert days.changes(date(2026, 1, 2), date(2026, 1, 1)) == []


@pytest.mark.parametrize(
    ("born", "sex", "mg", "note"),
    [
        # 18 or 19: the 14-18 row's figure is the higher for both sexes.
        (
            2007,
            "female",
            360,
            "age 18 or 19 this year, birthday unknown: the higher of 310 and 360",
        ),
        (2007, "male", 410, "the higher of 400 and 410"),
        (1995, "female", 320, "age 30 or 31 this year"),
        (2017, "male", 240, "age 8 or 9 this year"),
        (2025, "female", 80, "age 0 or 1 this year"),
        # 50 or 51: the same figure in both rows, so nothing to say.
        (1975, "female", 320, None),
        (1996, "male", 400, None),
    ],
)
def test_an_age_known_by_its_year_takes_the_higher_rda(
    born: int, sex: str, mg: int, note: str | None
) -> None:
    result = target(Profile(sex=sex, birth_year=born))
    assert result.mg == mg
    if note is None:
        assert "birthday unknown" not in result.basis
    else:
        assert note in result.basis


@pytest.mark.parametrize(
    ("born", "limit"),
    [
        (None, 350),
        (2026, None),
        (2025, 65),
        (2023, 65),
        (2022, 65),
        (2021, 110),
        (2017, 110),
        (2016, 350),
    ],
)
def test_an_age_known_by_its_year_takes_the_lower_supplement_limit(
    born: int | None, limit: int | None
) -> None:
    # 2017: 8 or 9 this year, so 110 mg (not the 350 of a nine-year-old).
    assert supplement_limit(Profile(birth_year=born)) == limit


def test_eras_survive_the_profile_file_and_a_bad_one_is_refused() -> None:
    pregnant = record(WOMAN, WOMAN.but(pregnant=True, custom_target_mg=380.0), MAY)
    assert Profile.from_doc(pregnant.to_doc()) == pregnant
    doc = pregnant.to_doc()
    doc["eras"][0]["until"] = "14 May"
    with pytest.raises(ValidationError, match="'14 May' is not a date"):
        Profile.from_doc(doc)
    doc["eras"] = [Era(MAY).to_doc(), Era(date(2026, 1, 1)).to_doc()]
    with pytest.raises(ValidationError, match="date order"):
        Profile.from_doc(doc)
    doc["eras"] = [Era(MAY).to_doc(), Era(MAY).to_doc()]
    with pytest.raises(ValidationError, match="one per date"):
        Profile.from_doc(doc)
    doc["eras"] = [{**Era(MAY).to_doc(), "pregnant": "yes"}]
    with pytest.raises(ValidationError, match="yes or no"):
        Profile.from_doc(doc)
    doc["eras"] = [{**Era(MAY).to_doc(), "custom_target_mg": 0}]
    with pytest.raises(ValidationError, match="target"):
        Profile.from_doc(doc)
    doc["eras"] = {"until": "2026-05-14"}
    with pytest.raises(ValidationError, match="list of dated settings"):
        Profile.from_doc(doc)


def test_an_era_on_file_holds_each_of_its_settings() -> None:
    era = Era(MAY, pregnant=True, lactating=True, custom_target_mg=380.0)
    doc = era.to_doc()
    assert doc == {
        "until": "2026-05-14",
        "pregnant": True,
        "lactating": True,
        "custom_target_mg": 380.0,
    }
    assert Era.from_doc(doc) == era
    # A document of an older writer, without the settings it did not change: the defaults.
    assert Era.from_doc({"until": "2026-05-14"}) == Era(MAY, False, False, None)
    with pytest.raises(ValidationError, match="until: must be a date"):
        Era.from_doc({"pregnant": True})
    with pytest.raises(ValidationError, match="each must be a table"):
        Era.from_doc(["2026-05-14"])


def test_the_day_before_a_change_keeps_what_held_on_it() -> None:
    """A custom target from 1 March, then pregnant from 2 March: 1 March keeps 400 mg."""
    march = date(2026, 3, 1)
    own = record(WOMAN, WOMAN.but(custom_target_mg=400.0), march)
    both = record(own, own.but(pregnant=True), date(2026, 3, 2))
    assert [target(both, d).mg for d in (date(2026, 2, 28), march)] == [310, 400]
    assert both.eras == (Era(march), Era(date(2026, 3, 2), False, False, 400.0))


def test_the_targets_of_a_period_name_only_its_own_changes() -> None:
    # Born 1996: 310 mg in 2026 (29 or 30), 320 mg in 2027 (30 or 31).
    days = DayTargets(Profile(sex="female", birth_year=1996))
    year = [
        Change(date(2026, 1, 1), target(Profile(sex="female", birth_year=1996), date(2026, 1, 1)))
    ]
    assert days.changes(date(2026, 1, 1), date(2026, 12, 31)) == year
    assert [c.target.mg for c in days.changes(date(2026, 6, 1), date(2027, 2, 1))] == [310, 320]
    assert days.changes(MAY, MAY) == [Change(MAY, days.on(MAY))]  # one day
    # Born 1995: 310 in 2025, 320 from 2026: a period within 2026 has one target.
    later = DayTargets(Profile(sex="female", birth_year=1995))
    assert [c.since for c in later.changes(date(2026, 6, 1), date(2026, 12, 31))] == [
        date(2026, 6, 1)
    ]


def test_a_change_on_the_last_day_of_a_period_is_named() -> None:
    pregnant = record(WOMAN, WOMAN.but(pregnant=True), MAY)
    days = DayTargets(pregnant)
    assert [(c.since, c.target.mg) for c in days.changes(date(2026, 5, 1), MAY)] == [
        (date(2026, 5, 1), 310),
        (MAY, 350),
    ]


def test_a_first_profile_dated_sets_every_changed_setting_from_that_day() -> None:
    june = date(2026, 6, 1)
    both = record(None, WOMAN.but(pregnant=True, lactating=True), june, named=("pregnant",))
    assert both.eras == (Era(june),)  # breastfeeding too, only from June
    own = record(None, WOMAN.but(custom_target_mg=400.0), june, named=("custom_target_mg",))
    assert own.eras == (Era(june),)
    assert target(own, date(2026, 5, 31)).mg == 310


def test_a_change_dated_on_an_earlier_changes_day() -> None:
    march = date(2026, 3, 1)
    pregnant = record(WOMAN, WOMAN.but(pregnant=True), march)
    feeding = record(pregnant, pregnant.but(lactating=True), march)
    assert feeding.eras == (Era(march),)
    assert target(feeding, march).basis.startswith("RDA in pregnancy")
