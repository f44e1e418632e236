"""The person's own foods and recipes, in ``<data dir>/custom_foods.json``.

("Own" in the code; the file's name and the ``custom`` id prefix and source are
older and stay, so every journal keeps opening.)

One TinyDB file, two tables (documents keyed by TinyDB's doc ids; our own id inside):

``foods`` -- own foods typed in the app (id ``custom:<uuid>``) and foods imported
from Cronometer (id ``cronometer:...``)::

    {"id": "custom:9f...", "name": "Granola bar, homemade",
     "mg_per_100g": 120.0, "kcal_per_100g": 450.0,        # null: unknown, never 0
     "portions": [{"name": "1 bar", "grams": 40.0}],      # may be empty
     "source": "custom"}                                  # or "cronometer"

``cronometer`` -- foods imported from Cronometer, with figures per serving as the
person logged them there (written by `importer.py`; read here as per-100 g foods
when the serving's weight is known).

``recipes`` -- a named list of foods with the number of servings (id ``recipe:<uuid>``);
each ingredient keeps its figures as logged, so reading a recipe needs no food table::

    {"id": "recipe:3c...", "name": "Overnight oats", "servings": 2.0,
     "items": [{"food_id": "usda:20033", "name": "Oat bran, raw", "grams": 47.0,
                "portion": "1/2 cup", "mg": 110.5, "kcal": 115.6}]}

A malformed document is skipped (and counted) rather than blocking food logging.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from journal.core.food.foods import Food
from journal.core.food.own_foods import cronometer_food_from_doc, food_from_doc, recipe_from_doc
from journal.core.validate import ValidationError
from journal.store.journal import Journal

FILE = "custom_foods.json"
FOODS = "foods"
RECIPES = "recipes"
CRONOMETER = "cronometer"


def read_own_foods(journal: Journal) -> tuple[list[Food], int]:
    """(own foods then recipes, number of documents skipped as malformed)."""
    data = journal.read_file(FILE)
    found: list[Food] = []
    skipped = 0
    builders: tuple[tuple[str, Callable[[dict[str, Any]], Food | None]], ...] = (
        (FOODS, food_from_doc),
        (CRONOMETER, cronometer_food_from_doc),
        (RECIPES, recipe_from_doc),
    )
    for table, build in builders:
        for doc in data.get(table, {}).values():
            try:
                food = build(doc)
            except (KeyError, TypeError, ValueError, ValidationError, ZeroDivisionError):
                skipped += 1
                continue
            if food is not None:
                found.append(food)
    return found, skipped


def _save(journal: Journal, table: str, doc: dict[str, Any]) -> None:
    """Insert `doc`, unless one of the person's foods (or recipes) already has its name:
    two alike rows in the search would leave them guessing which one they logged. The
    check runs under the lock, so two copies of the app cannot both add one."""
    with journal.file(FILE) as db:
        rows = db.table(table, cache_size=0)
        name = str(doc.get("name", ""))
        if any(str(d.get("name", "")).casefold() == name.casefold() for d in rows.all()):
            kind = "recipes" if table == RECIPES else "own foods"
            raise ValidationError(
                "name", f"'{name}' is one of your {kind} already: log that one, or name this anew"
            )
        rows.insert(doc)


def add_own_food(journal: Journal, doc: dict[str, Any]) -> Food:
    """Store a doc from `own_foods.own_food_doc`; return it as a searchable Food."""
    food = food_from_doc(doc)
    _save(journal, FOODS, doc)
    return food


def add_recipe(journal: Journal, doc: dict[str, Any]) -> Food:
    """Store a doc from `own_foods.recipe_doc`; return it as a searchable Food."""
    food = recipe_from_doc(doc)
    _save(journal, RECIPES, doc)
    return food


def remove_own_food(journal: Journal, which: str) -> dict[str, Any]:
    """Delete the own food or recipe named `which` (any case) or with that id; its
    document as it was. Entries logged from it keep their figures: they hold their own.
    Under the lock, so a copy adding one meanwhile is kept."""
    wanted = which.strip().casefold()
    with journal.file(FILE) as db:
        for table in (FOODS, RECIPES):
            rows = db.table(table, cache_size=0)
            for doc_id, doc in [(d.doc_id, dict(d)) for d in rows.all()]:
                ids = (str(doc.get("name", "")).casefold(), str(doc.get("id", "")).casefold())
                if wanted in ids and str(doc.get("id", "")).startswith(("custom:", "recipe:")):
                    rows.remove(doc_ids=[doc_id])
                    return doc
    raise ValidationError("food", f"{which.strip()!r} is none of your own foods or recipes")
