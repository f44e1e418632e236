"""Words the table has under another name (`eaten_words`): each found nothing ("no food
matches 'soda water'") though the table has the food."""

from __future__ import annotations

from journal.core.food.eat_line import resolve
from journal.core.food.phrase import parse_line
from tests.unit.food.as_logged import TABLE, assert_logs

CLUB_SODA = "usda:14121"  # Carbonated beverage, club soda: 1 mg/100 g


def test_soda_water_is_club_soda() -> None:
    assert_logs("soda water", CLUB_SODA, 474.0, 4.74)  # its "1 can or bottle (16 fl oz)"
    assert_logs("a glass of soda water", CLUB_SODA, 236.8, 2.368)


def test_homemade_hummus_is_the_home_recipe() -> None:
    assert_logs("homemade hummus", "usda:16137", 30.0, 8.7)  # 2 tbsp, as the bought one
    assert_logs("home made hummus", "usda:16137", 30.0, 8.7)


def test_diet_coke_asks_among_the_diet_colas() -> None:
    [item] = parse_line("a can of diet coke")
    choice = resolve(TABLE, [], item, {})
    assert choice.food is None
    # first the one with aspartame and caffeine, as a diet coke is
    assert choice.candidates[0].id == "usda:14416"
    assert all("low calorie" in food.name for food in choice.candidates[:5])
