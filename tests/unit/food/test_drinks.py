"""A count of a drink counts what one is served in (a helper's report: `eat "2 beers"` was
refused, "the table weighs beers by the can, not one by one", and a bare "light beer"
logged USDA's first portion, 1 fl oz, where one is a 12 fl oz can or bottle)."""

from __future__ import annotations

import pytest

from journal.core.food.drinks import serving
from tests.unit.food.as_logged import as_logged

CAN = 356.0  # Alcoholic beverage, beer, regular, all: "1 can" = 356 g (12 fl oz), 6 mg/100 g
OZ_12 = "(12 fl oz)"
LIGHT = 354.0  # Alcoholic beverage, beer, light: "1 can or bottle (12 fl oz)" = 354 g, 5 mg


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams", "mg", "label"),
    [
        ("2 beers", "usda:14003", 2 * CAN, 2 * CAN * 0.06, "2 cans"),
        ("1 beer", "usda:14003", CAN, CAN * 0.06, "1 can"),
        ("2.5 beers", "usda:14003", 2.5 * CAN, 2.5 * CAN * 0.06, "2.5 cans"),
        ("beers 2", "usda:14003", 2 * CAN, 2 * CAN * 0.06, "2 cans"),  # two usual servings
        ("light beer", "usda:14006", LIGHT, LIGHT * 0.05, f"1 can or bottle {OZ_12}"),
        ("2 light beers", "usda:14006", 2 * LIGHT, 2 * LIGHT * 0.05, f"2 cans or bottles {OZ_12}"),
        ("2 cokes", "usda:14400", 736.0, 0.0, "2 cans (12 fl oz)"),  # "2 cans 12 fl oz"
        ("2 coffees", "usda:14209", 2 * 237.0, 2 * 2.37 * 3, "2 cups (8 fl oz)"),  # 3 mg/100 g
        # A serving of wine is USDA's "1 serving 5 fl oz", 147 g, not its first "1 fl oz"
        ("white wine", "usda:14106", 147.0, 147 * 0.1, "5 fl oz"),
        # "wine" asked, non-alcoholic wine and red wine vinegar first: table wine, 11 mg
        ("wine", "usda:14084", 148.0, 148 * 0.11, "5 fl oz"),
        ("a glass of wine", "usda:14084", 148.0, 148 * 0.11, "5 fl oz"),
        ("2 glasses of wine", "usda:14084", 296.0, 296 * 0.11, "2 × 5 fl oz"),
    ],
)
def test_a_count_of_a_drink_is_that_many_servings(
    phrase: str, food_id: str, grams: float, mg: float, label: str
) -> None:
    food, logged_grams, logged_label = as_logged(phrase)
    assert food is not None and food.id == food_id
    assert (logged_grams, logged_label) == (pytest.approx(grams), label)
    assert food.mg_for(logged_grams) == pytest.approx(mg)


SPIRIT = "usda:14037"  # Alcoholic beverage, distilled, all (gin, rum, vodka, whiskey) 80 proof


@pytest.mark.parametrize(
    ("phrase", "grams", "label"),
    [
        # asked among whiskey sours and their bottled mixes, a cocktail, not the spirit
        ("whiskey", 42.0, "1 jigger (1.5 fl oz)"),
        ("a whisky", 42.0, "1 jigger (1.5 fl oz)"),  # found nothing
        ("2 whiskeys", 84.0, "2 jiggers (1.5 fl oz)"),  # it read "2 jigger 1.5 fl oz"
    ],
)
def test_whiskey_is_the_spirit_by_the_shot(phrase: str, grams: float, label: str) -> None:
    food, logged_grams, logged_label = as_logged(phrase)
    assert food is not None and food.id == SPIRIT
    assert (logged_grams, logged_label) == (pytest.approx(grams), label)


def test_two_whiskeys_are_two_shots() -> None:
    food, grams, _ = as_logged("2 whiskeys")
    assert food is not None and (food.id, grams) == (SPIRIT, pytest.approx(84.0))


def test_a_whiskey_sour_is_still_the_cocktail() -> None:
    food, _, _ = as_logged("whiskey sour")  # asked among the cocktail and its mixes
    assert food is None or "sour" in food.name


def test_no_beers_is_refused() -> None:
    with pytest.raises(ValueError, match="amount must be more than zero, not '0'"):
        as_logged("0 beers")


def test_a_serving_is_what_one_is_served_in_else_the_largest_of_several_ounces() -> None:
    assert serving([(1.0, "fl oz"), (1.0, "can or bottle (12 fl oz)")]) == (
        "can or bottle (12 fl oz)"
    )
    assert serving([(1.0, "fl oz"), (12.0, "fl oz"), (16.0, "fl oz")]) == "16 fl oz"
    assert serving([(1.0, "fluid ounce")]) is None  # an amount only: counted as before


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams", "label"),
    [
        # USDA weighs table wine by the fl oz and "1 serving 5 fl oz": a glass was a cup
        ("a glass of white wine", "usda:14106", 147.0, "5 fl oz"),
        ("2 glasses of white wine", "usda:14106", 294.0, "2 × 5 fl oz"),
        ("a glass of milk", "usda:01079", 244.0, "1 cup"),  # a drink with a cup: the cup
        ("a glass of beer", "usda:14003", 356 / 12 * 8, "1 cup"),  # served by the can
    ],
)
def test_a_glass_of_a_drink_weighed_by_the_serving_is_that_serving(
    phrase: str, food_id: str, grams: float, label: str
) -> None:
    food, logged_grams, logged_label = as_logged(phrase)
    assert food is not None and food.id == food_id
    assert (logged_grams, logged_label) == (pytest.approx(grams, rel=0.01), label)
    assert food.mg_for(logged_grams) == pytest.approx(food.mg_per_100g * grams / 100, rel=0.01)


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams", "label"),
    [
        ("2 bottles of beer", "usda:14003", 2 * CAN, "2 bottles (12 fl oz)"),
        ("a bottle of beer", "usda:14003", CAN, "1 bottle (12 fl oz)"),
        ("a bottle of light beer", "usda:14006", LIGHT, f"1 can or bottle {OZ_12}"),
    ],
)
def test_a_bottle_of_beer_is_its_12_fl_oz(
    phrase: str, food_id: str, grams: float, label: str
) -> None:
    """ "2 bottles of beer" named no food ("bottles of beer"); regular beer has only USDA's
    12 fl oz can, which its light beer calls "can or bottle"."""
    food, logged_grams, logged_label = as_logged(phrase)
    assert food is not None and (food.id, logged_grams, logged_label) == (food_id, grams, label)
    assert food.mg_for(logged_grams) == pytest.approx(grams * food.mg_per_100g / 100)  # type: ignore[operator]


def test_a_bottle_of_another_drink_is_its_own_or_refused() -> None:
    with pytest.raises(ValueError, match="unknown unit 'bottle'"):
        as_logged("a bottle of budweiser")  # USDA: "1 fl oz" and "12 fl oz" only


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams", "mg"),
    [
        # refused: "unknown unit 'bottle'" (SR24 weighs wine by the fl oz and 5 fl oz)
        ("a bottle of wine", "usda:14084", 29.5 / 29.5735 * 750, 82.29),  # 11 mg/100 g
        ("half a bottle of wine", "usda:14084", 29.5 / 29.5735 * 375, 41.15),
        ("a bottle of red wine", "usda:14096", 29.4 / 29.5735 * 750, 89.47),  # 12 mg/100 g
    ],
)
def test_a_bottle_of_wine_is_750_ml(phrase: str, food_id: str, grams: float, mg: float) -> None:
    food, logged_grams, label = as_logged(phrase)
    assert food is not None and food.id == food_id
    assert logged_grams == pytest.approx(grams)
    assert food.mg_for(logged_grams) == pytest.approx(mg, abs=0.01)
    assert label.endswith("bottle (750 ml)")
