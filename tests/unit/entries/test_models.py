"""Entries refuse bad values with a message naming the field, and round-trip exactly."""

from __future__ import annotations

import math
from datetime import date, time

import pytest

from journal.core.entries.kinds import MEAL_TIMES
from journal.core.entries.models import (
    MEALS,
    FactorEntry,
    FoodEntry,
    SupplementEntry,
    SymptomEntry,
    entry_from_doc,
    meal_for,
)
from journal.core.validate import ValidationError, parse_date, parse_time

DAY = date(2026, 11, 20)
T = time(8, 0)


@pytest.mark.parametrize(
    "entry",
    [
        FoodEntry(DAY, T, "[bold]Oats[/] [b", 40, 55.2, 150, "breakfast", "usda:08120", "1/2 cup"),
        FoodEntry(DAY, T, "Mystery soup", 300, None, None, "lunch"),
        FoodEntry(DAY, T, "Granola bar", None, 60.0, None, "snack", portion="1 bar"),
        SupplementEntry(DAY, T, "glycinate", 200, 1430, "with dinner"),
        SymptomEntry(DAY, time(6, 30), "cramp", 3, "calf", "woke me 😖 שלום"),
        SymptomEntry(DAY, time(6, 30), "restless legs"),
        FactorEntry(DAY, time(18, 0), "exercise", 45, "run"),
        FactorEntry(DAY, time(23, 0), "poor_sleep"),
    ],
)
def test_entries_round_trip_through_docs(entry: object) -> None:
    doc = entry.to_doc()  # type: ignore[attr-defined]
    assert entry_from_doc(entry.KIND, doc) == entry  # type: ignore[attr-defined]


def test_unknown_magnesium_stays_unknown() -> None:
    entry = FoodEntry(DAY, T, "Soup", 300, None)
    assert entry.mg is None
    assert entry.to_doc()["mg"] is None


def test_unknown_weight_stays_unknown_and_shows_the_portion() -> None:
    bar = FoodEntry(DAY, T, "Granola bar", None, 60.0, portion="1 bar")
    assert bar.grams is None and bar.to_doc()["grams"] is None and bar.amount_text == "1 bar"
    assert FoodEntry(DAY, T, "Oats", 40, 55).amount_text == "40 g"
    assert FoodEntry(DAY, T, "Oats", None, 55).amount_text == ""


def test_each_entry_gets_its_own_stable_id() -> None:
    a, b = FoodEntry(DAY, T, "Oats", 40, 55), FoodEntry(DAY, T, "Oats", 40, 55)
    assert a.id != b.id
    assert FoodEntry.from_doc(a.to_doc()).id == a.id


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda: FoodEntry(DAY, T, "  ", 40, 5), "food"),
        (lambda: FoodEntry(DAY, T, "Oats\x1b[31m", 40, 5), "food"),
        (lambda: FoodEntry(DAY, T, "Oats", -1, 5), "amount"),
        (lambda: FoodEntry(DAY, T, "Oats", 0, 5), "amount"),
        (lambda: FoodEntry(DAY, T, "Oats", math.nan, 5), "amount"),
        (lambda: FoodEntry(DAY, T, "Oats", math.inf, 5), "amount"),
        (lambda: FoodEntry(DAY, T, "Almonds", 50_000, 5), "amount"),
        (lambda: FoodEntry(DAY, T, "Oats", 40, -5), "magnesium"),
        (lambda: FoodEntry(DAY, T, "Oats", 40, 5, meal="brunch"), "meal"),
        (lambda: SymptomEntry(DAY, T, "cramp", 0), "severity"),
        (lambda: SymptomEntry(DAY, T, "cramp", 6), "severity"),
        (lambda: SymptomEntry(DAY, T, "cramp", where="elbow"), "where"),
        (lambda: SymptomEntry(DAY, T, "cramp", note="bell\x07"), "note"),
        (lambda: SymptomEntry(DAY, T, ""), "symptom"),
        (lambda: FactorEntry(DAY, T, "juggling"), "factor"),
        (lambda: FactorEntry(DAY, T, "exercise", -10), "amount"),
        (lambda: SupplementEntry(DAY, T, "oxide", 0), "magnesium"),
    ],
)
def test_bad_values_are_refused_naming_the_field(build: object, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        build()  # type: ignore[operator]
    assert caught.value.field == field
    assert caught.value.message


@pytest.mark.parametrize(
    ("text", "expected"), [("06:30", time(6, 30)), ("6:30", time(6, 30)), ("0630", time(6, 30))]
)
def test_times_people_type(text: str, expected: time) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7am", time(7, 0)),
        ("7 AM", time(7, 0)),
        ("7:30pm", time(19, 30)),
        ("12am", time(0, 0)),  # midnight
        ("12pm", time(12, 0)),  # noon
        ("12:15 a.m.", time(0, 15)),
        ("11:59pm", time(23, 59)),
        ("1:05 p.m.", time(13, 5)),
    ],
)
def test_a_twelve_hour_time_is_read(text: str, expected: time) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize(
    "text", ["25:00", "12:60", "noon", "", "6", "0am", "13pm", "7:60pm", "7pmx", "a7pm"]
)
def test_impossible_times_are_refused(text: str) -> None:
    with pytest.raises(ValidationError, match="time"):
        parse_time(text)


def test_future_and_impossible_dates_are_refused() -> None:
    assert parse_date("2026-11-25") == date(2026, 11, 25)  # the pinned today
    for text in ["2026-11-26", "2026-02-30", "yesterday", "1899-12-31"]:
        with pytest.raises(ValidationError, match="date"):
            parse_date(text)


@pytest.mark.parametrize(
    ("at", "meal"),
    [
        (time(7), "breakfast"),
        (time(12), "lunch"),
        (time(18), "dinner"),
        (time(22), "snack"),
        (time(0, 0), "snack"),
        (time(0, 5), "snack"),  # past midnight: a snack, not breakfast
        (time(3, 59), "snack"),
        (time(4), "breakfast"),
        (time(10, 29), "breakfast"),
        (time(10, 30), "lunch"),
        (time(14, 59), "lunch"),
        (time(15, 0), "snack"),  # the afternoon: a snack (was dinner from 15:00)
        (time(15, 30), "snack"),
        (time(16, 59), "snack"),
        (time(17, 0), "dinner"),
        (time(20, 59), "dinner"),
        (time(21, 0), "snack"),
        (time(23, 59), "snack"),
    ],
)
def test_default_meal_follows_the_time_of_day(at: time, meal: str) -> None:
    assert meal_for(at) == meal


@pytest.mark.parametrize("meal", MEALS)
def test_each_meals_usual_time_files_under_that_meal(meal: str) -> None:
    """A reviewer's report: the app's own snack time, 15:30, was filed as dinner."""
    assert meal_for(MEAL_TIMES[meal]) == meal


def test_new_ids_are_random_version_4_uuids_as_uuid4_hex_wrote_them() -> None:
    # Ids written before and after new_id stopped importing uuid must look alike: other
    # copies of the app, exports and sync merges read them.
    import uuid

    from journal.core.entries.models import new_id

    ids = [new_id() for _ in range(200)]
    assert len(set(ids)) == 200
    for entry_id in ids:
        parsed = uuid.UUID(hex=entry_id)
        assert parsed.hex == entry_id
        assert parsed.version == 4
        assert parsed.variant == uuid.RFC_4122
