"""Own foods (custom_foods.json): they and recipes round-trip; imported and broken docs."""

from __future__ import annotations

from pathlib import Path

from journal.core.food.foods import Food, Portion
from journal.core.food.own_foods import Ingredient, own_food_doc, recipe_doc
from journal.store.journal import Journal
from journal.store.own_foods import FILE, add_own_food, add_recipe, read_own_foods


def test_foods_and_recipes_round_trip_with_imported_and_broken_docs(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    bar = add_own_food(
        journal, own_food_doc("[b Bar", "48", "", per_serving=True, serving_grams="40")
    )
    almonds = Food("usda:12061", "Nuts, almonds", "Nuts", 268.0, 575.0, (Portion("1 oz", 28.35),))
    oats = add_recipe(journal, recipe_doc("Oats", "2", [Ingredient.of(almonds, 28.35, "1 oz")]))
    with journal.file(FILE) as db:
        db.table("foods").insert(
            {
                "id": "cronometer:7",
                "name": "Imported stew",
                "mg_per_100g": 30.0,
                "kcal_per_100g": None,
                "portions": [],
                "source": "cronometer",
            }
        )
        db.table("foods").insert({"id": "custom:broken", "mg_per_100g": 1.0})  # no name
    found, skipped = read_own_foods(journal)
    assert [f.id for f in found] == [bar.id, "cronometer:7", oats.id]
    assert found[0].name == "[b Bar" and found[0].source == "custom"
    assert found[1].source == "cronometer" and found[2].source == "recipe"
    assert skipped == 1


def test_a_name_already_taken_is_refused_and_nothing_is_added(data_dir: Path) -> None:
    import pytest

    from journal.core.validate import ValidationError

    journal = Journal.open(data_dir)
    almonds = Food("usda:12061", "Nuts, almonds", "Nuts", 268.0, 575.0, (Portion("1 oz", 28.35),))
    oats = recipe_doc("Overnight oats", "2", [Ingredient.of(almonds, 28.35, "1 oz")])
    add_recipe(journal, oats)
    with pytest.raises(ValidationError) as refused:
        add_recipe(journal, recipe_doc("OVERNIGHT OATS", "1", [Ingredient.of(almonds, 10, "g")]))
    assert refused.value.field == "name"
    assert "is one of your recipes already" in refused.value.message
    # An own food may share a recipe's name: they are told apart by their marks.
    add_own_food(
        journal, own_food_doc("Overnight oats", "30", "", per_serving=True, serving_grams="200")
    )
    found, _ = read_own_foods(journal)
    assert sorted(f.source for f in found) == ["custom", "recipe"]
