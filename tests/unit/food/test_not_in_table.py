"""Everyday foods USDA SR24 lacks are said to be missing, not offered as a near miss (a
brief's report: "coconut milk" offered the canned, raw and frozen coconut milk cooks use,
37-46 mg/100 g, for a glass of the carton drink; "oat milk" offered baby oatmeal made
with whole milk, "almond milk" milk chocolate with almonds)."""

from __future__ import annotations

import pytest

from journal.core.food.eat_line import counted, resolve
from journal.core.food.foods import Food, Portion
from journal.core.food.not_in_table import not_in_table
from journal.core.food.phrase import parse_item, parse_line
from journal.core.food.units import parse_quantity
from tests.unit.food.as_logged import TABLE


@pytest.mark.parametrize(
    ("phrase", "says"),
    [
        ("oat milk", "has no oat milk; its only plant milk is soy milk"),
        ("a glass of oat milk", "has no oat milk"),
        ("unsweetened almond milk", "has no almond milk"),
        ("almond milk 1 cup", "has no almond milk"),
        ("rice milk", "has no rice milk"),
        ("coconut milk", "no coconut milk drink (the carton kind)"),
        ("a glass of coconut milk", "its coconut milk is the canned one cooks use (usda:12118"),
        ("coconut milk 250 ml", "no coconut milk drink"),
        ("greek yogurt", "no Greek (strained) yogurt; its plain yogurts are usda:01116"),
        ("a cup of green tea", "no green, white or oolong tea; its brewed teas are black"),
        # "sparkling water" found nothing; "carbonated water" logged a sweetened flavoured
        # still water; a mineral water's magnesium is its label's
        ("sparkling water", "no mineral or sparkling water (its magnesium is on the label"),
        ("a bottle of mineral water", "it has club soda (usda:14121) and tap water"),
        ("carbonated water", "no mineral or sparkling water"),
        # "a scone" offered ice cream cones, one letter away; "crumpets" found nothing
        ("a scone", "no scone; its nearest is a biscuit from a recipe (usda:18016"),
        ("2 fruit scones", "no scone"),
        ("a crumpet", "no crumpet; its nearest is a plain English muffin (usda:18258"),
    ],
)
def test_a_food_the_table_lacks_is_said_missing(phrase: str, says: str) -> None:
    choice = resolve(TABLE, [], parse_item(phrase), {})
    assert (choice.food, choice.candidates) == (None, [])
    assert says in choice.missing
    assert "--custom MG" in choice.missing


@pytest.mark.parametrize(
    "phrase",
    ["soy milk", "almond milk chocolate", "coconut water", "milk", "tea", "yogurt", "club soda"],
)
def test_foods_the_table_has_are_not_missing(phrase: str) -> None:
    item = parse_item(phrase)
    assert not_in_table(item.words, item.quantity) is None
    assert resolve(TABLE, [], item, {}).missing == ""


@pytest.mark.parametrize(
    "phrase",
    [
        "coconut milk 2 tbsp",
        "coconut milk 100g",
        "a can of coconut milk",
        "2 cans of coconut milk",  # a plural unit is the unit: "cans" is a can
        "coconut milk 3 tablespoons",
    ],
)
def test_coconut_milk_by_the_spoon_can_or_weight_is_the_cooking_kind(phrase: str) -> None:
    """Not said missing: the table's coconut milk is that kind (asked which, or weighed)."""
    item = parse_item(phrase)
    assert not_in_table(item.words, item.quantity) is None


def test_the_persons_own_oat_milk_is_theirs() -> None:
    own = Food(
        "custom:oat", "Oat milk", "Own foods", 5.0, 46.0, (Portion("1 glass", 250.0),), "own"
    )
    choice = resolve(TABLE, [own], parse_item("oat milk"), {})
    assert choice.food is own and choice.missing == ""


@pytest.mark.parametrize(
    ("phrase", "says", "line"),
    [
        # suggested "chips" (potato chips, crisps) as its main word
        ("fish and chips", "chips, which are French fries", "usda:21047, usda:21138 1 medium"),
        ("fish & chips", "no fish and chips as one dish", "usda:21047, usda:21138 1 medium"),
        # "a latte" offered beef skirt steak ("plate"); "cappuccino" the instant powder
        ("a latte", "no coffee-shop milk drink", "espresso 1 fl oz, milk 1 cup"),
        ("large cappuccino", "no coffee-shop milk drink", "espresso 1 fl oz, milk 1 cup"),
        ("flat white", "no coffee-shop milk drink", "espresso 1 fl oz, milk 1 cup"),
        ("a macchiato", "no coffee-shop milk drink", "espresso 1 fl oz, milk 1 cup"),
        # asked among American grapes and American cheese
        ("an americano", "no americano; it is espresso", "2 shots of espresso"),
        ("large americano", "no americano; it is espresso", "2 shots of espresso"),
        # logged "Bread, salvadoran sweet cheese (quesadilla salvadorena)", 399 g, 43.9 mg
        ("quesadilla", "no Mexican quesadilla", "usda:18364 1, cheddar 1 oz"),
        ("chicken quesadilla", "no Mexican quesadilla", "usda:18364 1, cheddar 1 oz"),
        # logged "Meatballs, meatless" (1 cup, 144 g), or suggested it as "beef meatballs"'s word
        ("meatballs", "no meatballs made of meat (its one is meatless", "ground beef 3 oz"),
        ("swedish meatballs", "no meatballs made of meat", "ground beef 3 oz"),
        ("beef meatballs", "no meatballs made of meat", "ground beef 3 oz"),
        # offered peanut butter sandwich cookies and crackers (49-56 mg/100 g)
        (
            "peanut butter sandwich",
            "no peanut butter sandwich as one food",
            "white bread 2 slices, peanut butter 2 tbsp",
        ),
        # offered a grilled chicken club sandwich
        ("a grilled cheese", "no grilled cheese sandwich", "white bread 2 slices, cheddar 1 oz"),
        ("grilled cheese sandwich", "no grilled cheese sandwich", "cheddar 1 oz, butter 1 tsp"),
        # offered a honey roll sausage, a lunch meat
        ("sausage roll", "no sausage roll", "usda:18211 1 oz, usda:07089 1 oz"),
        ("2 sausage rolls", "no sausage roll", "usda:18211 1 oz, usda:07089 1 oz"),
    ],
)
def test_a_dish_the_table_has_as_parts_says_the_line_for_them(
    phrase: str, says: str, line: str
) -> None:
    choice = resolve(TABLE, [], parse_item(phrase), {})
    assert (choice.food, choice.candidates) == (None, [])
    assert says in choice.missing and "mg-journal eat '" in choice.missing
    assert line in choice.missing


@pytest.mark.parametrize(
    ("line", "logged"),
    [
        # battered fried fish (24 mg/100 g) 91 g, fast-food fries (34 mg/100 g) 134 g
        (
            "usda:21047, usda:21138 1 medium",
            [("usda:21047", 91.0, 21.84), ("usda:21138", 134.0, 45.56)],
        ),
        # espresso (80 mg/100 g) 30 g, 2% milk (11 mg/100 g) 244 g
        (
            "espresso 1 fl oz, milk 1 cup",
            [("usda:14210", 30.0, 24.0), ("usda:01079", 244.0, 26.84)],
        ),
        # flour tortilla (20 mg/100 g), a medium one 30 g; cheddar (28 mg/100 g) 1 oz
        (
            "usda:18364 1, cheddar 1 oz",
            [("usda:18364", 30.0, 6.0), ("usda:01009", 28.3495, 7.94)],
        ),
        # 85% lean patty, broiled (21 mg/100 g), 3 oz of 28.3495 g
        ("ground beef 3 oz", [("usda:23568", 85.0485, 17.86)]),
        # white bread (25 mg/100 g), 2 slices of 28 g; smooth peanut butter (154 mg/100 g)
        (
            "white bread 2 slices, peanut butter 2 tbsp",
            [("usda:18069", 56.0, 14.0), ("usda:16098", 32.0, 49.28)],
        ),
        # cheddar (28 mg/100 g) 1 oz; salted butter (2 mg/100 g) 1 tsp
        (
            "white bread 2 slices, cheddar 1 oz, butter 1 tsp",
            [
                ("usda:18069", 56.0, 14.0),
                ("usda:01009", 28.3495, 7.94),
                ("usda:01001", 4.72917, 0.09),
            ],
        ),
        # baked puff pastry (16 mg/100 g), cooked Italian pork sausage (18 mg/100 g)
        (
            "usda:18211 1 oz, usda:07089 1 oz",
            [("usda:18211", 28.3495, 4.54), ("usda:07089", 28.3495, 5.1)],
        ),
    ],
)
def test_the_suggested_line_logs_the_parts(
    line: str, logged: list[tuple[str, float, float]]
) -> None:
    for item, (food_id, grams, mg) in zip(parse_line(line), logged, strict=True):
        food = resolve(TABLE, [], item, {}).food
        assert food is not None and food.id == food_id
        got = parse_quantity(item.quantity or "1", food, counted(item))[0]
        assert got == pytest.approx(grams) and food.mg_for(got) == pytest.approx(mg, abs=0.01)


@pytest.mark.parametrize(
    "phrase", ["meatless meatballs", "vegetarian meatballs", "veggie meatball"]
)
def test_meatless_meatballs_are_the_tables_own(phrase: str) -> None:
    """ "vegetarian meatballs" found nothing, and suggested "meatballs"."""
    choice = resolve(TABLE, [], parse_item(phrase), {})
    assert choice.food is not None and choice.food.id == "usda:43132"


@pytest.mark.parametrize(
    "phrase",
    [
        "magnesium",  # it asked among foods made with magnesium chloride
        "magnesium glycinate",  # each of these found nothing
        "magnesium 200mg",
        "a magnesium tablet",
        "magnesium citrate 2 capsules",
    ],
)
def test_a_magnesium_supplement_is_sent_to_the_supplement_command(phrase: str) -> None:
    choice = resolve(TABLE, [], parse_item(phrase), {})
    assert (choice.food, choice.candidates) == (None, [])
    assert "is a supplement, not a food: log it with mg-journal supplement FORM MG" in (
        choice.missing
    )


def test_a_food_made_with_a_magnesium_salt_is_still_a_food() -> None:
    item = parse_item("magnesium chloride tofu")
    assert not_in_table(item.words, item.quantity) is None
