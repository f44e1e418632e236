"""Read the number a person types before a unit: "1.5", "1,5" (comma decimal), "1/2",
"1 1/2", "½", "1½"; anything else, or an impossible amount, is refused in one line."""

from __future__ import annotations

import math
import re

MAX_AMOUNT = 5000.0

VULGAR = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅛": 0.125}
_NUMBER = r"\d+(?:[.,]\d+)?"
_AMOUNT = re.compile(
    rf"^(?:(?P<whole>\d+)\s+(?P<num>\d+)\s*/\s*(?P<den>\d+)"  # 1 1/2
    rf"|(?P<fnum>\d+)\s*/\s*(?P<fden>\d+)"  # 1/2
    rf"|(?P<int>\d+)?\s*(?P<vulgar>[{''.join(VULGAR)}])"  # ½, 1½, 1 ½
    rf"|(?P<plain>{_NUMBER}))$"  # 2, 1.5, 1,5
)


_THOUSANDS = re.compile(r"\d{1,3}(,\d{3})+")


def _fraction(numerator: str, denominator: str) -> float:
    if int(denominator) == 0:
        raise ValueError(f"amount has a zero denominator: {numerator}/{denominator}")
    return int(numerator) / int(denominator)


def parse_amount(text: str) -> float:
    """Parse a positive amount; raise ValueError with a one-line reason otherwise."""
    cleaned = " ".join(text.split())
    if not cleaned:
        raise ValueError("amount is empty: type a number such as 1, 1.5 or 1/2")
    if cleaned.startswith("-"):
        raise ValueError(f"amount must be positive, not {cleaned!r}")
    if _THOUSANDS.fullmatch(cleaned):  # "1,500": fifteen hundred, or one and a half?
        raise ValueError(
            f"{cleaned!r} could be {cleaned.replace(',', '')} or {cleaned.replace(',', '.')}: "
            "write it without the comma, or with a point"
        )
    match = _AMOUNT.match(cleaned)
    if match is None:
        raise ValueError(f"not a number: {cleaned!r} (try 1, 1.5, 1,5, 1/2 or 1 1/2)")
    if match["whole"]:
        value = int(match["whole"]) + _fraction(match["num"], match["den"])
    elif match["fnum"]:
        value = _fraction(match["fnum"], match["fden"])
    elif match["vulgar"]:
        value = int(match["int"] or 0) + VULGAR[match["vulgar"]]
    else:
        value = float(match["plain"].replace(",", "."))
    if not math.isfinite(value) or value <= 0:
        raise ValueError(f"amount must be more than zero, not {cleaned!r}")
    if value > MAX_AMOUNT:
        raise ValueError(f"amount {cleaned} is too large (at most {MAX_AMOUNT:g})")
    return value
