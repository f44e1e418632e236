"""A bad date or time inside an imported file is said naming the row and field and
what one must look like: it read "entries.foods[0]: month must be in 1..12", Python's
words."""

from __future__ import annotations

from typing import Any

import pytest

from journal.core.exchange.json_doc import parse_document

ID = "0123456789abcdef0123456789abcdef"


def _document(**fields: Any) -> dict[str, Any]:
    food = {"id": ID, "date": "2026-11-20", "time": "08:00", "name": "Oats", "grams": 40.0}
    food.update(fields)
    food["mg"] = 50.0
    return {"format": "mg-journal-export", "version": 1, "entries": {"foods": [food]}}


@pytest.mark.parametrize(
    ("fields", "said"),
    [
        ({"date": "2026-13-07"}, "date: '2026-13-07' is not a date (YYYY-MM-DD, e.g. 2026-11-25)"),
        ({"date": "2026-02-30"}, "date: '2026-02-30' is not a date (YYYY-MM-DD, e.g. 2026-11-25)"),
        ({"date": 20261120}, "date: '20261120' is not a date (YYYY-MM-DD, e.g. 2026-11-25)"),
        ({"date": None}, "date: missing; give a date (YYYY-MM-DD, e.g. 2026-11-25)"),
        ({"time": "25:37"}, "time: '25:37' is not a time (HH:MM, e.g. 06:30)"),
    ],
)
def test_a_bad_date_names_its_row_and_field(fields: dict[str, Any], said: str) -> None:
    parsed = parse_document(_document(**fields))
    assert parsed.entries == []
    assert parsed.problems == [f"entries.foods[0]: {said}; skipped"]


def test_a_good_date_is_read() -> None:
    parsed = parse_document(_document())
    assert [e.date.isoformat() for e in parsed.entries] == ["2026-11-20"]
    assert parsed.problems == []
