"""`mg-journal foods`: a person's own foods and recipes listed, and one deleted (a
helper's report: a mistyped figure was permanent, the name taken for ever)."""

from __future__ import annotations

import json
from pathlib import Path

from journal.core.food.own_foods import Ingredient, own_food_doc, recipe_doc
from journal.store.journal import Journal
from journal.store.own_foods import add_own_food, add_recipe
from tests.helpers import run_cli


def own(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    add_own_food(
        journal,
        own_food_doc(
            "Granola bar, homemade",
            "480",
            "1800",
            per_serving=False,
            serving_grams="40",
            serving_name="1 bar",
        ),
    )
    salad = [Ingredient("usda:11457", "Spinach", 600.0, "600 g", 474.0, 138.0)]
    add_recipe(journal, recipe_doc("Big salad", "2", salad))


def test_listed_with_their_figures(data_dir: Path) -> None:
    own(data_dir)
    shown = run_cli("foods")
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.splitlines() == [
        "Your own foods and recipes (2):",
        "  recipe  Big salad: 79 mg per 100 g (1 serving = 300 g, whole recipe = 600 g)",
        "  food    Granola bar, homemade: 480 mg per 100 g (1 bar = 40 g)",
    ]
    # `foods list`, as `mg-journal list` suggests, was "invalid choice: 'list'".
    assert run_cli("foods", "list").stdout == shown.stdout


def test_a_mistyped_food_is_deleted_and_made_again_and_its_entries_keep_their_figures(
    data_dir: Path,
) -> None:
    own(data_dir)
    assert run_cli("eat", "granola bar, homemade 1 bar").returncode == 0
    gone = run_cli("foods", "delete", "GRANOLA BAR, HOMEMADE")
    assert gone.returncode == 0, gone.stderr
    assert "Deleted your own food 'Granola bar, homemade'" in gone.stdout
    assert "Granola" not in run_cli("foods").stdout
    # The name is free again: made anew with the right figure.
    add_own_food(
        Journal.open(data_dir),
        own_food_doc(
            "Granola bar, homemade",
            "120",
            "450",
            per_serving=False,
            serving_grams="40",
            serving_name="1 bar",
        ),
    )
    day = next((data_dir / "entries").glob("*.json"))
    logged = [d for t in json.loads(day.read_text()).values() for d in t.values() if "name" in d]
    assert [round(d["mg"]) for d in logged if d["name"].startswith("Granola")] == [192]


def test_a_recipe_by_its_name_and_an_unknown_name_refused(data_dir: Path) -> None:
    own(data_dir)
    assert "recipe 'Big salad'" in run_cli("foods", "delete", "big salad").stdout
    refused = run_cli("foods", "delete", "spinach")
    assert refused.returncode == 1  # not found, as an unknown entry id
    assert refused.stderr == (
        "mg-journal: food: 'spinach' is none of your own foods or recipes; "
        "mg-journal foods lists them\n"
    )
    assert "Granola" in run_cli("foods").stdout  # the rest stays


def test_an_empty_name_is_said_empty_and_nothing_deleted(data_dir: Path) -> None:
    """It said "'' is none of your own foods or recipes"."""
    own(data_dir)
    before = (data_dir / "custom_foods.json").read_bytes()
    refused = run_cli("foods", "delete", "  ")
    assert (refused.returncode, refused.stdout) == (2, "")
    assert refused.stderr == (
        "mg-journal: food: is empty; give one of your own foods' names, as mg-journal foods "
        "lists it. Nothing was saved.\n"
    )
    assert (data_dir / "custom_foods.json").read_bytes() == before


def test_nothing_yet(data_dir: Path) -> None:
    Journal.open(data_dir)
    assert "No own foods or recipes yet" in run_cli("foods").stdout
