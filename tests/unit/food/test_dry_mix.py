"""A dry mix only when "mix" is typed (a sweep's find: "milkshake" logged an envelope of
"Beverage, milkshake mix, dry, not chocolate", 21 g of powder, the one name holding the
word; USDA's milkshakes are "Milk shakes, thick vanilla" and "... chocolate")."""

from __future__ import annotations

import pytest

from journal.core.food.eat_line import resolve
from journal.core.food.everyday import needs_asking
from journal.core.food.phrase import parse_item
from journal.core.food.quick_search import find_by_id
from tests.unit.food.as_logged import TABLE, as_logged


def test_milkshake_asks_between_the_milkshakes_not_the_mix() -> None:
    food, _, _ = as_logged("milkshake")
    assert food is None
    choice = resolve(TABLE, [], parse_item("milkshake"), {})
    assert {f.id for f in choice.candidates[:2]} == {"usda:01110", "usda:01111"}


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams"),
    [
        ("milkshake mix", "usda:43078", 21.0),  # asked for by name: 1 envelope
        ("vanilla milkshake", "usda:01111", 313.0),  # 1 container (11 oz), not 1 fl oz
    ],
)
def test_a_mix_or_a_milkshake_named_is_logged(phrase: str, food_id: str, grams: float) -> None:
    food, logged_grams, _ = as_logged(phrase)
    assert food is not None and (food.id, logged_grams) == (food_id, grams)
    table_food = find_by_id(TABLE, [], food_id)
    assert table_food is not None and table_food.mg_per_100g is not None
    assert food.mg_for(grams) == pytest.approx(grams * table_food.mg_per_100g / 100)


def test_a_soup_made_up_from_a_mix_is_the_soup() -> None:
    soup = find_by_id(TABLE, [], "usda:06494")  # Soup, onion, dry, mix, prepared with water
    assert soup is not None and not needs_asking(soup, ["onion", "soup"])
