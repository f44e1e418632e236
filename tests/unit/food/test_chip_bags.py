"""Potato chips by the bag a person eats from (a brief's report: the only bag of chips
USDA SR24 weighs is 8 oz, 227 g, 159 mg; a single-serve bag is 1 oz). SR24 gives plain
chips "1 oz" and "1 bag (8 oz)"; USDA's survey database, FNDDS, gives its "Potato chips,
plain" "1 small single serving bag", 28 g, added to the table by scripts/build_foods.py.
Words that name no flavour ("crisps", "potato chips") are FNDDS's plain ones."""

from __future__ import annotations

import pytest

from journal.core.food.eat_line import resolve
from journal.core.food.foods import parse_food_table
from journal.core.food.phrase import parse_line
from journal.core.food.snack_bags import SINGLE_BAG_GRAMS, is_single_bag
from tests.unit.food.as_logged import TABLE, as_logged, assert_logs

PLAIN = "usda:19411"  # Snacks, potato chips, plain, salted: 70 mg/100 g


@pytest.mark.parametrize(
    ("phrase", "grams", "label"),
    [
        ("a bag of crisps", 28.0, "1 small single serving bag"),
        ("a bag of potato chips", 28.0, "1 small single serving bag"),
        ("2 bags of crisps", 56.0, "2 small single serving bags"),
        ("crisps", 28.0, "1 small single serving bag"),
        ("potato chips", 28.0, "1 small single serving bag"),
        ("crisps 1 oz", 28.3495, "1 oz"),
        ("crisps 8 oz", 8 * 28.3495, "8 oz"),  # the big bag, when said
    ],
)
def test_a_bag_of_chips_is_the_single_serving_one(phrase: str, grams: float, label: str) -> None:
    food, logged_grams, logged_label = as_logged(phrase)
    assert food is not None and food.id == PLAIN
    assert (logged_grams, logged_label) == (pytest.approx(grams), label)
    assert food.mg_for(logged_grams) == pytest.approx(grams * 0.70)


BARBECUE = "usda:19042"  # Snacks, potato chips, barbecue-flavor: 75 mg/100 g


@pytest.mark.parametrize(
    "phrase", ["bbq crisps", "bbq chips", "bbq potato chips", "barbecue crisps", "BBQ crisps"]
)
def test_bbq_is_barbecue(phrase: str) -> None:
    """ "bbq crisps" found nothing: USDA writes "barbecue-flavor". By the ounce, as USDA
    weighs them (no single-serving bag of barbecue chips is in the table)."""
    food, grams, label = as_logged(phrase)
    assert food is not None and (food.id, grams, label) == (BARBECUE, 28.35, "1 oz")
    assert food.mg_for(grams) == pytest.approx(21.26, abs=0.01)


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams", "mg"),
    [
        # SR24's "1 bag (7 oz)", 198 g, logged 148 mg for one bag of barbecue crisps
        ("a bag of bbq crisps", BARBECUE, 28.0, 21.0),
        ("a bag of barbecue potato chips", BARBECUE, 28.0, 21.0),
        ("a packet of crisps", PLAIN, 28.0, 19.6),  # British: refused ("unknown unit")
        ("2 packets of crisps", PLAIN, 56.0, 39.2),
    ],
)
def test_a_bag_or_packet_of_any_chips_is_one_eaten(
    phrase: str, food_id: str, grams: float, mg: float
) -> None:
    food, logged_grams, label = as_logged(phrase)
    assert food is not None and food.id == food_id
    assert logged_grams == grams
    assert label.endswith(("small single serving bag", "small single serving bags"))
    assert food.mg_for(logged_grams) == pytest.approx(mg, abs=0.05)


FRIES = "usda:21138"  # Fast foods, potato, french fried in vegetable oil: 34 mg/100 g


@pytest.mark.parametrize(
    "phrase", ["chips", "a portion of chips", "a bag of chips", "chips 100g", "2 chips"]
)
def test_chips_alone_ask_crisps_or_fries(phrase: str) -> None:
    """British chips are French fries (as "fish and chips" says): a bare "chips" logged a
    28 g bag of crisps, 20 mg, for a 134 g portion of fries, 46 mg; "a portion of chips"
    found nothing. Asked, with both first."""
    [item] = parse_line(phrase)
    choice = resolve(TABLE, [], item, {})
    assert choice.food is None
    assert [food.id for food in choice.candidates[:2]] == [PLAIN, FRIES]


def test_chips_eaten_before_as_fries_are_fries_again() -> None:
    [item] = parse_line("chips")
    choice = resolve(TABLE, [], item, {FRIES: 6.0})
    assert choice.food is not None and choice.food.id == FRIES


def test_a_portion_of_fries_chosen_is_a_medium_one() -> None:
    assert_logs("1 portion usda:21138", FRIES, 134.0, 45.56)  # SR's "1 medium", 134 g


def test_the_single_bag_is_the_one_the_tables_own_chips_are_weighed_by() -> None:
    # SR24's own single-serving bags of chips (tortilla, corn) weigh what FNDDS's does
    own = {
        (food.id, portion.grams)
        for food in parse_food_table(TABLE)
        for portion in food.portions
        if is_single_bag(portion.name) and "chips" in food.name
    }
    assert {"usda:43364", "usda:43447", PLAIN} <= {food_id for food_id, _ in own}
    assert {grams for _, grams in own} == {SINGLE_BAG_GRAMS}


@pytest.mark.parametrize("food_id", ["usda:43364", "usda:43447"])
def test_chips_with_their_own_single_bag_are_weighed_by_it(food_id: str) -> None:
    # it was named for the potato chips' bag, "small single serving bag"
    food, grams, label = as_logged(f"a bag of {food_id}")
    assert food is not None and (grams, label) == (28.0, "1 bag, single serving")
