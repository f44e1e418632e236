"""A number before nuts counts them by the count in USDA's measure ("1 oz (18 kernels)"),
never as ounces (a helper's report: "10 cashews" was refused, "the table weighs cashews
by the oz", though USDA counts 18 oil-roasted cashew kernels to the ounce)."""

from __future__ import annotations

import pytest

from journal.core.food import quick_search
from journal.core.food.eat_line import resolve
from journal.core.food.foods import Food, Portion
from journal.core.food.measure_words import portion_words
from journal.core.food.phrase import parse_line
from journal.core.food.quick_search import full_index, rank_foods
from journal.core.food.units import piece_portion
from tests.unit.food.as_logged import TABLE, as_logged, assert_logs
from tests.unit.food.as_logged import logged as _log

INDEX = full_index(TABLE, [])
OZ = 28.35


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams", "label"),
    [
        # USDA's dry-roasted cashews have no count; its oil-roasted ones, 273 mg/100 g
        # against 260, are counted "1 oz (18 kernels)" and stand in for them
        ("10 cashews", "usda:12086", 10 * OZ / 18, "10 kernels"),
        ("1 cashew", "usda:12086", OZ / 18, "1 kernel"),
        ("10 walnut halves", "usda:12155", 10 * 100 / 50, "10 halves"),  # (50 halves) 100 g
        ("10 walnuts", "usda:12155", 10 * 28 / 7, "10 nuts"),  # in shell, edible yield (7 nuts)
        ("10 pecans", "usda:12142", 10 * OZ / 19, "10 halves"),  # 1 oz (19 halves)
        ("10 hazelnuts", "usda:12120", 14, "10 nuts"),  # 10 nuts = 14 g
        ("10 macadamias", "usda:12131", 10 * OZ / 11, "10 kernels"),  # 1 oz (10-12 kernels)
        ("10 peanuts", "usda:16090", 10, "10 peanuts"),  # 1 peanut = 1 g
        ("cashews", "usda:12585", OZ, "1 oz"),  # no count: the everyday ounce, dry roasted
    ],
)
def test_a_count_of_nuts_is_read_from_usdas_count(
    phrase: str, food_id: str, grams: float, label: str
) -> None:
    assert _log(phrase) == (food_id, pytest.approx(grams), label)


def test_the_stand_in_is_named_as_the_food_it_stands_for() -> None:
    [item] = parse_line("10 cashews")
    choice = resolve(TABLE, [], item, {})
    assert [f.id for f in choice.alike] == ["usda:12585"]  # dry roasted, with salt: the note


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        ("10 raw cashews", "raw cashews by the oz"),  # raw ones: only "1 oz", and no other
        ("20 pumpkin seeds", "pumpkin seeds by the oz"),  # counted whole ones: 262 mg, not 550
    ],
)
def test_no_count_and_no_food_alike_with_one_is_still_refused(phrase: str, why: str) -> None:
    with pytest.raises(ValueError, match=f"the table weighs {why}, not one by one"):
        _log(phrase)


def test_the_app_finds_walnut_halves_as_walnuts() -> None:
    assert INDEX.search("walnut halves", 1)[0].id == "usda:12155"
    assert rank_foods(TABLE, [], "walnut halves", 8) == INDEX.ranked("walnut halves", 8)
    assert INDEX.search("halves", 1) == []  # a portion word alone names no food


def test_walnut_halves_are_found_without_the_whole_table_index(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ "halves" matches no name: the shell built the whole table's index (0.3 s) only to
    find nothing before trying "walnut"; now it tries "walnut" at once."""

    def whole_table(*_: object) -> None:
        raise AssertionError("the whole table was indexed")

    monkeypatch.setattr(quick_search, "full_index", whole_table)
    food, grams, label = as_logged("10 walnut halves")
    assert food is not None and (food.id, grams, label) == ("usda:12155", 20.0, "10 halves")
    assert food.mg_for(grams) == pytest.approx(31.6)  # 158 mg/100 g
    assert rank_foods(TABLE, [], "halves ", 8) == []  # a portion word alone, as before


def test_the_typed_pieces_count_first() -> None:
    nuts = Food(
        "usda:1",
        "Nuts, test",
        "Nut and Seed Products",
        100.0,
        600.0,
        (Portion("1 cup (10 nuts)", 40.0), Portion("1 oz (14 halves)", 28.0)),
    )
    assert piece_portion(nuts, "test halves") == (2.0, "half")
    assert piece_portion(nuts, "tests") == (4.0, "nut")  # none typed: the first count


def test_halves_and_peanuts_are_said_in_the_plural() -> None:
    assert portion_words("2 half") == "2 halves"
    assert portion_words("1 half") == "1 half"
    assert portion_words("3 peanut") == "3 peanuts"


def test_one_of_a_measure_usda_writes_in_the_plural_is_said_in_the_singular() -> None:
    """Before: 'a slice of mozzarella' logged '1 slices (28 g)' (SR24: '6 slices=170')."""
    _, grams, label = as_logged("a slice of mozzarella")
    assert grams == pytest.approx(170 / 6)
    assert portion_words(label) == "1 slice"
    assert portion_words("1 slices (28 g)") == "1 slice (28 g)"
    assert portion_words("0.5 cups") == "0.5 cup"
    assert portion_words("2 slices") == "2 slices"  # more than one: as it was
    assert portion_words("1 oz") == "1 oz"  # not a noun: as it was


@pytest.mark.parametrize(
    ("phrase", "grams", "mg"),
    [
        ("a mango", 336.0, 33.6),  # was "1 cup pieces", 165 g, 16.5 mg: half the fruit
        ("2 mangoes", 672.0, 67.2),  # was refused ("by the cup, not one by one")
        ("mango", 165.0, 16.5),  # no count said: the cup of pieces, as FNDDS serves it
    ],
)
def test_a_counted_fruit_is_the_whole_fruit(phrase: str, grams: float, mg: float) -> None:
    """Mangos, raw (usda:09176, 10 mg/100 g): SR24's "1 fruit without refuse", 336 g."""
    food, logged_grams, _ = as_logged(phrase)
    assert food is not None and food.id == "usda:09176"
    assert logged_grams == pytest.approx(grams)
    assert food.mg_for(logged_grams) == pytest.approx(mg, abs=0.01)


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams", "mg"),
    [
        ("a butter croissant", "usda:18239", 57.0, 9.12),  # was the mini one, 28 g
        ("1 usda:18239", "usda:18239", 57.0, 9.12),  # the line 'a croissant' offers
        ("2 cheese croissants", "usda:18241", 114.0, 27.36),  # was two small, 84 g
        ("1 usda:09181", "usda:09181", 552.0, 66.24),  # a cantaloupe: was a large, 814 g
    ],
)
def test_a_counted_food_with_sizes_is_its_medium_one(
    phrase: str, food_id: str, grams: float, mg: float
) -> None:
    assert_logs(phrase, food_id, grams, mg)


def test_a_cantaloupe_is_no_cantaloupe_ball() -> None:
    # "10 cantaloupe balls" (138 g) is headed by its word: "a cantaloupe" logged one ball,
    # 14 g, 2 mg; it is now a serving, the cup of balls a bare "cantaloupe" logs
    assert_logs("a cantaloupe", "usda:09181", 177.0, 21.24)
    assert_logs("cantaloupe", "usda:09181", 177.0, 21.24)


@pytest.mark.parametrize(("phrase", "grams"), [("pancakes", 38.0), ("2 pancakes", 76.0)])
def test_pancakes_are_plain_ones_by_the_4_inch_pancake(phrase: str, grams: float) -> None:
    # asked among blueberry and buttermilk ones (15-16 mg/100 g, the same) and potato ones
    assert_logs(phrase, "usda:18293", grams, grams * 0.16)
