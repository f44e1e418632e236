"""An amount reads as one bracket, as a person expects (a helper's report: eat said "1 bar
(2 oz) (57 g)" of a Snickers and "1 cup (8 fl oz) (237 g)" of water, and USDA's "1
slice (1 oz) (4" x 4" x 3/32" thick)" stood so in `list` and the Today table). Labels
are said by `measure_words` alone: eat's line, `list` and Today's Amount column."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from journal.core.entries.models import FoodEntry
from journal.core.food.measure_words import amount_words, one_bracket, portion_words
from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from tests.helpers import onboarded, run_cli
from tests.ui.painted import painted_lines

TODAY = date(2026, 11, 25)
HAM = "usda:07027"  # Ham, chopped, not canned: "1 slice (1 oz) (4" x 4" x 3/32" thick)"


@pytest.mark.parametrize(
    ("stored", "grams", "said"),
    [
        ("1 bar (2 oz)", 57.0, "1 bar (2 oz, 57 g)"),
        ("1 cup (8 fl oz)", 237.0, "1 cup (8 fl oz, 237 g)"),
        ("2 can 12 fl oz", 736.0, "2 cans (12 fl oz, 736 g)"),
        ("1 cup", 234.0, "1 cup (234 g)"),
        ("50 g", 50.0, "50 g"),  # a weight in grams said once
        ("1 oz", None, "1 oz"),
        (
            '1 slice (1 oz) (4" x 4" x 3/32" thick)',
            28.0,
            '1 slice (1 oz, 4" x 4" x 3/32" thick, 28 g)',
        ),
        # a bracket inside another stays inside it
        ("1 serving (0.5 container (4 oz))", 113.0, "0.5 container (4 oz, 113 g)"),
        ("1 bottle 16 lf oz", 491.0, "1 bottle (16 fl oz, 491 g)"),  # SR24's typo for cola
        ("1 serving 1 cup 8 fl oz", 247.0, "1 cup (8 fl oz, 247 g)"),  # lemonade
    ],
)
def test_an_amount_and_its_grams_read_as_one_bracket(
    stored: str, grams: float | None, said: str
) -> None:
    assert amount_words(stored, grams) == said


@pytest.mark.parametrize(
    ("words", "joined"),
    [
        ("1 patty (4 oz, raw) (yield after cooking)", "1 patty (4 oz, raw, yield after cooking)"),
        ("1 can (29 oz) (401 x 411)", "1 can (29 oz, 401 x 411)"),
        ("1 a (b) c (d)", "1 a (b) c (d)"),  # not side by side
        ("1 a (b)(c)", "1 a (b)(c)"),
        ("1 a (b (c)) (d)", "1 a (b (c), d)"),
        ("1 a (b", "1 a (b"),  # unbalanced: as it was
        ("1 a b) (c)", "1 a b) (c)"),
    ],
)
def test_brackets_side_by_side_are_one(words: str, joined: str) -> None:
    assert one_bracket(words) == joined


def test_eat_and_list_say_the_amount_in_one_bracket(data_dir: Path) -> None:
    done = run_cli("eat", f"snickers, water, {HAM} 1 slice")
    assert done.returncode == 0, done.stderr
    assert ": 1 bar (2 oz, 57 g) = 41 mg" in done.stdout, done.stdout
    assert ": 1 cup (8 fl oz, 237 g) = 2 mg" in done.stdout, done.stdout
    assert ': 1 slice (1 oz, 4" x 4" x 3/32" thick, 28 g) = ' in done.stdout, done.stdout
    assert ") (" not in done.stdout
    listed = run_cli("list").stdout
    assert "SNICKERS Bar, 1 bar (2 oz) · " in listed, listed
    assert 'not canned, 1 slice (1 oz, 4" x 4" x 3/32" thick) · ' in listed, listed
    assert ") (" not in listed


async def test_today_says_the_amount_in_one_bracket(data_dir: Path) -> None:
    journal = onboarded(Journal.open(data_dir))
    portion = "1 can (29 oz) (401 x 411)"  # tomato puree's can, as USDA lists it
    journal.add(FoodEntry(TODAY, time(8), "Puree", 822.0, 190.0, 300.0, "lunch", portion=portion))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        lines = painted_lines(app)
        assert any("(29 oz," in line for line in lines), lines
        assert not any("oz) (" in line or "oz)" in line for line in lines), lines
        assert portion_words(portion) == "1 can (29 oz, 401 x 411)"
