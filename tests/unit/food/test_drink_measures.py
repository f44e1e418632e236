"""A glass, a can or a bottle of a drink is the household measure a person means (a
helper's report: "a glass of cola" logged USDA's "1 cup medium 21 fl oz size", a fountain
cup of 486 g; "a bottle of water" and "a can of lemonade" were refused)."""

from __future__ import annotations

import pytest

from journal.core.food.drinks import can_of_drink, household_cup
from journal.core.food.quick_search import search_foods
from tests.unit.food.as_logged import TABLE, as_logged

COLA = "usda:14400"  # Carbonated beverage, cola, contains caffeine: "1 fl oz" 30.7 g
COLA_OZ = 30.7
TAP = "usda:14429"  # Water, tap, municipal: "1 fl oz" 29.6 g
LEMONADE = "usda:14293"  # Lemonade, frozen concentrate, white, prepared with water


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams", "label"),
    [
        # 8 fl oz, the FDA's reference amount of a beverage, not a 21 fl oz fountain cup
        ("a glass of cola", COLA, 8 * COLA_OZ, "1 glass (8 fl oz)"),
        ("a cup of cola", COLA, 8 * COLA_OZ, "1 cup (8 fl oz)"),
        ("a mug of cola", COLA, 8 * COLA_OZ, "1 mug (8 fl oz)"),
        ("2 glasses of coke", COLA, 16 * COLA_OZ, "2 glasses (8 fl oz)"),
        ("a can of cola", COLA, 368.0, "1 can (12 fl oz)"),  # USDA's own can stands
        ("a bottle of coke", COLA, 491.0, "1 bottle (16 fl oz)"),  # SR24's "16 lf oz"
        # the drink's own cup or glass stands: milk's cup, wine's 5 fl oz serving
        ("a glass of milk", "usda:01079", 244.0, "1 cup"),
        ("a glass of beer", "usda:14003", 238.0, "1 cup"),
        ("a glass of wine", "usda:14084", 148.0, "5 fl oz"),
        ("a glass of orange juice", "usda:09206", 248.0, "1 cup"),
        ("a glass of water", TAP, 237.0, "1 cup (8 fl oz)"),
        # a bottle of water: the 500 ml single-serve one, as USDA's bottled waters
        ("a bottle of water", TAP, 29.6 / 29.5735 * 500, "1 bottle (500 ml, 16.9 fl oz)"),
        ("2 bottles of water", TAP, 29.6 / 29.5735 * 1000, "2 bottles (500 ml, 16.9 fl oz)"),
        ("a bottle of beer", "usda:14003", 356.0, "1 bottle (12 fl oz)"),
        # lemonade as drunk, by its 8 fl oz serving; a can of it 12 fl oz
        ("a glass of lemonade", LEMONADE, 247.0, "1 cup (8 fl oz)"),
        ("lemonade", LEMONADE, 247.0, "1 cup (8 fl oz)"),
        ("a can of lemonade", LEMONADE, 12 * 30.9, "1 can (12 fl oz)"),
        ("a can of orange juice", "usda:09206", 12 * 31.0, "1 can (12 fl oz)"),
        # USDA's "Tea, herb, other than chamomile": it found a Hopi tea weighed by nothing
        ("a cup of herbal tea", "usda:14381", 237.0, "1 cup (8 fl oz)"),
        ("2 mugs of herbal tea", "usda:14381", 474.0, "2 cups (8 fl oz)"),
    ],
)
def test_a_drink_is_logged_by_the_measure_said(
    phrase: str, food_id: str, grams: float, label: str
) -> None:
    food, logged_grams, logged_label = as_logged(phrase)
    assert food is not None and food.id == food_id, phrase
    assert (logged_grams, logged_label) == (pytest.approx(grams, abs=0.5), label)


PINK = "usda:14543"  # Lemonade, frozen concentrate, pink, prepared with water: 2 mg/100 g


@pytest.mark.parametrize(
    ("phrase", "grams"),
    [
        ("pink lemonade", 247.0),
        ("a glass of pink lemonade", 247.0),
        ("pink lemonade 2 cups", 494.0),
    ],
)
def test_pink_lemonade_is_the_drink_as_drunk(phrase: str, grams: float) -> None:
    """It asked with the undiluted concentrate (7 mg/100 g, a can 437 g) listed first."""
    food, logged_grams, _ = as_logged(phrase)
    assert food is not None and food.id == PINK
    assert logged_grams == pytest.approx(grams)
    assert search_foods(TABLE, [], "pink lemonade", 2)[0].id == PINK  # the app: it first


def test_the_powder_is_still_asked_and_lemonade_alone_is_white() -> None:
    assert as_logged("lemonade powder 1 tbsp")[0] is None
    assert search_foods(TABLE, [], "lemonade", 1)[0].id == LEMONADE  # not the pink one


FOUNTAIN = [(30.7, "fl oz"), (368.0, "can 12 fl oz"), (486.0, "cup medium 21 fl oz size")]


def test_household_cup_only_stands_in_for_fountain_cups() -> None:
    assert household_cup("glass", FOUNTAIN) == (pytest.approx(245.6), "glass (8 fl oz)")
    assert household_cup("glasses", FOUNTAIN) == (pytest.approx(245.6), "glass (8 fl oz)")
    assert household_cup("cup", FOUNTAIN)[1] == "cup (8 fl oz)"  # type: ignore[index]
    # a plain cup of its own beside the fountain ones: that cup, not 8 fl oz of ours
    assert household_cup("glass", [*FOUNTAIN, (244.0, "cup")]) is None
    assert household_cup("glass", [(30.7, "fl oz")]) is None  # no cup at all: as before
    assert household_cup("glass", [(486.0, "cup medium 21 fl oz size")]) is None  # no ounce


def test_a_can_of_a_drink_is_twelve_fluid_ounces() -> None:
    assert can_of_drink([(30.9, "fl oz")]) == (pytest.approx(370.8), "can (12 fl oz)")
    assert can_of_drink([(247.0, "serving 1 cup 8 fl oz")]) is None


def test_the_apps_search_lists_lemonade_as_drunk_first_and_the_others_after() -> None:
    listed = [food.id for food in search_foods(TABLE, [], "lemonade", 8)]
    assert listed[0] == LEMONADE
    assert {"usda:14287", "usda:14542"} <= set(listed)  # the powder, pink: still found


def test_the_apps_search_lists_herb_tea_for_herbal_tea() -> None:
    assert search_foods(TABLE, [], "herbal tea", 3)[0].id == "usda:14381"


@pytest.mark.parametrize(
    ("phrase", "said"),
    [
        ("a carton of milk", "unknown unit 'carton' for Milk, reduced fat"),
        ("a carton of orange juice", "unknown unit 'carton' for Orange juice, raw"),
        ("a splash of milk", "unknown unit 'splash' for Milk, reduced fat"),
    ],
)
def test_a_carton_or_a_splash_is_refused_naming_the_drink(phrase: str, said: str) -> None:
    """Their sizes differ (a school carton is 8 fl oz, a British one a pint or a litre):
    refused, as before, but for the amount, not as 'no food matches 'carton of milk''."""
    with pytest.raises(ValueError, match=said):
        as_logged(phrase)
