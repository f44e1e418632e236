"""The JSON export's layout: one line per day and kind, and exactly the docs given."""

from __future__ import annotations

import json

from journal.store.export import encode_document


def _doc(n: int, note: str = "") -> dict[str, object]:
    return {"id": f"id{n}", "time": f"0{n}:00", "note": note}


def test_one_line_per_day_and_kind_and_the_docs_come_back_exactly() -> None:
    # Notes that look like the day mark, with and without a real NUL, stay notes.
    tricky = [', "\\u0000next day\\u0000", ', '", "\x00next day\x00", "', "\x00next day\x00"]
    docs = {
        "foods": [_doc(1), _doc(2, tricky[0]), _doc(3, tricky[1])],
        "symptoms": [_doc(4, tricky[2])],
        "factors": [],
    }
    per_line = {"foods": [2, 1], "symptoms": [1], "factors": []}
    document = {"format": "mg-journal-export", "entries": docs}
    text = encode_document(document, per_line).decode("utf-8")
    assert json.loads(text) == document
    lines = text.splitlines()
    foods = lines.index('"foods": [')
    assert lines[foods + 1].count('"id"') == 2 and lines[foods + 1].endswith(",")
    assert lines[foods + 2].count('"id"') == 1 and lines[foods + 3] == "],"
    assert '"factors": [' in lines and lines[lines.index('"factors": [') + 2] == "]"
