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

A malformed document is skipped (and counted) rather than blocking food logging. One
marked ``same_as`` another (two computers made the same food: `core.sync.own_names`)
is left out of search and lists, its entries' food being the one it names.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from journal.core.food.foods import Food
from journal.core.food.own_foods import cronometer_food_from_doc, food_from_doc, recipe_from_doc
from journal.core.sync.merge import Merged
from journal.core.sync.own_names import SAME_AS, name_key, one_name_each
from journal.core.validate import MAX_NAME, NotFound, ValidationError
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
            if SAME_AS in doc:
                continue  # the food it is the same as is listed
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
        if any(name_key(dict(d)) == name.strip().casefold() for d in rows.all()):
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
            docs = [(d.doc_id, dict(d)) for d in rows.all()]
            for doc_id, doc in docs:
                ids = (name_key(doc), str(doc.get("id", "")).casefold())
                if wanted in ids and str(doc.get("id", "")).startswith(("custom:", "recipe:")):
                    # Its hidden twins go too: they would point to a food no longer there.
                    twins = [i for i, d in docs if d.get(SAME_AS) == doc["id"]]
                    rows.remove(doc_ids=[doc_id, *twins])
                    return doc
    raise NotFound(  # only the shell deletes one: its way to see them, said
        "food",
        f"{which.strip()!r} is none of your own foods or recipes; mg-journal foods lists them",
    )


def same_as_ids(journal: Journal) -> dict[str, str]:
    """The id of each own food left out as the same as another, to the other's id."""
    data = journal.read_file(FILE)
    return {
        str(doc["id"]): str(doc[SAME_AS])
        for table in (FOODS, RECIPES)
        for doc in data.get(table, {}).values()
        if isinstance(doc, dict) and SAME_AS in doc and "id" in doc
    }


def one_name_each_merged(merged: Merged) -> Merged:
    """A merge of two copies of the own-foods file, with each food's name once in it."""
    named = one_name_each(merged.tables, (FOODS, RECIPES), MAX_NAME)
    return dataclasses.replace(
        merged, tables=named.tables, foods_kept_once=named.joined, foods_renamed=named.renamed
    )
