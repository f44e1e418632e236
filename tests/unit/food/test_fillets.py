"""A fillet of fish (a helper's report: "salmon fillet" found nothing, and "salmon 1
fillet" logged 356 g: USDA lists farmed Atlantic salmon, cooked, only as "0.5 fillet" =
178 g, so its whole fillet is twice the portion it lists)."""

from __future__ import annotations

import pytest

from journal.core.food.foods import Portion
from journal.core.food.phrase import Item, parse_item
from journal.core.food.quick_search import full_index, rank_foods
from journal.core.food.units import split_portion
from tests.unit.food.as_logged import TABLE
from tests.unit.food.as_logged import logged as _log

INDEX = full_index(TABLE, [])
SALMON = "usda:15237"  # Fish, salmon, Atlantic, farmed, cooked, dry heat: 0.5 fillet = 178 g
HALF = "fillet (USDA's 0.5 fillet)"


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams", "label"),
    [
        ("salmon fillet", SALMON, 178, f"1 {HALF}"),
        ("a salmon fillet", SALMON, 178, f"1 {HALF}"),
        ("a fillet of salmon", SALMON, 178, f"1 {HALF}"),
        ("salmon 1 fillet", SALMON, 178, f"1 {HALF}"),  # was 356 g
        ("2 salmon fillets", SALMON, 356, "2 fillets (USDA's 0.5 fillet)"),
        ("salmon", SALMON, 85, "3 oz"),  # no fillet said: the usual 3 oz
        ("cod fillet", "usda:15016", 180, "1 fillet"),  # USDA weighs cod by the whole fillet
        ("2 cod fillets", "usda:15016", 360, "2 fillets"),
        ("a fillet of mackerel", "usda:15047", 88, "1 fillet"),
        ("mackerel fillet", "usda:15047", 88, "1 fillet"),
        ("fish fillet", "usda:21047", 91, "1 fillet"),  # a name holding "fillet": that food
    ],
)
def test_a_fillet_is_the_fillet_usda_lists(
    phrase: str, food_id: str, grams: float, label: str
) -> None:
    assert _log(phrase) == (food_id, pytest.approx(grams), label)


def test_only_a_listed_half_fillet_is_one_fillet() -> None:
    assert split_portion(Portion("0.5 fillet", 178.0)) == (1.0, HALF)
    assert split_portion(Portion("1 fillet", 180.0)) == (1.0, "fillet")
    assert split_portion(Portion("0.5 cup", 120.0)) == (0.5, "cup")  # a cup is still 240 g


def test_a_last_word_fillet_counts_one() -> None:
    assert parse_item("salmon fillet") == Item("salmon fillet", "1", counts=True)
    assert parse_item("vegetarian fillets") == Item("vegetarian fillets", "")  # a food's name
    assert parse_item("fillet") == Item("fillet", "")


def test_the_app_finds_salmon_fillet_as_salmon() -> None:
    assert INDEX.search("salmon fillet", 1)[0].id == SALMON
    assert rank_foods(TABLE, [], "salmon fillet", 8) == INDEX.ranked("salmon fillet", 8)
    assert INDEX.search("fish fillet", 1)[0].id == "usda:21047"  # found with the word
