"""Cronometer CSV parsing: columns by name, blank magnesium unknown, stable ids, bad rows listed."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from journal.core.exchange.cronometer import (
    DAILY_TOTAL_NAME,
    NotCronometerError,
    daily_total_id,
    parse_cronometer,
)
from tests.helpers import run_cli

SERVINGS = (
    "Day,Time,Group,Food Name,Amount,Energy (kcal),Magnesium (mg),Completed\n"
    '2026-11-20,8:15 AM,Breakfast,"Almonds, raw",1.00 oz,164,76.5,true\n'
    "2026-11-20,,Snacks,Mystery bar,1.00 bar,210,,false\n"
)
# The same rows with columns reordered and extra ones Cronometer adds.
REORDERED = (
    "Category,Magnesium (mg),Food Name,Iron (mg),Day,Amount,Group,Energy (kcal),Time\n"
    'Nuts,76.5,"Almonds, raw",1.1,2026-11-20,1.00 oz,Breakfast,164,8:15 AM\n'
    "Sweets,,Mystery bar,0.4,2026-11-20,1.00 bar,Snacks,210,\n"
)


def test_servings_rows_become_food_entries() -> None:
    parsed = parse_cronometer(SERVINGS)
    assert parsed.kind == "servings" and parsed.rows == 2 and not parsed.problems
    almonds, bar = parsed.entries
    assert (almonds.date, almonds.time, almonds.meal) == (
        date(2026, 11, 20),
        time(8, 15),
        "breakfast",
    )
    assert (almonds.name, almonds.mg, almonds.kcal) == ("Almonds, raw", 76.5, 164.0)
    assert almonds.food_id == "cronometer:Almonds, raw" and almonds.portion == "1.00 oz"
    assert almonds.grams == pytest.approx(28.3495)
    assert bar.mg is None  # a blank cell is unknown, never 0
    assert bar.meal == "snack" and bar.time == time(15, 30)
    assert parsed.completed == {date(2026, 11, 20)}


def test_columns_are_found_by_name() -> None:
    first, reordered = parse_cronometer(SERVINGS), parse_cronometer(REORDERED)
    assert [e.to_doc() for e in first.entries] == [e.to_doc() for e in reordered.entries]


def test_ids_are_stable_and_repeated_rows_stay_distinct() -> None:
    twice = SERVINGS + SERVINGS.splitlines(keepends=True)[2]
    parsed = parse_cronometer(twice)
    ids = [e.id for e in parsed.entries]
    assert len(set(ids)) == 3
    assert ids == [e.id for e in parse_cronometer(twice).entries]
    assert ids[:2] == [e.id for e in parse_cronometer(SERVINGS).entries]


def test_malformed_rows_are_listed_with_line_numbers() -> None:
    text = SERVINGS + (
        "2026-13-40,,Lunch,Soup,1 bowl,100,20\n"  # line 4
        "2026-11-21,,Lunch,Soup,1 bowl,100,lots\n"  # line 5
        "2026-11-21,25:99,Lunch,Soup,1 bowl,100,20\n"  # line 6
        "2026-11-21,,Lunch,,1 bowl,100,20\n"  # line 7
    )
    parsed = parse_cronometer(text)
    assert len(parsed.entries) == 2
    assert [line for line, _ in parsed.problems] == [4, 5, 6, 7]
    assert "Magnesium (mg)" in parsed.problems[1][1]


def test_a_row_short_of_the_day_column_is_listed_not_a_crash() -> None:
    text = "Group,Food Name,Amount,Magnesium (mg),Energy (kcal),Day\nLunch,Soup\n"
    parsed = parse_cronometer(text)
    assert parsed.entries == [] and [line for line, _ in parsed.problems] == [2]
    assert "Day" in parsed.problems[0][1]


def test_daily_summary_is_one_total_per_day() -> None:
    text = (
        "Date,Energy (kcal),Protein (g),Magnesium (mg),Completed\n"
        "2026-11-20,2000,80,301.5,true\n"
        "2026-11-21,1800,70,,false\n"
        "2026-11-22,0,0,0,false\n"
    )
    parsed = parse_cronometer(text)
    assert parsed.kind == "daily" and parsed.empty_days == 1
    first, second = parsed.entries
    assert first.name == DAILY_TOTAL_NAME and first.mg == 301.5
    assert first.id == daily_total_id(date(2026, 11, 20))
    assert second.mg is None and second.kcal == 1800


@pytest.mark.parametrize("text", ["", "a,b\n1,2\n", "Day,Amount\n2026-11-20,1\n"])
def test_no_recognisable_header_is_refused(text: str) -> None:
    with pytest.raises(NotCronometerError, match="no Cronometer header"):
        parse_cronometer(text)


def test_a_count_without_a_weight_leaves_grams_unknown() -> None:
    almonds, bar = parse_cronometer(SERVINGS).entries
    assert almonds.grams == pytest.approx(28.3495)
    assert bar.grams is None and bar.amount_text == "1.00 bar"
    daily = parse_cronometer("Date,Energy (kcal),Magnesium (mg)\n2026-11-20,1800,250\n")
    assert daily.entries[0].grams is None


def test_zero_amount_placeholder_rows_are_counted_not_listed(tmp_path: Path) -> None:
    placeholders = (
        "".join(f"2026-11-2{n},,Lunch,Placeholder {n},0.00 g,0,0\n" for n in range(1, 6))
        + '2026-11-21,,Dinner,Nothing,"0,00 serving",,\n'
    )
    parsed = parse_cronometer(SERVINGS + placeholders)
    assert (parsed.rows, len(parsed.entries), parsed.placeholders) == (8, 2, 6)
    assert parsed.problems == []
    path = tmp_path / "servings.csv"
    path.write_text(SERVINGS + placeholders, encoding="utf-8")
    done = run_cli("--data-dir", str(tmp_path / "j"), "import", "cronometer", str(path))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "Rows read: 8; imported: 2; duplicates (already in the journal): 0; skipped: 0.",
        "Left out 6 placeholder rows with amount 0 (Cronometer's, not foods eaten).",
        "Marked 1 day complete.",
    ]


def test_quoted_text_reaches_the_csv_reader_unaltered() -> None:
    """splitlines() before the reader dropped the newline inside a quoted cell and split
    rows at U+2028; the reader now reads the text itself."""
    text = (
        "Day,Time,Group,Food Name,Amount,Energy (kcal),Magnesium (mg)\n"
        '2026-11-20,,Breakfast,"Oats\nwith milk",1 cup,150,60\n'
        "2026-11-20,,Lunch,Soup\u2028of the day,1 bowl,200,30\n"
        "2026-11-20,,Dinner,Rice,1 cup,200,19\n"
    )
    parsed = parse_cronometer(text)
    assert parsed.rows == 3
    # A newline is no part of a name: the row is listed, not stored as "Oatswith milk".
    assert [line for line, _ in parsed.problems] == [3]
    assert "control characters" in parsed.problems[0][1]
    assert [e.name for e in parsed.entries] == ["Soup\u2028of the day", "Rice"]


def test_a_cell_over_the_csv_field_limit_is_refused_with_its_line() -> None:
    text = f'Day,Food Name,Magnesium (mg)\n2026-11-20,Rice,19\n2026-11-21,"{"x" * 200_000}",3\n'
    with pytest.raises(NotCronometerError, match="line 3: field larger than field limit"):
        parse_cronometer(text)


def test_a_figure_with_a_thousands_comma_is_listed_not_read_as_a_decimal() -> None:
    """'1,025' mg was stored as 1.025 mg."""
    text = SERVINGS + '2026-11-21,,Lunch,Soup,1 bowl,"1,234","1,025",false\n'
    parsed = parse_cronometer(text)
    assert len(parsed.entries) == 2  # the two good rows, not the soup
    [(line, why)] = parsed.problems
    assert line == 4 and "could be 1025 or 1.025" in why
