"""Kinds, default times and bare entries shared by the Today keys and `mg-journal log`."""

from __future__ import annotations

from datetime import date, time

import pytest

from journal.core.entries.kinds import (
    PAST_DAY_TIME,
    CustomKind,
    bare_factor,
    bare_symptom,
    check_new_kind,
    entry_details,
    find_factor_kind,
    find_symptom_kind,
    valid_kinds,
)
from journal.core.entries.models import FactorEntry, SymptomEntry
from journal.core.validate import ValidationError

TODAY = date(2026, 11, 25)


def test_bare_symptom_today_takes_the_clock_time() -> None:
    entry = bare_symptom("cramp", TODAY)
    assert (entry.date, entry.time, entry.kind) == (TODAY, time(9, 30), "cramp")
    assert (entry.severity, entry.where, entry.note) == (None, None, "")


def test_bare_entry_on_a_past_day_takes_midday() -> None:
    assert bare_factor("diarrhea", date(2026, 11, 2)).time == PAST_DAY_TIME == time(12, 0)


def test_bare_entry_in_the_future_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        bare_symptom("cramp", date(2026, 11, 26))
    assert caught.value.field == "date"


def test_kinds_are_found_whatever_the_spelling() -> None:
    legs = CustomKind("Restless legs", "r")
    assert find_symptom_kind("CRAMP", []) == "cramp"
    assert find_symptom_kind("restless-legs", [legs]) == "Restless legs"
    assert find_symptom_kind("restless legs", []) is None
    assert find_factor_kind("poor-sleep") == "poor_sleep"
    assert valid_kinds([legs])[4:7] == ["fatigue", "Restless legs", "exercise"]
    assert "poor-sleep" in valid_kinds([legs])


@pytest.mark.parametrize(
    ("name", "key", "field"),
    [
        ("", None, "kind"),
        ("   ", None, "kind"),
        ("cramp", None, "kind"),
        ("Alcohol", None, "kind"),
        ("palpitations", "c", "key"),
        ("palpitations", "r", "key"),
        ("palpitations", "ab", "key"),
        ("palpitations", "[", "key"),
        ("bad\x1bname", None, "kind"),
    ],
)
def test_bad_new_kinds_are_refused(name: str, key: str | None, field: str) -> None:
    existing = [CustomKind("restless legs", "r")]
    with pytest.raises(ValidationError) as caught:
        check_new_kind(CustomKind(name, key), existing, taken_keys={"c", "w"})
    assert caught.value.field == field


def test_a_new_kind_with_a_free_key_is_accepted() -> None:
    check_new_kind(CustomKind("palpitations", "P"), [], taken_keys={"c"})
    assert CustomKind("palpitations", "P").key == "p"


def test_details_read_plainly() -> None:
    cramp = SymptomEntry(TODAY, time(6, 30), "cramp", 3, "calf")
    assert entry_details(cramp) == "severity 3 · calf"
    assert entry_details(FactorEntry(TODAY, time(18, 0), "exercise", 45)) == "45 minutes"
    assert entry_details(FactorEntry(TODAY, time(18, 0), "diarrhea")) == ""
