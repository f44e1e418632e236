"""An era's settings as the profile file keeps them: each value checked, each message
exact and naming its field (a hand-edited profile.json is refused, never guessed)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from journal.core.person.eras import Era, checked
from journal.core.validate import ValidationError

MAY = date(2026, 5, 14)


def refused(make: Any) -> tuple[str, str]:
    with pytest.raises(ValidationError) as caught:
        make()
    return caught.value.field, caught.value.message


@pytest.mark.parametrize(
    ("make", "field", "message"),
    [
        (lambda: Era("2026-05-14"), "until", "must be a date like 2026-03-01"),  # type: ignore[arg-type]
        (lambda: Era(MAY, pregnant="yes"), "pregnant", "must be yes or no"),  # type: ignore[arg-type]
        (lambda: Era(MAY, lactating=1), "lactating", "must be yes or no"),  # type: ignore[arg-type]
        (lambda: Era(MAY, custom_target_mg=0), "target", "0 is too little; give more than 0"),
        (
            lambda: Era(MAY, custom_target_mg=2000.5),
            "target",
            "2000.5 is more than the most allowed (2000); give less",
        ),
        (lambda: Era.from_doc("2026-05-14"), "eras", "each must be a table of settings"),
        (lambda: Era.from_doc({}), "until", "must be a date like 2026-03-01"),
        (lambda: Era.from_doc({"until": 20260514}), "until", "must be a date like 2026-03-01"),
        (lambda: Era.from_doc({"until": "14 May"}), "until", "'14 May' is not a date"),
        (lambda: checked("x"), "eras", "must be a list of dated settings"),
        (lambda: checked([MAY]), "eras", "must be a list of dated settings"),
        (
            lambda: checked((Era(MAY), Era(date(2026, 1, 1)))),
            "eras",
            "must follow each other in date order, one per date",
        ),
        (
            lambda: checked([Era(MAY), Era(MAY)]),
            "eras",
            "must follow each other in date order, one per date",
        ),
    ],
)
def test_each_bad_value_is_named_at_its_field(make: Any, field: str, message: str) -> None:
    got_field, got_message = refused(make)
    assert got_field == field
    assert got_message == message


def test_good_values_pass_as_given() -> None:
    era = Era(MAY, True, False, 2000.0)  # the most a typed target may be
    assert (era.until, era.pregnant, era.lactating, era.custom_target_mg) == (
        MAY,
        True,
        False,
        2000.0,
    )
    assert Era.from_doc({"until": "2026-05-14", "lactating": True}) == Era(MAY, False, True, None)
    assert checked([Era(date(2026, 1, 1)), Era(MAY)]) == (Era(date(2026, 1, 1)), Era(MAY))
    assert checked(()) == ()
