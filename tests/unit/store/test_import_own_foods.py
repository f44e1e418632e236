"""`import json` of an export whose own foods or recipes are named as the journal's: one
kept when the same, both kept and told apart when not; importing again changes nothing."""

from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path

from journal.core.entries.models import FoodEntry
from journal.core.exchange.json_doc import parse_document
from journal.core.food.own_foods import Ingredient, food_from_doc, own_food_doc, recipe_doc
from journal.core.validate import MAX_NAME
from journal.store.export import export_json
from journal.store.importer import describe, import_document
from journal.store.journal import Journal
from journal.store.own_foods import add_own_food, add_recipe, read_own_foods, remove_own_food
from journal.store.sync_status import set_aside

DAY = date(2026, 11, 20)


def _bar(name: str = "Granola bar", mg: str = "48", kcal: str = "") -> dict[str, object]:
    return own_food_doc(name, mg, kcal, per_serving=True, serving_grams="40")


def _export(tmp_path: Path, *docs: dict[str, object]) -> Path:
    """An export from another journal holding `docs` (own foods), a recipe of the first
    and an entry logged from it."""
    other = Journal.open(tmp_path / "other")
    for doc in docs:
        add_own_food(other, doc)
    bar = food_from_doc(docs[0])
    add_recipe(other, recipe_doc("Bar crumble", "2", [Ingredient.of(bar, 80.0, "2 servings")]))
    other.add(FoodEntry(DAY, time(8, 0), bar.name, 40.0, 48.0, food_id=bar.id))
    return export_json(other, tmp_path / "export.json", None, None)


def _import(journal: Journal, path: Path) -> list[str]:
    return describe(import_document(journal, parse_document(json.loads(path.read_text()))))


def _own(journal: Journal) -> dict[str, str]:
    return {f.name: f.id for f in read_own_foods(journal)[0]}


def test_the_same_food_under_the_same_name_is_kept_once_and_its_entries_point_to_it(
    data_dir: Path, tmp_path: Path
) -> None:
    """A reviewer's report: an own food of the same name stayed twice after an import."""
    journal = Journal.open(data_dir)
    mine = add_own_food(journal, _bar("granola BAR"))  # the name in another case: the same
    path = _export(tmp_path, _bar())
    lines = _import(journal, path)
    assert _own(journal) == {"granola BAR": mine.id, "Bar crumble": _own(journal)["Bar crumble"]}
    [entry] = journal.day(DAY).foods
    assert entry.food_id == mine.id  # the journal's: recent foods and editing find it
    recipe = next(iter(journal.read_file("custom_foods.json")["recipes"].values()))
    assert [i["food_id"] for i in recipe["items"]] == [mine.id]
    assert (
        "In the export with the same name and figures as yours, kept once (yours; its "
        "entries point to it): granola BAR." in lines
    )
    kept = (data_dir / "custom_foods.json").read_bytes()
    _import(journal, path)
    assert (data_dir / "custom_foods.json").read_bytes() == kept  # again: nothing new
    assert set_aside(journal) == []


def test_another_food_under_the_same_name_is_kept_beside_under_a_new_name(
    data_dir: Path, tmp_path: Path
) -> None:
    journal = Journal.open(data_dir)
    add_own_food(journal, _bar(kcal="180"))  # energy known here only: another food
    add_own_food(journal, _bar("Oat cake", "30"))
    add_own_food(journal, _bar("Oat cake (imported)", "31"))
    path = _export(tmp_path, _bar(), _bar("Oat cake", "32"))
    lines = _import(journal, path)
    own = _own(journal)
    assert sorted(own) == [
        "Bar crumble",
        "Granola bar",
        "Granola bar (imported)",
        "Oat cake",
        "Oat cake (imported 2)",  # "(imported)" was taken
        "Oat cake (imported)",
    ]
    assert journal.day(DAY).foods[0].food_id == own["Granola bar (imported)"]
    assert (
        "In the export with the same name as yours but other figures, kept beside yours as: "
        "'Granola bar (imported)', 'Oat cake (imported 2)' (`mg-journal foods` lists both)."
    ) in lines
    kept = (data_dir / "custom_foods.json").read_bytes()
    again = _import(journal, path)
    assert (data_dir / "custom_foods.json").read_bytes() == kept  # the new name holds
    assert not any("other figures" in line for line in again) and set_aside(journal) == []


def test_a_new_name_is_cut_to_the_longest_a_name_may_be(data_dir: Path, tmp_path: Path) -> None:
    journal = Journal.open(data_dir)
    long = "B" * MAX_NAME
    add_own_food(journal, _bar(long, "10"))
    _import(journal, _export(tmp_path, _bar(long, "20")))
    new = next(name for name in _own(journal) if name.endswith(" (imported)"))
    assert len(new) == MAX_NAME and new.startswith("B" * (MAX_NAME - 11))


def test_an_imported_food_deleted_here_stays_deleted_and_is_not_renamed(
    data_dir: Path, tmp_path: Path
) -> None:
    journal = Journal.open(data_dir)
    add_own_food(journal, _bar(mg="60"))
    path = _export(tmp_path, _bar())
    _import(journal, path)
    remove_own_food(journal, "Granola bar (imported)")
    again = _import(journal, path)
    assert sorted(_own(journal)) == ["Bar crumble", "Granola bar"]
    assert not any("kept beside yours" in line for line in again)
