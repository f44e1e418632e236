"""The rows of the CSV export: one table per entry kind and a daily summary.

Columns carry their unit (`magnesium_mg`, `energy_kcal`, `grams`), dates are ISO,
and an unknown figure is an empty cell, never 0, so a spreadsheet or pandas
reads it as missing. Every entry row carries its stable id. In daily.csv,
`magnesium_total_is` says whether the total is "exact", only "at least" that
much (some foods had no figure) or "no food logged" (supplements alone say nothing
of the day's intake), and `day_complete` whether the person marked the day
complete ("yes") or not ("no"). `energy_kcal` is empty when any food's is unknown.

A text cell a spreadsheet would run as a formula (one starting with =, +, -,
@, a tab or a carriage return, that is not a number) is written with a
leading apostrophe, so a food named "=HYPERLINK(...)" opens as text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from journal.core.entries.day import Day
from journal.core.entries.models import FACTOR_UNITS, SYMPTOM_KINDS

Row = list[str]

COLUMNS: dict[str, Row] = {
    "foods": [
        "id",
        "date",
        "time",
        "meal",
        "name",
        "food_id",
        "portion",
        "grams",
        "magnesium_mg",
        "energy_kcal",
    ],
    "supplements": ["id", "date", "time", "form", "magnesium_mg", "salt_mg", "note"],
    "symptoms": ["id", "date", "time", "kind", "severity", "where", "note"],
    "factors": ["id", "date", "time", "kind", "amount", "unit", "note"],
    "daily": [
        "date",
        "magnesium_food_mg",
        "magnesium_supplement_mg",
        "magnesium_total_mg",
        "foods_logged",
        "foods_without_magnesium",
        "magnesium_total_is",
        "day_complete",
        "target_mg",
        "energy_kcal",
        *(f"{kind}_count" for kind in SYMPTOM_KINDS),
        "other_symptom_count",
    ],
}


def number(value: float | int | None) -> str:
    """'' for unknown; otherwise the figure to 2 decimals without trailing zeros."""
    if value is None:
        return ""
    return f"{round(float(value), 2):g}"


def _entry_rows(day: Day) -> dict[str, list[Row]]:
    head = lambda e: [e.id, e.date.isoformat(), e.time.strftime("%H:%M")]  # noqa: E731
    return {
        "foods": [
            [
                *head(f),
                f.meal,
                f.name,
                f.food_id or "",
                f.portion,
                number(f.grams),
                number(f.mg),
                number(f.kcal),
            ]
            for f in day.foods
        ],
        "supplements": [
            [*head(s), s.form, number(s.mg), number(s.salt_mg), s.note] for s in day.supplements
        ],
        "symptoms": [
            [*head(s), s.kind, number(s.severity), s.where or "", s.note] for s in day.symptoms
        ],
        "factors": [
            [*head(f), f.kind, number(f.amount), FACTOR_UNITS.get(f.kind) or "", f.note]
            for f in day.factors
        ],
    }


def daily_row(day: Day, target_mg: float) -> Row:
    counts = [sum(1 for s in day.symptoms if s.kind == kind) for kind in SYMPTOM_KINDS]
    other = len(day.symptoms) - sum(counts)
    return [
        day.date.isoformat(),
        number(day.food_mg),
        number(day.supplement_mg),
        number(day.total_mg),
        str(len(day.foods)),
        str(day.unknown_foods),
        _total_is(day),
        "yes" if day.complete else "no",
        number(target_mg),
        number(day.kcal) if day.foods and all(f.kcal is not None for f in day.foods) else "",
        *(str(c) for c in counts),
        str(other),
    ]


def _total_is(day: Day) -> str:
    if not day.foods:
        return "no food logged"
    return "at least" if day.unknown_foods else "exact"


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: str) -> str:
    """The cell as a spreadsheet will show it, never run it: see the module's note."""
    if not cell.startswith(FORMULA_STARTS):
        return cell
    try:
        float(cell)
    except ValueError:
        return "'" + cell
    return cell


def export_tables(days: Iterable[Day], target_mg: Callable[[date], float]) -> dict[str, list[Row]]:
    """Every CSV table (header first) for these days; each day's target is `target_mg(day)`."""
    tables: dict[str, list[Row]] = {name: [list(cols)] for name, cols in COLUMNS.items()}
    for day in days:
        for name, rows in _entry_rows(day).items():
            tables[name].extend([spreadsheet_safe(cell) for cell in row] for row in rows)
        tables["daily"].append(daily_row(day, target_mg(day.date)))
    return tables
