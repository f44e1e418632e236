"""Words the table has under another name (`eaten_words`): each found nothing ("no food
matches 'soda water'") though the table has the food."""

from __future__ import annotations

import pytest

from tests.unit.food.as_logged import assert_logs

CLUB_SODA = "usda:14121"  # Carbonated beverage, club soda: 1 mg/100 g


def test_soda_water_is_club_soda() -> None:
    assert_logs("soda water", CLUB_SODA, 474.0, 4.74)  # its "1 can or bottle (16 fl oz)"
    assert_logs("a glass of soda water", CLUB_SODA, 236.8, 2.368)


def test_homemade_hummus_is_the_home_recipe() -> None:
    assert_logs("homemade hummus", "usda:16137", 30.0, 8.7)  # 2 tbsp, as the bought one
    assert_logs("home made hummus", "usda:16137", 30.0, 8.7)


@pytest.mark.parametrize(
    ("phrase", "grams"), [("corn on the cob", 103.0), ("2 corn on the cob", 206.0)]
)
def test_corn_on_the_cob_is_an_ear_of_sweet_corn_boiled(phrase: str, grams: float) -> None:
    # it asked among frozen "kernels on cob", unprepared first; 26 mg/100 g, an ear 103 g
    assert_logs(phrase, "usda:11168", grams, grams * 0.26)


COLA = "usda:14400"  # Carbonated beverage, cola, contains caffeine: 0 mg/100 g, can 368 g
DIET_COLA = "usda:14416"  # ..., low calorie, cola or pepper-type, with aspartame, caffeine


@pytest.mark.parametrize(
    ("phrase", "grams"),
    [
        ("a coke", 368.0),  # asked among colas all at 0 mg and a 1 mg "other than cola"
        ("coke", 368.0),
        ("cola", 368.0),
        ("a can of coke", 368.0),
        ("2 cokes", 736.0),  # asked among cookies, "cokes" one edit from them
        ("coca cola", 368.0),  # logged a Coca-Cola sports drink (POWERADE)
        ("a coca-cola", 368.0),
        ("pepsi", 368.0),  # logged Pepsi's bottled water (AQUAFINA)
    ],
)
def test_a_coke_is_cola_with_caffeine_by_the_can(phrase: str, grams: float) -> None:
    assert_logs(phrase, COLA, grams, 0.0)


@pytest.mark.parametrize(
    "phrase",
    ["a can of diet coke", "diet coke", "diet cola", "diet pepsi", "coke zero", "coca cola zero"],
)
def test_a_diet_coke_is_the_diet_cola_with_aspartame_and_caffeine(phrase: str) -> None:
    # it asked among the diet colas (0 and 1 mg/100 g) and diet drinks "other than cola"
    assert_logs(phrase, DIET_COLA, 355.0, 3.55)  # "1 can 12 fl oz"
