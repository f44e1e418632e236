"""A grain or pulse named as sold with no amount asks how much was weighed (a reviewer's
find: "dry lentils" logged USDA's first measure, 1 cup dry, 192 g, 234 mg, several
servings once cooked). USDA gives no one-serving measure of dry lentils, rice or beans,
so the amount is asked; dry pasta, weighed by USDA's "2 oz" serving, is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from journal.core.food.dry_amount import dry_cup
from journal.core.food.quick_search import find_by_id
from tests.helpers import run_cli
from tests.unit.food.as_logged import TABLE, as_logged


@pytest.mark.parametrize(
    ("food_id", "cup"),
    [
        ("usda:16069", "1 cup (192 g)"),  # Lentils, raw
        ("usda:20036", "1 cup (185 g)"),  # Rice, brown, long-grain, raw
        ("usda:16014", "1 cup (194 g)"),  # Beans, black, mature seeds, raw
        ("usda:20035", "1 cup (170 g)"),  # Quinoa, uncooked
        ("usda:20038", "1 cup (156 g)"),  # Oats (the whole grain)
    ],
)
def test_a_dry_grain_or_pulse_by_the_cup_wants_an_amount(food_id: str, cup: str) -> None:
    food = find_by_id(TABLE, [], food_id)
    assert food is not None and dry_cup(food, "") == cup
    assert dry_cup(food, "50 g") is None and dry_cup(food, "1 cup") is None  # said: as said


@pytest.mark.parametrize(
    "food_id",
    [
        "usda:16070",  # Lentils, cooked: a cup of them is a serving
        "usda:20120",  # Spaghetti, dry: USDA's "2 oz" serving, not a cup
        "usda:08122",  # Cereals, oats, instant, plain, dry: "1 packet"
        "usda:12061",  # Nuts, almonds: eaten as sold
    ],
)
def test_other_foods_keep_their_portion(food_id: str) -> None:
    food = find_by_id(TABLE, [], food_id)
    assert food is not None and dry_cup(food, "") is None


def test_an_amount_weighed_dry_is_logged_as_said() -> None:
    food, grams, _ = as_logged("dry lentils 50 g")
    assert food is not None and (food.id, grams) == ("usda:16069", 50.0)
    assert food.mg_for(grams) == pytest.approx(61.0)  # 122 mg/100 g


@pytest.mark.parametrize("line", ["dry lentils", "uncooked oats", "raw brown rice"])
def test_the_shell_asks_for_the_amount_in_one_line_and_logs_nothing(
    data_dir: Path, line: str
) -> None:
    done = run_cli("eat", line)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith(f"mg-journal: quantity: {line}: say how much, weighed dry, ")
    assert done.stderr.count("\n") == 1 and f"e.g. {line} 50 g" in done.stderr
    assert run_cli("list").stdout.count("Logged") == 0 and "raw" not in run_cli("list").stdout
