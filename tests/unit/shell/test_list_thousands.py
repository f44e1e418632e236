"""`list` says each entry's magnesium as its day's total does, thousands grouped:
"magnesium 6,840 mg" over "Nuts, almonds, 500 g · 1340 mg" and a supplement's
"· 2800 mg"; `edit` and `delete` (the same line) said "1340 mg" after `eat` said
"1,340 mg". So the profile's custom target ("Target: 1500 mg a day")."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from journal.core.entries.models import FoodEntry, SupplementEntry
from journal.core.food.measure_words import portion_words
from journal.store.journal import Journal
from tests.helpers import run_cli

DAY = date(2026, 11, 24)  # the clock is pinned to 2026-11-25


def test_entries_and_totals_group_thousands_alike(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    food = FoodEntry(DAY, time(12, 30), "Nuts, almonds", grams=500.0, mg=1340.0)
    small = FoodEntry(DAY, time(12, 31), "Milk", grams=244.0, mg=24.4)
    pill = SupplementEntry(DAY, time(13, 0), "glycinate", 2800.0)
    for entry in (food, small, pill):
        journal.add(entry)
    shown = run_cli("list", "--date", DAY.isoformat()).stdout
    assert "magnesium 4,164 mg" in shown
    assert f"{food.id[:8]}  12:30  food        Nuts, almonds, 500 g · 1,340 mg\n" in shown
    assert f"{small.id[:8]}  12:31  food        Milk, 244 g · 24.4 mg\n" in shown  # kept
    assert f"{pill.id[:8]}  13:00  supplement  magnesium glycinate · 2,800 mg\n" in shown
    changed = run_cli("edit", food.id[:8], "--mg", "1500")
    assert changed.stdout == (
        f"Changed [{food.id[:8]}] food Nuts, almonds, 500 g · 1,500 mg on 2026-11-24 at 12:30\n"
    )


def test_a_custom_target_groups_thousands(data_dir: Path) -> None:
    assert run_cli("profile", "--target", "1500").returncode == 0
    assert "Target:       1,500 mg a day (custom)" in run_cli("profile").stdout


def test_a_weight_groups_thousands_where_it_is_shown(data_dir: Path) -> None:
    """`eat "water 1000 g"` said "1000 g" in its line and in `list` (and Today, which
    words a portion through the same `portion_words`) beside "1,000 mg" totals."""
    logged = run_cli("eat", "water 1000 g", "--date", DAY.isoformat(), "--at", "09:00")
    assert logged.returncode == 0, logged.stderr
    assert "Water, tap, municipal: 1,000 g = 10 mg magnesium" in logged.stdout
    shown = run_cli("list", "--date", DAY.isoformat()).stdout
    assert "  09:00  food        Water, tap, municipal, 1,000 g · 10 mg\n" in shown


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("999 g", "999 g"),  # below a thousand: as it was
        ("1000 g", "1,000 g"),
        ("1000.5 g", "1,000.5 g"),
        ("1000,5 g", "1000,5 g"),  # a decimal comma: grouping would make it ambiguous
        ("1500 ml", "1,500 ml"),
        ("1000 cup", "1,000 cups"),
        ("2 1/2 cup", "2 1/2 cups"),
    ],
)
def test_portion_words_group_a_stored_amount(stored: str, shown: str) -> None:
    assert portion_words(stored) == shown
