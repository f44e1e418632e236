"""What a person reads when an amount or a unit is refused, word for word, and the edge values."""

from __future__ import annotations

import dataclasses

import pytest

from journal.core.food.amounts import parse_amount
from journal.core.food.foods import Food, Portion
from journal.core.food.units import parse_quantity, split_portion
from tests.unit.food.as_logged import assert_logs

OAT_BRAN = Food(
    "usda:20033", "Oat bran, raw", "Cereal Grains", 235.0, 246.0, (Portion("1 cup", 94.0),)
)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "amount is empty: type a number such as 1, 1.5 or 1/2"),
        ("-2", "amount must be positive, not '-2'"),
        ("two", "not a number: 'two' (try 1, 1.5, 1,5, 1/2 or 1 1/2)"),
        ("0", "amount must be more than zero, not '0'"),
        ("0,0", "amount must be more than zero, not '0,0'"),
        ("3/0", "amount has a zero denominator: 3/0"),
        ("1 2/0", "amount has a zero denominator: 2/0"),
        ("5000.5", "amount 5000.5 is too large (at most 5000)"),
    ],
)
def test_a_refused_amount_says_why_in_one_line(typed: str, message: str) -> None:
    with pytest.raises(ValueError) as refused:
        parse_amount(typed)
    assert str(refused.value) == message


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("5000", 5000.0),  # the largest amount taken
        ("0.001", 0.001),  # a tiny amount is still an amount
        ("2 3/4", 2.75),
        ("10/4", 2.5),
        ("2⅓", 2 + 1 / 3),
        ("⅛", 0.125),
        ("12", 12.0),
    ],
)
def test_amounts_at_the_edges_are_taken(typed: str, value: float) -> None:
    assert parse_amount(typed) == value


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        (" ", "quantity is empty: type e.g. 100 g, 1 oz or 1/2 cup"),
        (
            "2 bowls of",
            "unknown unit 'bowls of' for Oat bran, raw; use one of: g, kg, oz, lb, ml, cup",
        ),
        ("5.1 kg", "5.1 kg is 5,100 g: more than 5,000 g in one entry"),
    ],
)
def test_a_refused_quantity_says_why_in_one_line(typed: str, message: str) -> None:
    with pytest.raises(ValueError) as refused:
        parse_quantity(typed, OAT_BRAN)
    assert str(refused.value) == message


def test_exactly_five_kilograms_is_one_entry() -> None:
    assert parse_quantity("5 kg", OAT_BRAN) == (5000.0, "5 kg")


def own(serving: str, *more: Portion, group: str = "Custom", name: str = "Bar") -> Food:
    return Food("custom:1", name, group, 100.0, 400.0, (Portion(serving, 40.0), *more), "custom")


MILK = Food("usda:01079", "Milk, 2%", "Dairy", 11.0, 50.0, (Portion("1 cup", 244.0),))
FRUIT = Food(
    "usda:9",
    "Fruit mix",
    "Fruits",
    10.0,
    50.0,
    (
        Portion("1 cherry", 8.0),
        Portion("1 peach", 150.0),
        Portion("1 pie", 120.0),
        Portion("1 box", 40.0),
        Portion("1 dish", 200.0),
        Portion("1 fry", 5.0),
        Portion("1 fl oz", 30.0),
        Portion("1 cup slices", 110.0),
    ),
)


@pytest.mark.parametrize(
    ("typed", "grams"),
    [
        ("10 cherries", 80.0),
        ("2 peaches", 300.0),
        ("2 pies", 240.0),
        ("3 boxes", 120.0),
        ("2 dishes", 400.0),
        ("20 fries", 100.0),
        ("2 fluid ounces", 60.0),
        ("1 cup", 110.0),  # "cup slices" is a cup
    ],
)
def test_a_plural_counts_the_foods_singular_portion(typed: str, grams: float) -> None:
    assert parse_quantity(typed, FRUIT)[0] == grams


def test_glasses_are_cups_like_a_glass() -> None:
    assert parse_quantity("2 glasses", MILK) == (488.0, "2 cup")
    assert parse_quantity("1 glass", MILK) == (244.0, "1 cup")


def test_a_small_glass_is_not_the_small_bowl() -> None:
    food = own("1 small bowl", Portion("1 small glass", 150.0))
    assert parse_quantity("2 small glasses", food)[0] == 300.0


def test_short_spellings_of_units() -> None:
    butter = Food("usda:01001", "Butter", "Dairy", 2.0, 717.0, (Portion("1 tbsp", 14.2),))
    assert parse_quantity("2 tbs", butter)[0] == pytest.approx(28.4)
    assert parse_quantity("2 ozs", butter) == (pytest.approx(56.699), "2 oz")


def test_a_serving_named_without_a_number_is_one_of_it() -> None:
    bar = own("bar")
    assert parse_quantity("2 bars", bar) == (80.0, "2 bar")
    assert parse_quantity("3", bar) == (120.0, "3 bar")


@pytest.mark.parametrize("serving", ["0 sugar bar", "nan bread"])
def test_a_serving_whose_name_starts_like_a_number_is_one_of_it(serving: str) -> None:
    assert parse_quantity("2", own(serving))[0] == 80.0


def test_a_serving_named_only_by_its_weight_counts_a_bare_number_and_refuses_a_unit() -> None:
    bar = own("1 (40 g)")
    assert parse_quantity("2", bar) == (80.0, "2 (40 g)")
    with pytest.raises(ValueError, match="unknown unit 'bars'"):
        parse_quantity("2 bars", bar)


def test_a_bare_number_of_seeds_is_ounces_even_without_an_ounce_portion() -> None:
    seeds = dataclasses.replace(
        own("1 cup", group="Nut and Seed Products", name="Seeds, pumpkin"),
        id="usda:1",
        source="usda",
    )
    assert parse_quantity("1", seeds) == (28.3495, "1 oz")
    # The person's own seeds mix with a serving of 1 cup: that serving.
    assert parse_quantity("1", own("1 cup", group="Nut and Seed Products")) == (40.0, "1 cup")


def test_a_bare_number_of_a_nut_butter_is_its_spoon_not_an_ounce() -> None:
    butter = dataclasses.replace(
        own("1 tbsp", group="Nut and Seed Products", name="Nuts, Almond Butter, plain"),
        id="usda:2",
        source="usda",
    )
    assert parse_quantity("2", butter) == (80.0, "2 tbsp")


def test_an_own_foods_serving_of_two_spoons_is_one_serving() -> None:
    mix = own("2 tbsp", group="Nut and Seed Products", name="Nut butter mix")
    assert parse_quantity("1", mix) == (40.0, "1 serving (2 tbsp)")
    assert parse_quantity("1", own("1 bar")) == (40.0, "1 bar")


@pytest.mark.parametrize(
    ("name", "split"),
    [("0 cup", (1.0, "0 cup")), ("-1 cup", (1.0, "-1 cup")), ("0.5 cup", (0.5, "cup"))],
)
def test_a_portion_without_a_positive_count_is_one_of_its_name(
    name: str, split: tuple[float, str]
) -> None:
    assert split_portion(Portion(name, 10.0)) == split


@pytest.mark.parametrize("text", ["1,500", "12,000", "1,000,000"])
def test_a_comma_before_three_digits_is_asked_not_read_as_a_decimal(text: str) -> None:
    with pytest.raises(ValueError, match="could be"):
        parse_amount(text)
    assert parse_amount("1,5") == 1.5 and parse_amount("1,50") == 1.5  # a decimal comma


def test_a_comma_before_three_digits_says_both_readings() -> None:
    with pytest.raises(ValueError) as asked:
        parse_amount("1,500")
    assert str(asked.value) == (
        "'1,500' could be 1500 or 1.500: write it without the comma, or with a point"
    )


@pytest.mark.parametrize(
    ("name", "grams", "label"),
    [
        ("Cheese, feta", 28.35, "1 oz"),  # a serving of cheese, not the cup listed first
        ("Cheese, cottage, lowfat", 226.0, "1 cup (not packed)"),  # eaten by the cup
        ("Cheese, ricotta, whole milk", 226.0, "1 cup (not packed)"),
    ],
)
def test_a_bare_cheese_is_an_ounce_but_cottage_and_ricotta_a_cup(
    name: str, grams: float, label: str
) -> None:
    cheese = Food(
        "usda:1",
        name,
        "Dairy",
        10.0,
        100.0,
        (Portion("1 cup (not packed)", 226.0), Portion("1 oz", 28.35)),
    )
    assert parse_quantity("1", cheese) == (grams, label)


def test_a_cheese_without_an_ounce_portion_is_still_an_ounce() -> None:
    cheese = Food("usda:1", "Cheese, blue", "Dairy", 10.0, 100.0, (Portion("1 cup", 135.0),))
    assert parse_quantity("1", cheese) == (28.3495, "1 oz")


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams", "mg"),
    [
        # refused: "unknown unit 'slice' for Watermelon, raw" (weighed by the wedge)
        ("a slice of watermelon", "usda:09326", 286.0, 28.6),  # 1 wedge (1/16 of melon)
        ("2 slices of watermelon", "usda:09326", 572.0, 57.2),
        ("a slice of honeydew", "usda:09184", 125.0, 12.5),  # 1 wedge (1/8 of melon)
        ("a slice of tomato", "usda:11529", 20.0, 2.2),  # its own slice, as before
    ],
)
def test_a_slice_of_melon_is_its_wedge(phrase: str, food_id: str, grams: float, mg: float) -> None:
    assert_logs(phrase, food_id, grams, mg)
