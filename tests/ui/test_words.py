"""Issue 24, item 10: the words on screen read as English: "2 cups", a column headed "Mg",
"1 logged day", "1 file", "1 backup"."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from journal.core.entries.models import FoodEntry
from journal.core.food.measure_words import portion_words
from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from tests.helpers import onboarded, run_cli
from tests.ui.painted import painted_lines, squeezed

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("2 cup", "2 cups"),
        ("1 cup", "1 cup"),
        ("1/2 cup", "1/2 cup"),
        ("1 1/2 cup, chopped", "1 1/2 cups, chopped"),
        ("1,5 slice", "1,5 slices"),
        ("3 patty", "3 patties"),
        ("2 oz", "2 oz"),
        ("2 tbsp", "2 tbsp"),
        ("2 large", "2 large"),
        ("100 g", "100 g"),
        # a count of servings says one once: "2 yogurts" read "2 servings (0.5 container
        # (4 oz))", brackets in brackets; one serving is its measure ("a yogurt" read "1
        # serving (0.5 container (4 oz))"); a serving of words stays as stored
        ("2 serving (0.5 container (4 oz))", "2 × 0.5 container (4 oz)"),
        ("2 serving (1.5 cup)", "2 × 1.5 cup"),
        ("1 serving (0.5 container (4 oz))", "0.5 container (4 oz)"),
        ("1 serving (1.5 cup)", "1.5 cup"),
        ("1 serving 5 fl oz", "5 fl oz"),
        ("1 serving (NLEA serving size = 1 cup)", "1 serving (NLEA serving size = 1 cup)"),
        ("1.5 serving (1.5 cup)", "1.5 × 1.5 cup"),
        ("2 serving (NLEA serving size = 1 cup)", "2 servings (NLEA serving size = 1 cup)"),
        ("2 serving", "2 servings"),
        # a size USDA writes bare is bracketed: "2 whiskeys" read "2 jigger 1.5 fl oz"
        ("2 jigger 1.5 fl oz", "2 jiggers (1.5 fl oz)"),
        ("1 jigger 1.5 fl oz", "1 jigger (1.5 fl oz)"),
        ("2 can 12 fl oz", "2 cans (12 fl oz)"),
        ("2 serving 5 fl oz", "2 × 5 fl oz"),
        ("2 can or bottle (12 fl oz)", "2 cans or bottles (12 fl oz)"),
        ('3 pancake (4" dia)', '3 pancakes (4" dia)'),
    ],
)
def test_portion_words(stored: str, shown: str) -> None:
    assert portion_words(stored) == shown


async def test_today_says_cups_and_heads_the_column_mg(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    journal.add(FoodEntry(TODAY, time(8), "Milk", 488.0, 49.0, 300.0, "breakfast", portion="2 cup"))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        lines = painted_lines(app)
        header = next(line for line in lines if "Time" in line and "Food" in line)
        assert " Mg " in header + " " and "Mg mg" not in header
        assert "2 cups" in squeezed(app)
    # Stored as chosen, so picking the same measure again still finds it.
    assert Journal.open(data_dir).day(TODAY).foods[0].portion == "2 cup"


async def test_one_logged_day_is_singular(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    journal.add(FoodEntry(TODAY.replace(day=24), time(8), "Milk", 244.0, 24.0, 150.0, "breakfast"))
    app = MgJournalApp(journal)
    async with app.run_test(size=(100, 60)) as pilot:
        await pilot.press("d")
        await app.workers.wait_for_complete()
        await pilot.pause()
        text = squeezed(app)
        assert "1 logged day and" in text
        assert "1 logged days" not in text


def test_list_says_the_amount_as_today_does(data_dir: Path) -> None:
    # `list` showed the stored "2 serving (0.5 container (4 oz))" and "2 jigger 1.5 fl oz"
    assert run_cli("eat", "2 yogurts").returncode == 0
    assert run_cli("eat", "2 whiskeys").returncode == 0
    listed = run_cli("list").stdout
    assert ", 2 × 0.5 container (4 oz) · " in listed, listed
    assert ", 2 jiggers (1.5 fl oz) · " in listed, listed
    assert "serving (" not in listed and "jigger 1.5" not in listed, listed


def test_doctor_counts_one_file_and_one_backup(data_dir: Path) -> None:
    assert run_cli("eat", "almonds", "1oz").returncode == 0
    assert run_cli("eat", "banana", "1").returncode == 0  # a second write makes a backup
    result = run_cli("doctor")
    assert "1 file read cleanly" in result.stdout, result.stdout
    assert "1 backup in" in result.stdout, result.stdout
