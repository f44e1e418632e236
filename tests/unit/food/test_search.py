"""FoodIndex over the shipped table: plain foods first, typos, boost, custom foods."""

from __future__ import annotations

import pytest

from journal.core.food.foods import Food, Portion, parse_food_table
from journal.core.food.search import FoodIndex
from journal.store.shipped import read_food_table
from tests.unit.food.as_logged import as_logged, assert_logs


@pytest.fixture(scope="module")
def index() -> FoodIndex:
    return FoodIndex(parse_food_table(read_food_table()))


def _names(index: FoodIndex, query: str, limit: int = 5) -> list[str]:
    return [food.name for food in index.search(query, limit=limit)]


@pytest.mark.parametrize(
    ("query", "expected", "within"),
    [
        ("almond", "Nuts, almonds", 1),
        ("almonds", "Nuts, almonds", 1),
        ("oat bran", "Oat bran, raw", 1),
        ("spinach boiled", "Spinach, cooked, boiled, drained, without salt", 1),
        ("black beans", "Beans, black, mature seeds, cooked, boiled, without salt", 5),
        ("almnd", "Nuts, almonds", 1),
        ("spinch", "Spinach, raw", 3),
        ("banana", "Bananas, raw", 1),
        ("whole wheat bread", "Bread, whole-wheat, commercially prepared", 3),
        ("brown rice", "Rice, brown, long-grain, cooked", 5),
        ("avocado", "Avocados, raw, all commercial varieties", 5),
        ("kiwi fruit", "Kiwifruit, green, raw", 1),  # USDA's one word: it found nothing
        ("kiwi fruits", "Kiwifruit, green, raw", 1),
    ],
)
def test_plain_food_in_first_rows(index: FoodIndex, query: str, expected: str, within: int) -> None:
    assert expected in _names(index, query, limit=within)


def test_keystroke_prefixes_find_the_food(index: FoodIndex) -> None:
    assert "Nuts, almonds" in _names(index, "alm")
    assert "Spinach, cooked, boiled, drained, without salt" in _names(index, "spinach b")
    assert "Beans, black, mature seeds, cooked, boiled, without salt" in _names(index, "black be")


def test_every_word_must_match(index: FoodIndex) -> None:
    for food in index.search("spinach boiled", limit=50):
        assert "spinach" in food.name.lower() and "boiled" in food.name.lower()


def test_plain_foods_rank_above_branded_and_restaurant(index: FoodIndex) -> None:
    results = index.search("chicken", limit=10)
    late = {"Fast Foods", "Restaurant Foods", "Baby Foods"}
    assert all(food.group not in late for food in results)
    assert not any(word.isupper() and len(word) > 2 for f in results for word in f.name.split())


def test_boost_puts_recent_foods_first_when_they_match(index: FoodIndex) -> None:
    blanched = "usda:12062"  # "Nuts, almonds, blanched"
    boosted = index.search("almond", boost={blanched: 5.0, "usda:11458": 9.0})
    assert boosted[0].id == blanched
    assert all(food.id != "usda:11458" for food in boosted)  # spinach does not match


def test_boost_orders_by_score(index: FoodIndex) -> None:
    boost = {"usda:12062": 1.0, "usda:12061": 3.0}
    found = index.search("almonds", limit=2, boost=boost)
    assert [f.id for f in found] == ["usda:12061", "usda:12062"]


def test_empty_query_lists_boosted_foods_only(index: FoodIndex) -> None:
    assert index.search("") == []
    assert index.search("  ,  ") == []
    recent = index.search("", boost={"usda:09040": 1.0, "usda:0": 2.0})
    assert [f.id for f in recent] == ["usda:09040"]


def test_no_match_is_empty(index: FoodIndex) -> None:
    assert index.search("zzzzqqq") == []


def test_limit_is_respected(index: FoodIndex) -> None:
    assert len(index.search("a", limit=7)) == 7


def test_custom_food_is_found_and_ranks_first() -> None:
    index = FoodIndex(parse_food_table(read_food_table()))
    smoothie = Food(
        "custom:1",
        "Green smoothie, spinach banana",
        "Custom",
        60.0,
        50.0,
        (Portion("1 glass", 300.0),),
        source="recipe",
    )
    index.add(smoothie)
    assert index.search("smoothie")[0] is smoothie
    assert smoothie in index.search("spinach banana")
    assert len(index) == 7229


def test_adding_same_id_replaces_the_food() -> None:
    index = FoodIndex([Food("custom:1", "Porridge", "Custom", 40.0, None, (), "custom")])
    index.add(Food("custom:1", "Porridge with seeds", "Custom", 80.0, None, (), "custom"))
    assert [f.name for f in index.search("porridge")] == ["Porridge with seeds"]


def test_trailing_stop_word_while_typing_keeps_results(index: FoodIndex) -> None:
    assert all("peas" in name.lower() for name in _names(index, "peas and", limit=20))
    assert "Peas and carrots, frozen, unprepared" in _names(index, "peas and car", limit=10)


@pytest.mark.parametrize(
    ("query", "word"),
    [
        ("oatmeal", "oats"),
        ("porridge", "oats"),
        ("oatmeal cooked", "oats"),
        ("chickpea", "chickpeas"),
    ],
)
def test_everyday_words_find_the_usda_name(index: FoodIndex, query: str, word: str) -> None:
    first = index.search(query, limit=3)
    assert any(word in f.name.lower() and "bread" not in f.name.lower() for f in first[:1]), [
        f.name for f in first
    ]


@pytest.mark.parametrize(
    ("word", "finds", "not_"),
    [
        ("strawberry", "strawberries", "strawberr"),
        ("mangoes", "mangos", "mang"),
        ("eggs", "egg", "eg"),
        ("cherry", "cherries", "cherr"),
        ("peaches", "peach", "peachy"),
    ],
)
def test_a_word_in_either_number_finds_the_other(word: str, finds: str, not_: str) -> None:
    from journal.core.food.name_words import is_exact, number_forms, scan_stem

    assert finds in number_forms(word) and is_exact(finds, word)
    assert not is_exact(not_, word)
    assert finds.startswith(scan_stem(word)) and word.startswith(scan_stem(word))


def test_soy_keeps_its_own_stem_and_day_is_not_dies() -> None:
    from journal.core.food.name_words import number_forms, scan_stem

    assert scan_stem("soy") == "soy" and "soies" not in number_forms("soy")
    assert "daies" not in number_forms("day") and "dies" not in number_forms("day")


def test_a_kiwi_fruit_logs_the_kiwifruit() -> None:
    assert_logs("2 kiwi fruits", "usda:09148", 138.0, 23.46)  # 17 mg/100 g, 1 fruit 69 g


@pytest.mark.parametrize(
    ("query", "food_id"),
    [
        ("croissant", "usda:18239"),  # butter: it asked among cheese, apple, fast food
        ("chocolate milk", "usda:01102"),  # the drink: candy milk chocolate was listed first
        ("cooked broccoli", "usda:11091"),  # boiled, without salt
        ("coke", "usda:14400"),  # cola, with caffeine: the app listed couscous, "cooked"
        ("coca cola", "usda:14400"),  # was a Coca-Cola sports drink, POWERADE
        ("diet coke", "usda:14416"),  # low calorie cola, aspartame and caffeine
        ("porridge with milk", "usda:08121"),  # oats cooked in water: found nothing
    ],
)
def test_the_app_lists_first_what_the_shell_logs(
    index: FoodIndex, query: str, food_id: str
) -> None:
    assert [food.id for food in index.search(query, limit=1)] == [food_id]
    assert [food.id for food in index.search(query + " ", limit=1)] == [food_id]  # typed in full
    food, _, _ = as_logged(query)
    assert food is not None and food.id == food_id
