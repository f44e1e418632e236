"""CSV cells a spreadsheet would run as formulas are written as text; numbers stay numbers."""

from __future__ import annotations

import pytest

from journal.core.exchange.csv_rows import spreadsheet_safe


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+SUM(A1)", "'+SUM(A1)"),
        ("-calf", "'-calf"),
        ("@cmd", "'@cmd"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("-1", "-1"),
        ("+2.5", "+2.5"),
        ("Almonds = good", "Almonds = good"),
        ("", ""),
        ("76", "76"),
    ],
)
def test_spreadsheet_safe(cell: str, written: str) -> None:
    assert spreadsheet_safe(cell) == written
