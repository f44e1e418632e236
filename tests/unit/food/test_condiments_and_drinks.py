"""A vinegar is named by "vinegar" and used by the spoon; a drink's everyday names find
it (a sweep's finds: "cider" logged a cup of "Vinegar, cider", 239 g, USDA SR24 having
no cider to drink; "balsamic vinegar" a cup, 255 g; "red wine" asked, red wine vinegar
first; "lager" asked, lima beans first, one typo from "large")."""

from __future__ import annotations

import pytest

from journal.core.food.eat_line import resolve
from journal.core.food.phrase import parse_item
from journal.core.food.quick_search import find_by_id, full_index
from journal.core.food.units import parse_quantity
from tests.unit.food.as_logged import TABLE, as_logged


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams", "mg_per_100g"),
    [
        ("balsamic vinegar", "usda:02069", 16.0, 12.0),  # USDA: 1 tbsp = 16 g
        ("vinegar cider 1 tbsp", "usda:02048", 14.9, 5.0),
        ("red wine", "usda:14096", 147.0, 12.0),  # "1 serving 5 fl oz"
        ("a glass of red wine", "usda:14096", 147.0, 12.0),
        ("lager", "usda:14003", 356.0, 6.0),  # regular beer, 1 can (12 fl oz)
    ],
)
def test_vinegar_by_the_spoon_and_drinks_by_their_names(
    phrase: str, food_id: str, grams: float, mg_per_100g: float
) -> None:
    food, logged_grams, _ = as_logged(phrase)
    assert food is not None, phrase
    assert (food.id, logged_grams) == (food_id, pytest.approx(grams))
    assert food.mg_for(logged_grams) == pytest.approx(grams * mg_per_100g / 100)


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams", "mg_per_100g"),
    [
        ("bbq sauce", "usda:06150", 9.3, 12.0),  # USDA: 1 cup (8 fl oz) 250 g, 1 packet 9.3 g
        ("teriyaki sauce", "usda:06112", 18.0, 61.0),  # 1 cup 288 g, 1 tbsp 18 g
        ("worcestershire sauce", "usda:06971", 17.0, 13.0),
        ("marinara sauce", "usda:06931", 132.0, 18.0),  # a pasta sauce: its half cup
        ("sour cream", "usda:01056", 12.0, 10.0),  # 1 cup 230 g (23 mg), 1 tbsp 12 g
        ("heavy cream", "usda:01053", 15.0, 7.0),  # first "1 cup, whipped", 120 g
        ("cream", "usda:01049", 15.0, 10.0),  # half and half, 1 tbsp
    ],
)
def test_a_sauce_to_season_with_is_spooned_not_a_cup(
    phrase: str, food_id: str, grams: float, mg_per_100g: float
) -> None:
    """ "bbq sauce" logged USDA's first measure, a cup, 250 g, 30 mg; "sour cream" a
    cup, 230 g, "heavy cream" a cup whipped, 120 g."""
    food, logged_grams, _ = as_logged(phrase)
    assert food is not None and (food.id, logged_grams) == (food_id, pytest.approx(grams))
    assert food.mg_for(logged_grams) == pytest.approx(grams * mg_per_100g / 100)


@pytest.mark.parametrize("phrase", ["cider", "vinegar", "red wine vinegar"])
def test_a_vinegar_is_asked_about_unless_its_kind_and_vinegar_are_named(phrase: str) -> None:
    food, _, _ = as_logged(phrase)
    assert food is None or (phrase.endswith("vinegar") and food.id == "usda:02068")


def test_salt_by_the_spoon_and_dried_herbs_keep_their_teaspoon() -> None:
    salt, basil = find_by_id(TABLE, [], "usda:02047"), find_by_id(TABLE, [], "usda:02003")
    assert salt is not None and parse_quantity("1", salt) == (18.0, "1 tbsp")  # not a cup
    assert basil is not None and parse_quantity("1", basil) == (0.7, "1 tsp, leaves")


def test_red_wine_leads_red_wine_vinegar_in_the_search() -> None:
    assert full_index(TABLE, []).search("red wine", 1)[0].id == "usda:14096"


def test_coconut_water_is_drunk_by_the_cup_not_the_ounce_of_nuts() -> None:
    """Chosen by its id from the list "coconut water" asks with, it logged 1 oz (28 g,
    7 mg), the ounce of the nut group; USDA: 1 cup = 240 g, 60 mg."""
    water, milk = find_by_id(TABLE, [], "usda:12119"), find_by_id(TABLE, [], "usda:12117")
    assert water is not None and parse_quantity("1", water) == (240.0, "1 cup")
    assert water.mg_for(240.0) == pytest.approx(60.0)
    assert milk is not None and parse_quantity("1", milk)[1] == "1 oz"  # as before


@pytest.mark.parametrize("phrase", ["hot dog", "2 hot dogs"])
def test_a_hot_dog_is_no_relish(phrase: str) -> None:
    """ "hot dog" logged a spoon of "Pickle relish, hot dog" (15 g); asked now, with
    USDA's "hotdog" foods (the relish only when "relish" is typed)."""
    assert as_logged(phrase)[0] is None
    choice = resolve(TABLE, [], parse_item(phrase), {})
    assert not any(f.name.startswith("Pickle relish") for f in choice.candidates[:3])


COCONUT_WATER = "usda:12119"  # Nuts, coconut water (liquid from coconuts): 25 mg/100 g


@pytest.mark.parametrize(
    ("phrase", "grams", "mg"),
    [
        # asked, "Nuts, coconut milk, raw (liquid expressed from grated meat and water)"
        # first, and the repeat line logged that milk (37 mg/100 g)
        ("coconut water", 240.0, 60.0),
        ("a glass of coconut water", 240.0, 60.0),
        ("coconut water 330ml", 334.8, 83.7),
    ],
)
def test_coconut_water_is_coconut_water(phrase: str, grams: float, mg: float) -> None:
    food, logged_grams, _ = as_logged(phrase)
    assert food is not None and food.id == COCONUT_WATER
    assert logged_grams == pytest.approx(grams, abs=0.1)
    assert food.mg_for(logged_grams) == pytest.approx(mg, abs=0.05)


@pytest.mark.parametrize(("phrase", "first"), [("coconut", "usda:12104"), ("water", "usda:14429")])
def test_coconut_and_water_alone_keep_their_first(phrase: str, first: str) -> None:
    assert resolve(TABLE, [], parse_item(phrase), {}).candidates[0].id == first


@pytest.mark.parametrize(
    ("phrase", "grams", "mg"),
    [
        # asked, "Juice, apple, grape and pear blend" and "apple and grape blend" first
        ("apple juice", 248.0, 12.4),
        ("a glass of apple juice", 248.0, 12.4),
        ("apple juice 200ml", 209.6, 10.48),
    ],
)
def test_apple_juice_is_apple_juice(phrase: str, grams: float, mg: float) -> None:
    """Apple juice, canned or bottled, unsweetened (usda:09016, 5 mg/100 g), by the cup."""
    food, logged_grams, _ = as_logged(phrase)
    assert food is not None and food.id == "usda:09016"
    assert logged_grams == pytest.approx(grams, abs=0.1)
    assert food.mg_for(logged_grams) == pytest.approx(mg, abs=0.01)


def test_an_apple_is_still_the_fruit() -> None:
    food, grams, _ = as_logged("apple")
    assert food is not None and (food.id, grams) == ("usda:09003", 182.0)
