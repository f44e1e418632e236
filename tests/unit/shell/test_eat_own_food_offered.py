"""The line to repeat offers the person's own food listed first (a reviewer's report:
`eat soup` listed their "Grandma soup" first but offered `mg-journal eat usda:27002`,
USDA's wonton soup, because "soup" names only half of the head "Grandma soup")."""

from __future__ import annotations

from pathlib import Path

import pytest

from journal.core.food.eat_line import offers
from journal.core.food.foods import Food
from journal.core.food.own_foods import own_food_doc
from journal.store.journal import Journal
from journal.store.own_foods import add_own_food, read_own_foods
from tests.helpers import run_cli


def _own(name: str, source: str = "custom") -> Food:
    return Food(f"{source}:1", name, "Your foods", 30.0, 60.0, (), source)


@pytest.mark.parametrize(
    ("words", "food", "offered"),
    [
        ("soup", _own("Grandma soup"), True),
        ("soups", _own("Grandma soup"), True),  # either number
        ("grandma soup", _own("Grandma soup"), True),
        ("stew", _own("Grandma soup"), False),
        ("soup", _own("Grandma soup", "usda"), False),  # USDA's: the head rule holds
        ("beer", _own("Beerwurst, pork and beef", "usda"), False),
        ("soup", _own("Soup, wonton, Chinese restaurant", "usda"), True),
    ],
)
def test_an_own_food_is_offered_for_any_word_of_its_name(
    words: str, food: Food, offered: bool
) -> None:
    assert offers(words, food) is offered


def test_the_shell_offers_the_own_food_it_lists_first(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    doc = own_food_doc("Grandma soup", "30", "60", per_serving=False, serving_grams="300")
    add_own_food(journal, doc)
    [soup], _ = read_own_foods(journal)
    asked = run_cli("eat", "soup")
    assert asked.returncode == 1
    lines = asked.stderr.splitlines()
    assert lines[1].strip().startswith(f"{soup.id} Grandma soup")  # listed first
    assert lines[-1].strip() == f"mg-journal eat {soup.id}"
    logged = run_cli("eat", soup.id)
    assert "Logged Grandma soup:" in logged.stdout and logged.returncode == 0
