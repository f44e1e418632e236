"""Pizza, toast and steak as eaten (a reviewer's find: "pizza 1 slice" was refused, the
frozen cheese pizza that led having no slice; "toast" asked with French toast and melba
toast first, "steak" with steak sauce first)."""

from __future__ import annotations

import pytest

from journal.core.food.quick_search import full_index
from tests.unit.food.as_logged import TABLE, as_logged, assert_logs

PIZZA = "usda:21299"  # Fast Food, Pizza Chain, 14" pizza, cheese topping, regular crust
TOAST = "usda:18070"  # Bread, white, commercially prepared, toasted
STEAK = "usda:13445"  # Beef, short loin, top loin, steak, lean and fat, ..., broiled
PER_100G = {PIZZA: 24.0, TOAST: 26.0, STEAK: 24.0, "usda:18061": 43.0, "usda:18268": 17.0}


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams"),
    [
        ("pizza 1 slice", PIZZA, 107.0),  # USDA: "1 slice" = 107 g
        ("a slice of pizza", PIZZA, 107.0),
        ("2 slices of pizza", PIZZA, 214.0),
        ("pizza", PIZZA, 107.0),
        ("cheese pizza", PIZZA, 107.0),
        # "a pizza" and "half a pizza" were the chain's 14" pie (853 g) or half of it; any
        # size may be meant, so they ask for slices (test_pots_and_scoops)
        ("toast", TOAST, 22.0),  # "1 slice" = 22 g
        ("a slice of toast", TOAST, 22.0),
        ("2 slices of toast", TOAST, 44.0),
        ("toasted bread", TOAST, 22.0),
        ("rye toast", "usda:18061", 29.0),  # a bread named: that bread, toasted
        ("french toast", "usda:18268", 59.0),  # French toast is its own food
        ("steak", STEAK, 85.0),  # a serving of cooked meat, 3 oz (USDA's "3 oz" = 85 g)
        ("a steak", STEAK, 155.0),  # USDA's "1 steak, excluding refuse" = 155 g
        ("steak 200 g", STEAK, 200.0),
    ],
)
def test_pizza_toast_and_steak_are_the_foods_as_eaten(
    phrase: str, food_id: str, grams: float
) -> None:
    food, logged_grams, _ = as_logged(phrase)
    assert food is not None, phrase
    assert (food.id, logged_grams) == (food_id, pytest.approx(grams, rel=1e-3))
    assert food.mg_for(logged_grams) == pytest.approx(grams * PER_100G[food_id] / 100, rel=1e-3)


@pytest.mark.parametrize(
    ("phrase", "food_id"), [("steak sauce", "usda:27048"), ("pizza sauce", "usda:06152")]
)
def test_the_sauce_is_still_found_by_its_name(phrase: str, food_id: str) -> None:
    food, _, _ = as_logged(phrase)
    assert food is not None and food.id == food_id


def test_melba_toast_is_not_bread() -> None:
    food, _, _ = as_logged("melba toast")
    assert food is None or "melba" in food.name.lower()


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("toast", TOAST),
        ("steak", STEAK),
        ("pizza", PIZZA),
        ("bacon", "usda:10124"),  # cooked pork bacon (`test_bacon`)
        ("raw milk", "usda:01078"),  # producer milk (`test_milk_words`)
        ("bbq crisps", "usda:19042"),  # barbecue-flavor chips
    ],
)
def test_the_app_search_lists_the_food_as_eaten_first(query: str, first: str) -> None:
    """The app's index reads the words as the shell does: a word typed in full."""
    assert full_index(TABLE, []).search(query + " ", 1)[0].id == first


PEPPERONI_PIZZA = "usda:21302"  # Fast Food, Pizza Chain, 14" pizza, pepperoni, regular crust


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams", "mg"),
    [
        # Refused: the frozen pepperoni pizza led, weighed by "1 serving" and "1 pizza" only
        ("pepperoni pizza 1 slice", PEPPERONI_PIZZA, 111.0, 26.64),
        ("a slice of pepperoni pizza", PEPPERONI_PIZZA, 111.0, 26.64),
        ("2 slices of pepperoni pizza", PEPPERONI_PIZZA, 222.0, 53.28),
        ("pepperoni pizza", PEPPERONI_PIZZA, 111.0, 26.64),  # was the frozen one's 146 g serving
        ("pepperoni", "usda:07057", 2.0, 0.42),  # the sausage still: "1 slice round"
        ("frozen pepperoni pizza", "usda:22903", 146.0, 35.04),  # said: the frozen one
    ],
)
def test_pepperoni_pizza_is_by_the_slice(
    phrase: str, food_id: str, grams: float, mg: float
) -> None:
    assert_logs(phrase, food_id, grams, mg)
