"""A packet, pack, package or sachet is the table's packet or package, whichever it
weighs (a helper's report: "2 packets of ramen" was refused as unknown unit 'packets',
USDA weighing ramen by "1 package"; "a pack of ramen" and "a sachet of oats" found no
food), and a packet of oats or porridge is instant oats' packet."""

from __future__ import annotations

import pytest

from journal.core.food.oats import packet_oats
from tests.unit.food.as_logged import as_logged

RAMEN = "usda:06583"  # Soup, ramen noodle, any flavor, dry: "1 package" 85 g
CHIPS = "usda:19411"  # Snacks, potato chips, plain, salted: a single serving bag, 28 g
INSTANT = "usda:08122"  # Cereals, oats, instant, fortified, plain, dry: "1 packet" 28 g


@pytest.mark.parametrize(
    ("phrase", "food_id", "grams", "label"),
    [
        ("2 packets of ramen", RAMEN, 170.0, "2 packages"),
        ("a packet of ramen", RAMEN, 85.0, "1 package"),
        ("a pack of ramen", RAMEN, 85.0, "1 package"),
        ("a package of ramen", RAMEN, 85.0, "1 package"),
        ("ramen 3 packs", RAMEN, 255.0, "3 packages"),
        ("a packet of crisps", CHIPS, 28.0, "1 small single serving bag"),
        ("2 packs of crisps", CHIPS, 56.0, "2 small single serving bags"),
        ("a sachet of oats", INSTANT, 28.0, "1 packet"),
        ("2 sachets of porridge oats", INSTANT, 56.0, "2 packets"),
        ("a packet of porridge", INSTANT, 28.0, "1 packet"),
        ("a packet of instant oatmeal", INSTANT, 28.0, "1 packet"),
    ],
)
def test_a_packet_is_the_tables_packet_or_package(
    phrase: str, food_id: str, grams: float, label: str
) -> None:
    food, logged_grams, logged_label = as_logged(phrase)
    assert food is not None and food.id == food_id, phrase
    assert (logged_grams, logged_label) == (pytest.approx(grams), label)


def test_oats_by_the_bowl_or_the_cup_are_as_before() -> None:
    food, grams, _ = as_logged("a bowl of oats")
    assert food is not None and food.id == "usda:08121" and grams == pytest.approx(234.0)
    assert packet_oats("oats", "1 cup") == "oats"  # weighed dry or cooked: still asked
    assert packet_oats("oat bran", "1 packet") == "oat bran"  # no instant packet of it
    assert packet_oats("oats", "") == "oats"
