"""Custom foods, recipes, entries from portions, recent foods and copying a meal."""

from __future__ import annotations

from datetime import date, time

import pytest

from journal.core.entries.day import Day
from journal.core.food.food_log import boosts, copy_meal, entry_for, meals_of, recent_foods
from journal.core.food.foods import Food, Portion
from journal.core.food.own_foods import (
    Ingredient,
    food_from_doc,
    own_food_doc,
    recipe_doc,
    recipe_from_doc,
)
from journal.core.validate import ValidationError
from tests.helpers import food

ALMONDS = Food("usda:12061", "Nuts, almonds", "Nuts", 268.0, 575.0, (Portion("1 oz", 28.35),))
DAY = date(2026, 11, 25)


def test_custom_food_per_serving_is_kept_per_100g() -> None:
    doc = own_food_doc(
        "Bar", "48", "190", per_serving=True, serving_grams="40", serving_name="1 bar"
    )
    bar = food_from_doc(doc)
    assert bar.id.startswith("custom:") and bar.source == "custom"
    assert bar.mg_per_100g == 120 and bar.kcal_per_100g == 475
    assert bar.portions == (Portion("1 bar", 40.0),) and bar.mg_for(40) == 48


def test_custom_food_per_100g_needs_no_serving() -> None:
    doc = own_food_doc("Seeds", "550", "", per_serving=False, serving_grams="")
    seeds = food_from_doc(doc)
    assert seeds.mg_per_100g == 550 and seeds.kcal_per_100g is None and seeds.portions == ()


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (("", "1", "", True, "40"), "name"),
        (("x\x1b[31m", "1", "", True, "40"), "name"),
        (("Bar", "", "", True, "40"), "magnesium"),
        (("Bar", "-1", "", True, "40"), "magnesium"),
        (("Bar", "ten", "", True, "40"), "magnesium"),
        (("Bar", "10", "-5", True, "40"), "energy"),
        (("Bar", "10", "", True, ""), "serving"),
        (("Bar", "10", "", True, "0"), "serving"),
        (("Bar", "10", "", True, "50000"), "serving"),
    ],
)
def test_custom_food_refuses_bad_values(args: tuple[str, ...], field: str) -> None:
    name, mg, kcal, per_serving, grams = args
    with pytest.raises(ValidationError) as caught:
        own_food_doc(name, mg, kcal, per_serving=bool(per_serving), serving_grams=grams)
    assert caught.value.field == field


def test_recipe_per_serving_and_unknown_stays_unknown() -> None:
    items = [
        Ingredient.of(ALMONDS, 56.7, "2 oz"),
        Ingredient("usda:1", "Water", 200.0, "", 0.0, 0.0),
    ]
    recipe = recipe_from_doc(recipe_doc("Almond water", "2", items))
    serving = recipe.portions[0]
    assert serving == Portion("1 serving", 128.35)
    assert recipe.mg_for(serving.grams) == pytest.approx(268 * 0.567 / 2)
    unknown = [*items, Ingredient("usda:2", "Mystery", 10.0, "", None, None)]
    assert recipe_from_doc(recipe_doc("X", "1", unknown)).mg_per_100g is None
    with pytest.raises(ValidationError):
        recipe_doc("Empty", "1", [])
    with pytest.raises(ValidationError):
        recipe_doc("Zero", "0", items)


def test_entry_for_a_portion() -> None:
    entry = entry_for(ALMONDS, 28.35, "1 oz", DAY, time(8), "breakfast")
    assert (entry.mg, entry.kcal, entry.food_id) == (76.0, 163.0, "usda:12061")


def test_recent_foods_boosts_and_meals() -> None:
    old, new = Day(date(2026, 11, 1)), Day(date(2026, 11, 24))
    old.add(food(old.date, "Almonds"))
    new.add(food(new.date, "Almonds", mg=80.0))
    new.add(food(new.date, "Banana", mg=32.0, at="09:00"))
    recent = recent_foods([old, new])
    assert [(r.last.name, r.count) for r in recent] == [("Banana", 1), ("Almonds", 2)]
    assert recent[1].last.mg == 80.0  # the last portion counts
    again = recent[1].entry(DAY, time(12), "lunch")
    assert again.date == DAY and again.meal == "lunch" and again.id != recent[1].last.id
    assert boosts(recent, DAY) == {}  # helpers' foods carry no food id
    assert list(meals_of(new)) == ["breakfast"]
    copies = copy_meal(new.foods, DAY)
    assert [c.name for c in copies] == ["Almonds", "Banana"] and copies[0].date == DAY
    assert {c.id for c in copies}.isdisjoint(f.id for f in new.foods)


def test_a_recipes_cooked_weight_carries_its_magnesium_per_100_g() -> None:
    """A helper's report: a lentil pot (253 g of raw ingredients, 242 mg) weighed far
    more cooked, yet a 250 g bowl logged 239 mg, nearly the whole pot."""
    from journal.core.food.own_foods import Ingredient, recipe_doc, recipe_from_doc

    pot = [
        Ingredient("usda:16069", "Lentils, raw", 192.0, "1 cup", 200.0, 679.0),
        Ingredient("usda:11124", "Carrots, raw", 61.0, "1 medium", 42.0, 25.0),
    ]
    raw = recipe_from_doc(recipe_doc("Lentil pot", "4", pot))
    assert raw.mg_per_100g == pytest.approx(242.0 * 100 / 253.0)
    cooked = recipe_from_doc(recipe_doc("Lentil pot", "4", pot, cooked="1000"))
    assert cooked.mg_per_100g == pytest.approx(24.2)
    assert cooked.mg_for(250) == pytest.approx(60.5)  # a quarter of the pot
    assert [(p.name, p.grams) for p in cooked.portions] == [
        ("1 serving", 250.0),
        ("whole recipe", 1000.0),
    ]
    assert recipe_doc("Lentil pot", "4", pot, cooked="")["items"]  # optional: "" is none
    assert "cooked_grams" not in recipe_doc("Lentil pot", "4", pot, cooked="")
    for bad, said in (("0", "more than 0"), ("abc", "not a number"), ("60000", "most allowed")):
        with pytest.raises(ValidationError, match=said) as caught:
            recipe_doc("Lentil pot", "4", pot, cooked=bad)
        assert caught.value.field == "cooked"
