"""amounts.parse_amount and units.parse_quantity: every accepted form and every refusal."""

from __future__ import annotations

import pytest

from journal.core.food.amounts import parse_amount
from journal.core.food.foods import Food, Portion
from journal.core.food.quick_search import find_by_id
from journal.core.food.units import (
    food_units,
    needs_amount,
    parse_quantity,
    piece_portion,
)
from journal.store.shipped import read_food_table

ALMONDS = Food(
    "usda:12061",
    "Nuts, almonds",
    "Nut and Seed Products",
    268.0,
    575.0,
    (
        Portion("1 cup, whole", 143.0),
        Portion("1 oz (23 whole kernels)", 28.35),
        Portion("1 almond", 1.2),
    ),
)
OAT_BRAN = Food(
    "usda:20033",
    "Oat bran, raw",
    "Cereal Grains and Pasta",
    235.0,
    246.0,
    (Portion("1 cup", 94.0),),
)
BUTTER = Food(
    "usda:01001",
    "Butter, salted",
    "Dairy and Egg Products",
    2.0,
    717.0,
    (Portion("1 tbsp", 14.2), Portion('1 pat (1" sq, 1/3" high)', 5.0)),
)
BANANA = Food(
    "usda:09040",
    "Bananas, raw",
    "Fruits and Fruit Juices",
    27.0,
    89.0,
    (
        Portion("1 cup, sliced", 150.0),
        Portion('1 medium (7" to 7-7/8" long)', 118.0),
    ),
)
PLAIN = Food("custom:1", "Porridge", "Custom", 40.0, None, (), "custom")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2", 2.0),
        ("1.5", 1.5),
        ("1,5", 1.5),
        ("1/2", 0.5),
        ("1 1/2", 1.5),
        ("½", 0.5),
        ("1½", 1.5),
        ("1 ½", 1.5),
        (" 3 ", 3.0),
        ("¾", 0.75),
        ("5000", 5000.0),
    ],
)
def test_parse_amount_accepts(text: str, value: float) -> None:
    assert parse_amount(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("abc", "not a number"),
        ("0", "more than zero"),
        ("0/3", "more than zero"),
        ("-1", "positive"),
        ("1/0", "zero denominator"),
        ("nan", "not a number"),
        ("inf", "not a number"),
        ("1e3", "not a number"),
        ("9" * 400, "more than zero"),
        ("5001", "too large"),
        ("1.2.3", "not a number"),
    ],
)
def test_parse_amount_refuses(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason) as caught:
        parse_amount(text)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("text", "food", "grams", "label"),
    [
        ("1oz", ALMONDS, 28.3495, "1 oz"),
        ("1 oz", ALMONDS, 28.3495, "1 oz"),
        ("2 ounces", ALMONDS, 56.699, "2 oz"),
        ("1/2 cup", OAT_BRAN, 47.0, "1/2 cup"),
        ("2 cups", OAT_BRAN, 188.0, "2 cup"),
        ("½ cup", OAT_BRAN, 47.0, "½ cup"),
        ("100g", ALMONDS, 100.0, "100 g"),
        ("100 g", ALMONDS, 100.0, "100 g"),
        ("250 grams", ALMONDS, 250.0, "250 g"),
        ("1.5 kg", OAT_BRAN, 1500.0, "1.5 kg"),
        ("1 lb", ALMONDS, 453.592, "1 lb"),
        ("2 lbs", ALMONDS, 907.184, "2 lb"),
        ("10 almonds", ALMONDS, 12.0, "10 almond"),
        ("1 cup whole", ALMONDS, 143.0, "1 cup, whole"),
        ("1 cup", ALMONDS, 143.0, "1 cup, whole"),
        ("2 tbsp", BUTTER, 28.4, "2 tbsp"),
        ("1 tablespoon", BUTTER, 14.2, "1 tbsp"),
        ("3 Tbsp.", BUTTER, 42.6, "3 tbsp"),
        ("1 pat", BUTTER, 5.0, '1 pat (1" sq, 1/3" high)'),
        ("1", BANANA, 118.0, '1 medium (7" to 7-7/8" long)'),
        ("1", ALMONDS, 28.35, "1 oz (23 whole kernels)"),  # nuts count by the ounce
        ("cup", OAT_BRAN, 94.0, "1 cup"),
        ("150", PLAIN, 150.0, "150 g"),
    ],
)
def test_parse_quantity(text: str, food: Food, grams: float, label: str) -> None:
    got_grams, got_label = parse_quantity(text, food)
    assert got_grams == pytest.approx(grams)
    assert got_label == label


def test_half_portion_in_source_scales_to_one_unit() -> None:
    oats = Food("usda:08120", "Oats", "g", 138.0, 379.0, (Portion("0.333 cup", 27.0),))
    assert parse_quantity("1 cup", oats)[0] == pytest.approx(27.0 / 0.333)


def test_unknown_unit_lists_the_foods_units() -> None:
    with pytest.raises(ValueError, match=r"unknown unit 'slice'.*g, kg, oz, lb, ml, cup, almond"):
        parse_quantity("1 slice", ALMONDS)


def test_tsp_without_a_tsp_portion_comes_from_the_cup() -> None:
    assert parse_quantity("1 tsp", OAT_BRAN) == (pytest.approx(94.0 / 48), "1 tsp")  # 48 a cup


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("50 kg", "more than 5,000 g"),
        ("60 cups", "more than 5,000 g"),
        ("-1 cup", "positive"),
        ("0 g", "more than zero"),
        ("nan", "unknown unit"),
        ("abc g", "unknown unit"),
    ],
)
def test_parse_quantity_refuses(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_quantity(text, OAT_BRAN if "cup" in text else ALMONDS)


@pytest.mark.parametrize(
    ("typed", "grams", "label"), [("1", 240.0, "1 cup"), ("2", 480.0, "2 cup")]
)
def test_a_bare_number_counts_whole_units_of_a_half_cup_portion(
    typed: str, grams: float, label: str
) -> None:
    """USDA words some portions as "0.5 cup": a bare 1 is one cup (240 g), not the half."""
    soup = Food("usda:99999", "Soup, test", "Soups", 5.0, 40.0, (Portion("0.5 cup", 120.0),))
    assert parse_quantity(typed, soup) == (pytest.approx(grams), label)


CASHEWS = Food(  # dry roasted: USDA gives no kernel count
    "usda:12585",
    "Nuts, cashew nuts, dry roasted, with salt added",
    "Nut and Seed Products",
    260.0,
    574.0,
    (Portion("1 cup, halves and whole", 137.0), Portion("1 oz", 28.35)),
)
OIL_CASHEWS = Food(
    "usda:12586",
    "Nuts, cashew nuts, oil roasted, with salt added",
    "Nut and Seed Products",
    273.0,
    581.0,
    (Portion("1 cup, whole", 129.0), Portion("1 oz (18 kernels)", 28.35)),
)
STRAWBERRIES = Food(
    "usda:09316",
    "Strawberries, raw",
    "Fruits and Fruit Juices",
    13.0,
    32.0,
    (
        Portion("1 cup, whole", 144.0),
        Portion('1 large (1-3/8" dia)', 18.0),
        Portion('1 medium (1-1/4" dia)', 12.0),
    ),
)


@pytest.mark.parametrize(
    ("text", "food", "noun", "grams", "label"),
    [
        ("10", ALMONDS, "almonds", 12.0, "10 almond"),  # "1 almond", named by the noun
        ("20", OIL_CASHEWS, "cashews", 31.5, "20 kernel"),  # 1 oz (18 kernels)
        ("3", STRAWBERRIES, "strawberries", 36.0, '3 medium (1-1/4" dia)'),  # a size
        ("1", STRAWBERRIES, "strawberry", 12.0, '1 medium (1-1/4" dia)'),
        ("2", BANANA, "bananas", 236.0, '2 medium (7" to 7-7/8" long)'),  # already a piece
        ("2", OAT_BRAN, "oat bran", 94.0, "2 serving (0.5 cup)"),  # singular, no pieces
        ("1", ALMONDS, "", 28.35, "1 oz (23 whole kernels)"),  # no noun: the usual ounce
        ("10", ALMONDS, "usda:12061", 12.0, "10 almond"),  # an id: pieces named in the name
        ("2", PLAIN, "", 2.0, "2 g"),  # no portions at all, no noun: grams
        ("10", ALMONDS, "kernels", 28.35 / 23 * 10, "10 kernel"),  # 1 oz (23 whole kernels)
        ("2", CASHEWS, "   ", 56.7, "2 oz"),  # blank words: no noun
    ],
)
def test_a_bare_number_before_a_noun_counts_pieces(
    text: str, food: Food, noun: str, grams: float, label: str
) -> None:
    got_grams, got_label = parse_quantity(text, food, noun)
    assert got_grams == pytest.approx(grams)
    assert got_label == label


@pytest.mark.parametrize("noun", ["cashews", "usda:12585", "cashews salted"])
def test_a_count_of_a_food_weighed_only_in_bulk_is_refused_not_read_as_ounces(
    noun: str,
) -> None:
    with pytest.raises(ValueError) as refused:
        parse_quantity("20", CASHEWS, noun)
    assert str(refused.value) == (
        f"the table weighs {noun} by the oz, not one by one: say how much, "
        f"e.g. 1 oz of {noun} or 30 g of {noun}"
    )


def test_a_count_of_a_food_without_portions_is_refused_not_read_as_grams() -> None:
    with pytest.raises(ValueError) as refused:
        parse_quantity("2", PLAIN, "porridges")
    assert str(refused.value) == (
        "the table has no weight for one of the porridges: say how much, e.g. porridges 30 g"
    )
    assert needs_amount(PLAIN) and not needs_amount(ALMONDS)


def weighed(name: str, *portions: tuple[str, float]) -> Food:
    """A test food that only has a name and portions (its figures do not matter here)."""
    return Food(f"usda:{name}", name, "Test", 100.0, 100.0, tuple(Portion(*p) for p in portions))


def test_a_count_in_brackets_takes_the_middle_of_a_range() -> None:
    macadamias = weighed("Nuts, macadamia", ("1 oz (10-12 kernels)", 28.35))
    assert piece_portion(macadamias, "macadamias") == (pytest.approx(28.35 / 11), "kernel")


def test_a_volume_in_brackets_is_not_a_count_of_pieces() -> None:
    assert piece_portion(weighed("Juice", ("1 cup (8 fl oz)", 248.0)), "juices") is None
    assert piece_portion(weighed("Drink", ("1 bottle (12 oz)", 350.0)), "drinks") is None


def test_a_named_piece_comes_before_a_size() -> None:
    cherries = weighed("Cherries", ("1 cup", 138.0), ("1 large", 11.0), ("1 cherry", 8.2))
    assert piece_portion(cherries, "cherries") == (8.2, "cherry")
    assert piece_portion(cherries, "sweet ones") == (11.0, "large")


def test_a_measure_whose_head_is_bulk_is_not_a_piece() -> None:
    # "cup slices" is read as a cup: "3 apples" of a food weighed only so is refused.
    with pytest.raises(ValueError, match="the table weighs apples by the cup"):
        parse_quantity("3", weighed("Apples, dried", ("1 cup slices", 86.0)), "apples")
    with pytest.raises(ValueError, match="the table weighs juices by the fl oz,"):
        parse_quantity("2", weighed("Juice, apple", ("1 fl oz", 31.0)), "juices")


def test_a_compound_noun_counts_by_its_tail() -> None:
    hazelnuts = weighed("Nuts, hazelnuts", ("1 cup, whole", 135.0), ("1 nut", 1.4))
    assert piece_portion(hazelnuts, "hazelnuts") == (1.4, "nut")
    dates = weighed("Dates", ("1 cup, chopped", 147.0), ("1 date", 7.0))
    assert piece_portion(dates, "updates") is None  # "date" ends it, but is no tail


def test_a_count_of_none_in_brackets_is_no_piece() -> None:
    assert piece_portion(weighed("Nuts, odd", ("1 oz (0 kernels)", 28.35)), "odds") is None


def test_a_count_of_one_in_brackets_is_a_piece() -> None:
    burgers = weighed("Veggie burgers", ("1 cup", 150.0), ("1 serving (1 patty)", 70.0))
    assert piece_portion(burgers, "burgers") == (70.0, "patty")


MILK = Food(
    "usda:01079",
    "Milk, 2%",
    "Dairy and Egg Products",
    11.0,
    50.0,
    (Portion("1 cup", 244.0), Portion("1 quart", 976.0)),
)


@pytest.mark.parametrize(
    ("text", "grams", "label"),
    [
        ("250 ml", 244.0 / 236.588 * 250, "250 ml"),  # through its cup: 258 g
        ("250ml", 244.0 / 236.588 * 250, "250 ml"),
        ("0.5 l", 244.0 / 236.588 * 500, "0.5 l"),
        ("1 litre", 244.0 / 236.588 * 1000, "1 l"),
        ("2 dl", 244.0 / 236.588 * 200, "2 dl"),
        ("33 cl", 244.0 / 236.588 * 330, "33 cl"),
        ("100 milliliters", 244.0 / 236.588 * 100, "100 ml"),
    ],
)
def test_metric_volumes_weigh_through_the_foods_own_cup(
    text: str, grams: float, label: str
) -> None:
    assert parse_quantity(text, MILK) == (pytest.approx(grams), label)


def test_the_first_us_volume_measure_weighs_a_millilitre() -> None:
    # A fluid ounce comes before a cup, a tablespoon before a teaspoon.
    oil = weighed("Oil", ("1 tsp", 4.5), ("1 tbsp", 13.6))
    assert parse_quantity("10 ml", oil)[0] == pytest.approx(13.6 / 14.7868 * 10)
    drink = weighed("Drink", ("1 cup", 240.0), ("1 fl oz", 31.0))
    assert parse_quantity("10 ml", drink)[0] == pytest.approx(31.0 / 29.5735 * 10)
    tea = weighed("Tea", ("1 tsp", 5.0))
    assert parse_quantity("10 ml", tea)[0] == pytest.approx(5.0 / 4.92892 * 10)


def test_a_food_without_a_volume_measure_refuses_millilitres() -> None:
    with pytest.raises(ValueError) as refused:
        parse_quantity("100 ml", PLAIN)
    assert str(refused.value) == "Porridge has no volume measure to weigh 'ml' by; use g or oz"
    assert "ml" not in food_units(PLAIN) and "ml" in food_units(MILK)


def test_a_unit_alone_means_the_whole_form_before_a_prepared_one() -> None:
    # USDA lists ground almonds first (95 g a cup): a cup of almonds is 143 g of whole ones.
    almonds = weighed(
        "Nuts, almonds", ("1 cup, ground", 95.0), ("1 cup, sliced", 92.0), ("1 cup, whole", 143.0)
    )
    assert parse_quantity("1 cup", almonds) == (143.0, "1 cup, whole")
    bananas = weighed("Bananas", ("1 cup, mashed", 225.0), ("1 cup, sliced", 150.0))
    assert parse_quantity("1 cup", bananas) == (150.0, "1 cup, sliced")  # cut before mashed
    plain = weighed("Rice", ("1 cup, packed", 200.0), ("1 cup", 158.0))
    assert parse_quantity("1 cup", plain) == (158.0, "1 cup")  # the unit alone, as listed
    mashed = weighed("Potatoes, mashed", ("1 cup, mashed", 210.0))
    assert parse_quantity("1 cup", mashed) == (210.0, "1 cup, mashed")  # the only cup


@pytest.mark.parametrize(
    ("text", "grams", "label"),
    [
        ("1 tsp", 16.0 / 3, "1 tsp"),  # from the tablespoon it has: 14.7868 / 4.92892 = 3
        # from its cup; the label says which pint (`unit_words.VOLUME_LABELS`)
        ("1 pint", 256.0 / 236.588 * 473.176, "1 pint (US: 16 fl oz, 473 ml)"),
        ("1 qt", 256.0 / 236.588 * 946.353, "1 quart (US: 32 fl oz, 946 ml)"),
        ("1 gallon", 256.0 / 236.588 * 3785.41, "1 gallon (US: 128 fl oz, 3.8 l)"),
        ("1 uk pint", 256.0 / 236.588 * 568.261, "1 pint (UK: 20 fl oz, 568 ml)"),
        ("2 c.", 512.0, "2 cup"),  # the recipe abbreviation
        ("1 fl oz", 256.0 / 236.588 * 29.5735, "1 fl oz"),
    ],
)
def test_a_us_volume_the_food_does_not_list_comes_from_one_it_does(
    text: str, grams: float, label: str
) -> None:
    butter = weighed("Peanut butter", ("1 cup", 256.0), ("1 tbsp", 16.0))
    got = parse_quantity(text, butter)
    assert got[0] == pytest.approx(grams, rel=1e-3) and got[1] == label


def test_a_us_volume_for_a_food_weighed_only_by_mass_is_refused() -> None:
    with pytest.raises(ValueError, match="Seeds, chia has no volume measure to weigh 'tsp' by"):
        parse_quantity("1 tsp", weighed("Seeds, chia", ("1 oz", 28.35)))


def test_a_refused_spoon_says_what_the_table_weighs_the_food_by() -> None:
    """A helper's report: "1 tbsp chia" is refused, as USDA gives chia seeds no spoon (only
    1 oz = 28.35 g), and neither does FACTS.md: the refusal says what the table has."""
    chia = find_by_id(read_food_table(), [], "usda:12006")  # Seeds, chia seeds, dried
    assert chia is not None
    with pytest.raises(ValueError) as refused:
        parse_quantity("1 tbsp", chia)
    assert str(refused.value) == (
        "Seeds, chia seeds, dried has no volume measure to weigh 'tbsp' by "
        "(the table weighs it as 1 oz = 28.35 g); use g or oz"
    )


def test_a_foods_own_measure_wins_over_the_words_usual_stand_in() -> None:
    """The fifth helper's report: an own "Trail mix" served by the handful (50 g) was
    logged from the shell as 1 oz (28 g), the handful of nuts guides count."""
    own = Food(
        "custom:t", "Trail mix, mine", "", 160.0, None, (Portion("1 handful", 50.0),), "custom"
    )
    assert parse_quantity("1 handful", own) == (50.0, "1 handful")
    assert parse_quantity("2 handfuls", own) == (100.0, "2 handful")
    assert parse_quantity("1 oz", own) == (28.3495, "1 oz")  # a mass is a mass
    nuts = Food("usda:12061", "Nuts, almonds", "", 270.0, None, (Portion("1 oz", 28.35),))
    assert parse_quantity("1 handful", nuts) == (28.3495, "1 oz")  # no handful of its own
    assert parse_quantity("1 ounce", nuts) == (28.3495, "1 oz")  # the word is the unit's


def test_an_own_measure_of_several_words_or_counted_by_two() -> None:
    own = Food(
        "custom:s",
        "Soup, mine",
        "",
        20.0,
        None,
        (Portion("2 handfuls", 100.0), Portion("1 fluid ounce", 31.0)),
        "custom",
    )
    assert parse_quantity("1 handful", own) == (50.0, "1 handfuls")  # 100 g is two of them
    assert parse_quantity("1 fluid ounce", own) == (31.0, "1 fluid ounce")
    nuts = Food("usda:12061", "Nuts, almonds", "", 270.0, None, (Portion("1 oz", 28.35),))
    assert parse_quantity("1 oz", nuts) == (28.3495, "1 oz")  # the mass, not the portion's 28.35


@pytest.mark.parametrize(
    ("food", "grams", "label"),
    [
        # A helper's report: a bare "almond butter" logged a cup, 250 g and 698 mg.
        (
            Food(
                "usda:12195",
                "Nuts, almond butter, plain, without salt added",
                "Nut and Seed Products",
                279.0,
                614.0,
                (Portion("1 cup", 250.0), Portion("1 tbsp", 16.0)),
            ),
            16.0,
            "1 tbsp",
        ),
        # Molasses names its spoon "1 serving 1 tbsp": 816 mg for a cup before.
        (
            Food(
                "usda:19304",
                "Molasses",
                "Sweets",
                242.0,
                290.0,
                (Portion("1 cup", 337.0), Portion("1 serving 1 tbsp", 20.0)),
            ),
            20.0,
            "1 serving 1 tbsp",
        ),
        # No spoon at all: the teaspoon, not the cup.
        (
            Food(
                "usda:19334",
                "Sugars, brown",
                "Sweets",
                9.0,
                380.0,
                (Portion("1 cup packed", 220.0), Portion("1 tsp packed", 4.6)),
            ),
            4.6,
            "1 tsp packed",
        ),
        # Dairy butter has its own tablespoon: unchanged.
        (BUTTER, 14.2, "1 tbsp"),
    ],
)
def test_a_spread_or_sweetener_by_itself_is_a_spoonful(
    food: Food, grams: float, label: str
) -> None:
    assert parse_quantity("1", food) == (pytest.approx(grams), label)


def test_a_tin_is_a_can() -> None:
    """A helper's report: "a tin of tuna" matched nothing."""
    tuna = Food(
        "usda:15121",
        "Fish, tuna, light, canned in water, drained solids",
        "Finfish and Shellfish Products",
        27.0,
        116.0,
        (Portion("1 can", 165.0), Portion("3 oz", 85.0)),
    )
    assert parse_quantity("1 tin", tuna) == (pytest.approx(165.0), "1 can")
    assert parse_quantity("2 tins", tuna) == (pytest.approx(330.0), "2 can")


@pytest.mark.parametrize(
    ("typed", "grams"), [("1 medium", 173.0), ("2 large", 598.0), ("small", 138.0)]
)
def test_a_size_finds_a_measure_named_by_the_food_and_that_size(typed: str, grams: float) -> None:
    """A helper's report: "1 medium potato" was an unknown unit ('potato medium')."""
    potato = Food(
        "usda:11674",
        "Potato, baked, flesh and skin, without salt",
        "Vegetables and Vegetable Products",
        28.0,
        93.0,
        (
            Portion("1 potato large", 299.0),
            Portion("1 potato medium", 173.0),
            Portion("1 potato small", 138.0),
        ),
    )
    assert parse_quantity(typed, potato)[0] == pytest.approx(grams)
    with pytest.raises(ValueError, match="unknown unit"):
        parse_quantity("1 medium", ALMONDS)  # a size of another food's measure is none
