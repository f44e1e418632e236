"""A unit named without a size takes the medium one where the table has sizes, as a
counted food does: "usda:11091 1 stalk" logged the large stalk listed first (280 g); a
bare id of a food USDA lists by the ounce first is one of it ("usda:18239", a croissant
by id, logged 1 oz)."""

from __future__ import annotations

from tests.unit.food.as_logged import assert_logs

BOILED_BROCCOLI = "usda:11091"  # 21 mg/100 g: stalk large 280 g, medium 180 g, small 140 g
CROISSANT = "usda:18239"  # Croissants, butter, 16 mg/100 g: 1 oz first, medium 57 g


def test_a_stalk_is_the_medium_one() -> None:
    assert_logs("usda:11091 1 stalk", BOILED_BROCCOLI, 180.0, 37.8)
    assert_logs("usda:11091 2 stalks", BOILED_BROCCOLI, 360.0, 75.6)


def test_a_bare_id_is_one_croissant_not_an_ounce() -> None:
    assert_logs(CROISSANT, CROISSANT, 57.0, 9.12)
    assert_logs(f"{CROISSANT} 1", CROISSANT, 57.0, 9.12)
    assert_logs(f"2 {CROISSANT}", CROISSANT, 114.0, 18.24)  # not two minis, 56 g


def test_an_ounce_said_is_still_an_ounce() -> None:
    assert_logs(f"{CROISSANT} 1 oz", CROISSANT, 28.3495, 4.536)
