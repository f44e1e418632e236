"""Strange input never crashes the core or the store; text round-trips; bad numbers are refused."""

from __future__ import annotations

import math
import tempfile
import unicodedata
from datetime import date, time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal.core import validate
from journal.core.entries.models import FoodEntry, SymptomEntry
from journal.core.validate import ValidationError
from journal.store.journal import Journal

DAY = date(2026, 11, 20)
MARKUP = st.sampled_from(["[b", "[/]", "[link=x]", "[bold]x[/bold]", "[red", "\\[", "]["])
NASTY = st.one_of(
    st.text(),
    MARKUP,
    st.text(alphabet="\u202e\u200f\u0627\u05e9\u200d👩‍⚕️", min_size=1),  # RTL, joiners, emoji
    st.just("x" * 10_000),
    st.builds(lambda a, b: a + b, MARKUP, st.text()),
)
NUMBERS = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.sampled_from(["1,5", "1.5", " 2 ", "nan", "inf", "-1", "1e400", "", "½", "one"]),
)

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(NASTY)
def test_names_are_kept_exactly_or_refused_with_a_message(text: str) -> None:
    try:
        clean = validate.name(text)
    except ValidationError as exc:
        assert exc.field == "name" and exc.message
        return
    assert clean == text.strip()
    assert 0 < len(clean) <= 200
    assert not any(unicodedata.category(ch) == "Cc" for ch in clean)


@FUZZ
@given(NASTY)
def test_every_plain_name_is_accepted(text: str) -> None:
    """The other half: a name is refused only for a reason a person can fix."""
    plain = text.strip()
    if 0 < len(plain) <= 200 and not any(unicodedata.category(ch) == "Cc" for ch in plain):
        assert validate.name(text) == plain


@FUZZ
@given(NUMBERS)
def test_amounts_are_finite_positive_and_bounded_or_refused(value: object) -> None:
    try:
        number = validate.amount(value, "amount", maximum=5000)
    except ValidationError as exc:
        assert exc.field == "amount"
        return
    assert math.isfinite(number) and 0 < number <= 5000
    as_float = float(str(value).strip().replace(",", ".")) if isinstance(value, str) else value
    assert number == as_float


@pytest.mark.parametrize(
    ("value", "kept"),
    [(5000, 5000.0), ("5000", 5000.0), (" 1,5 ", 1.5), (0.001, 0.001), ("1e-300", 1e-300)],
)
def test_amount_limits_keep_the_edges(value: object, kept: float) -> None:
    assert validate.amount(value, "amount", maximum=5000) == kept


@pytest.mark.parametrize("value", [5000.001, "5001", 0, "0", -0.0, -1, "nan", "inf", True, "one"])
def test_amount_limits_refuse_past_the_edges(value: object) -> None:
    with pytest.raises(ValidationError):
        validate.amount(value, "amount", maximum=5000)


@FUZZ
@given(note=NASTY, name=NASTY, grams=NUMBERS)
def test_store_round_trip_of_whatever_is_accepted(note: str, name: str, grams: object) -> None:
    try:
        entries = [
            SymptomEntry(DAY, time(6, 30), "cramp", 3, "calf", note),
            FoodEntry(DAY, time(8, 0), name, grams, None),  # type: ignore[arg-type]
        ]
    except ValidationError:
        return
    with tempfile.TemporaryDirectory() as tmp:
        journal = Journal.open(Path(tmp))
        for entry in entries:
            journal.add(entry)
        day = Journal.open(Path(tmp)).day(DAY)
        assert day.symptoms == [entries[0]] and day.symptoms[0].note == note
        assert day.foods == [entries[1]]
