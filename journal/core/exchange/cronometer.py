"""Read Cronometer's CSV exports: the servings export and the daily nutrition summary.

Columns are found by header name (case and spacing ignored), so reordered and
extra columns are fine. A blank `Magnesium (mg)` cell is unknown (None), never 0:
Cronometer leaves cells blank when a food has no figure.

Servings: one FoodEntry per row, named as in Cronometer, food_id
"cronometer:<name>", weighing `grams` only when the amount is a mass (a
"1.00 bar" has no known weight: None). Daily summary: one FoodEntry per date named
"Cronometer daily total" (food_id "cronometer:daily-total"), so the day's total
matches what Cronometer showed; the importer drops it for days that have servings,
so a day is never counted twice. Ids are uuid5 of the row's content (plus its
occurrence in the file), so importing the same rows again adds nothing.
"""

from __future__ import annotations

import csv
import io
import re
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, time
from typing import Any

from journal.core import validate as v
from journal.core.entries.kinds import MEAL_TIMES
from journal.core.entries.models import MAX_GRAMS, MAX_KCAL, MAX_MG, FoodEntry, meal_for

NAMESPACE = uuid.UUID("6d9a3c1e-7b52-4f0e-9a55-2f0c3e8b1d47")
DAILY_TOTAL_NAME = "Cronometer daily total"
DAILY_TOTAL_ID = "cronometer:daily-total"
DAILY_TOTAL_TIME = time(12, 0)
GROUP_TIMES = MEAL_TIMES
MASS_GRAMS = {"g": 1.0, "gram": 1.0, "grams": 1.0, "kg": 1000.0, "oz": 28.3495, "lb": 453.592}
_AMOUNT = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*(.*?)\s*$")
_CLOCK = re.compile(r"^\s*(\d{1,2}):(\d{2})(?::\d{2})?\s*([AaPp][Mm])?\s*$")
TRUE = {"true", "yes", "1", "y", "x"}


class NotCronometerError(ValueError):
    """No recognisable Cronometer header: the message says what was expected."""


@dataclass
class ParsedCronometer:
    kind: str  # "servings" or "daily"
    entries: list[FoodEntry] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)  # (line number, why)
    empty_days: int = 0  # daily-summary rows with nothing logged
    placeholders: int = 0  # servings rows of amount 0: Cronometer's placeholders, not food
    completed: set[date] = field(default_factory=set)
    rows: int = 0


def daily_total_id(day: date) -> str:
    return uuid.uuid5(NAMESPACE, f"daily|{day.isoformat()}").hex


def _columns(header: list[str]) -> dict[str, int]:
    return {" ".join(name.split()).lower(): i for i, name in enumerate(header)}


def _time(text: str, group: str) -> time:
    if not text.strip():
        return GROUP_TIMES.get(group, time(12, 0))
    match = _CLOCK.match(text)
    if not match:
        raise v.ValidationError("Time", f"'{text}' is not a time like 08:15 or 8:15 AM")
    hour, minute, half = int(match[1]), int(match[2]), (match[3] or "").lower()
    if half:
        if not 1 <= hour <= 12:
            raise v.ValidationError("Time", f"'{text}' is not a time of day")
        hour = hour % 12 + (12 if half == "pm" else 0)
    return v.parse_time(f"{hour:02d}:{minute:02d}", "Time")


def _grams(amount: str) -> float | None:
    """Grams when the amount is a mass; None (weight unknown) for "1 bar", "2 servings"."""
    match = _AMOUNT.match(amount)
    if not match:
        raise v.ValidationError("Amount", f"'{amount}' does not start with a number")
    quantity = v.amount(match[1].replace(",", "."), "Amount", maximum=MAX_GRAMS)
    unit = match[2].lower().rstrip(".")
    if unit not in MASS_GRAMS:
        return None
    return v.amount(quantity * MASS_GRAMS[unit], "Amount", maximum=MAX_GRAMS)


def _is_zero(amount: str) -> bool:
    """ "0.00 g", "0 serving": a row that records no food (1,816 of 9,244 in one export)."""
    match = _AMOUNT.match(amount)
    return bool(match) and float(match[1].replace(",", ".")) == 0  # type: ignore[index]


def _group(text: str) -> str:
    word = text.strip().lower()
    return "snack" if word.startswith("snack") else word


def parse_cronometer(
    text: str, progress: Callable[[int, int], None] | None = None
) -> ParsedCronometer:
    # The csv reader gets the text itself: splitlines() would also split at U+2028 and
    # the like, and drop a newline inside a quoted cell ("Oats\nwith milk").
    total = text.count("\n") + 1
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        return _parse_rows(reader, total, progress)
    except csv.Error as exc:  # e.g. a cell over the csv module's 131,072-character limit
        raise NotCronometerError(f"line {reader.line_num}: {exc}") from None


def _parse_rows(
    reader: Any, total: int, progress: Callable[[int, int], None] | None
) -> ParsedCronometer:
    header = next(reader, None)
    cols = _columns(header or [])
    day_col = cols.get("day", cols.get("date"))
    if day_col is None or not ({"food name", "magnesium (mg)", "energy (kcal)"} & cols.keys()):
        raise NotCronometerError(
            "no Cronometer header found (expected 'Day' or 'Date' with 'Food Name', "
            "'Magnesium (mg)' or 'Energy (kcal)')"
        )
    parsed = ParsedCronometer("servings" if "food name" in cols else "daily")
    seen: Counter[str] = Counter()

    def cell(row: list[str], name: str) -> str:
        index = cols.get(name)
        return row[index].strip() if index is not None and index < len(row) else ""

    for row in reader:
        number = reader.line_num  # a quoted cell may span lines
        if progress is not None and number % 1000 == 0:
            progress(number, total)
        if not any(c.strip() for c in row):
            continue
        parsed.rows += 1
        try:
            day = v.parse_date(row[day_col] if day_col < len(row) else "", "Day")
            mg = v.optional_amount(cell(row, "magnesium (mg)"), "Magnesium (mg)", maximum=MAX_MG)
            kcal = v.optional_amount(cell(row, "energy (kcal)"), "Energy (kcal)", maximum=MAX_KCAL)
            if parsed.kind == "daily":
                if not mg and not kcal:
                    parsed.empty_days += 1
                    continue
                entry = FoodEntry(
                    day,
                    DAILY_TOTAL_TIME,
                    DAILY_TOTAL_NAME,
                    None,
                    mg,
                    kcal,
                    "lunch",
                    DAILY_TOTAL_ID,
                    "daily total",
                    daily_total_id(day),
                )
            else:
                group = _group(cell(row, "group"))
                at = _time(cell(row, "time"), group)
                name = v.name(cell(row, "food name"), "Food Name")
                amount = cell(row, "amount") or "1 serving"
                if _is_zero(amount):
                    parsed.placeholders += 1
                    continue
                meal = group if group in GROUP_TIMES else meal_for(at)
                key = "|".join((day.isoformat(), cell(row, "time"), group, name, amount))
                seen[key] += 1
                entry_id = uuid.uuid5(NAMESPACE, f"servings|{key}|{seen[key]}").hex
                entry = FoodEntry(
                    day,
                    at,
                    name,
                    _grams(amount),
                    mg,
                    kcal,
                    meal,
                    f"cronometer:{name}",
                    amount,
                    entry_id,
                )
        except v.ValidationError as exc:
            parsed.problems.append((number, str(exc)))
            continue
        parsed.entries.append(entry)
        if cell(row, "completed").lower() in TRUE:
            parsed.completed.add(day)
    if progress is not None:
        progress(total, total)
    return parsed
