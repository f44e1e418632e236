"""`import json` of an export whose own foods or recipes are named as the journal's: one
kept when the same, both kept and told apart when not; importing again changes nothing."""

from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path

from journal.core import clock
from journal.core.entries.models import FoodEntry
from journal.core.exchange.json_doc import ParsedDocument, parse_document
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


def _document(foods: dict[str, object] | None = None, **tables: object) -> ParsedDocument:
    """A document whose own-foods file holds `foods` (by document id) and `tables`."""
    table = {**({"foods": foods} if foods is not None else {}), **tables}
    return ParsedDocument(files={"custom_foods.json": table})


def test_an_export_without_own_foods_imports_beside_the_journals(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    mine = add_own_food(journal, _bar())
    entry = FoodEntry(DAY, time(8, 0), mine.name, 40.0, 48.0, food_id=mine.id)
    summary = import_document(journal, ParsedDocument(entries=[entry]))
    assert (summary.imported, summary.skipped, summary.same_foods) == (1, [], [])
    assert journal.day(DAY).foods[0].food_id == mine.id


def test_a_same_food_does_not_stop_the_foods_after_it_and_a_recipe_points_to_both(
    data_dir: Path, tmp_path: Path
) -> None:
    """The export's Granola bar is the journal's, its Oat cake another: the one left out,
    the other renamed; its recipe of both points to the journal's bar and the new cake."""
    journal = Journal.open(data_dir)
    bar = add_own_food(journal, _bar())
    add_own_food(journal, _bar("Oat cake", "30"))
    other = Journal.open(tmp_path / "other")
    for doc in (_bar(), _bar("Oat cake", "32")):
        add_own_food(other, doc)
    theirs = list(read_own_foods(other)[0])
    parts = [Ingredient.of(f, 40.0, "1 serving") for f in theirs]
    add_recipe(other, recipe_doc("Bar and cake", "2", parts))
    lines = _import(journal, export_json(other, tmp_path / "export.json", None, None))
    own = _own(journal)
    assert sorted(own) == ["Bar and cake", "Granola bar", "Oat cake", "Oat cake (imported)"]
    assert lines[1:] == [
        "In the export with the same name and figures as yours, kept once (yours; its "
        "entries point to it): Granola bar.",
        "In the export with the same name as yours but other figures, kept beside yours as: "
        "'Oat cake (imported)' (`mg-journal foods` lists both).",
        "Merged with yours: custom_foods.json.",
    ]
    recipe = next(iter(journal.read_file("custom_foods.json")["recipes"].values()))
    assert [i["food_id"] for i in recipe["items"]] == [bar.id, own["Oat cake (imported)"]]


def test_a_recipe_named_as_one_of_yours_is_renamed_when_the_export_has_no_foods(
    data_dir: Path,
) -> None:
    journal = Journal.open(data_dir)
    bar = add_own_food(journal, _bar())
    add_recipe(journal, recipe_doc("Bar crumble", "2", [Ingredient.of(bar, 80.0, "2 servings")]))
    theirs = recipe_doc("Bar crumble", "4", [Ingredient.of(bar, 80.0, "2 servings")])
    summary = import_document(journal, _document(recipes={"1": theirs}))
    assert summary.renamed_foods == [("Bar crumble", "Bar crumble (imported)")]
    assert sorted(_own(journal)) == ["Bar crumble", "Bar crumble (imported)", "Granola bar"]


def test_two_long_names_cut_alike_take_two_new_names_in_the_exports_order(
    data_dir: Path,
) -> None:
    """Two names alike to the cut ("...B" and "...C") both need "(imported)": the first
    by the export's order (9 before 10) takes it, the second "(imported 2)"."""
    journal = Journal.open(data_dir)
    first, second = "B" * MAX_NAME, "B" * (MAX_NAME - 1) + "C"
    add_own_food(journal, _bar(first, "10"))
    add_own_food(journal, _bar(second, "10"))
    foods = {"10": _bar(second, "30"), "9": _bar(first, "20")}
    summary = import_document(journal, _document(foods))
    stem = "B" * (MAX_NAME - 11)
    assert summary.renamed_foods == [
        (first, stem + " (imported)"),
        (second, stem[:-2] + " (imported 2)"),
    ]
    assert len(_own(journal)) == 4


def test_the_export_taken_after_it_was_imported_before_still_renames_a_new_clash(
    data_dir: Path, tmp_path: Path
) -> None:
    """The export's Kale was imported before (known here by its id); its Granola bar, new
    since and named as the journal's, is still kept beside it under a new name."""
    journal = Journal.open(data_dir)
    add_own_food(journal, _bar(mg="60"))
    other = Journal.open(tmp_path / "other")
    add_own_food(other, _bar("Kale", "20"))
    _import(journal, export_json(other, tmp_path / "first.json", None, None))
    add_own_food(other, _bar())
    _import(journal, export_json(other, tmp_path / "second.json", None, None))
    assert sorted(_own(journal)) == ["Granola bar", "Granola bar (imported)", "Kale"]


def test_a_new_name_cut_at_a_space_has_one_space_before_its_tail(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    name = "B" * (MAX_NAME - 12) + " " + "C" * 11
    add_own_food(journal, _bar(name, "10"))
    summary = import_document(journal, _document({"1": _bar(name, "20")}))
    assert summary.renamed_foods == [(name, "B" * (MAX_NAME - 12) + " (imported)")]


def test_a_renamed_food_has_a_revision_made_now_after_the_exports(data_dir: Path) -> None:
    """So a sync sees the new name as a change after the export's own version."""
    journal = Journal.open(data_dir)
    add_own_food(journal, _bar(mg="60"))
    theirs = {**_bar(), "rev": {"at": "2026-11-01T00:00:00", "by": "laptop", "v": {"laptop": 3}}}
    import_document(journal, _document({"1": theirs}))
    [doc] = [
        d
        for d in journal.read_file("custom_foods.json")["foods"].values()
        if d["id"] == theirs["id"]
    ]
    assert doc["name"] == "Granola bar (imported)"
    assert doc["rev"]["at"] == clock.utc_stamp()
    assert doc["rev"]["v"]["laptop"] == 3 and len(doc["rev"]["v"]) == 2


def test_a_new_name_is_not_one_the_export_itself_holds(data_dir: Path) -> None:
    """The export's own "Granola bar (imported)" (another food again) keeps its name: the
    export's Granola bar, named as the journal's, becomes "(imported 2)"."""
    journal = Journal.open(data_dir)
    add_own_food(journal, _bar())
    foods = {"1": _bar(mg="50"), "2": _bar("Granola bar (imported)", "70")}
    summary = import_document(journal, _document(foods))
    assert summary.renamed_foods == [("Granola bar", "Granola bar (imported 2)")]
    assert sorted(_own(journal)) == [
        "Granola bar",
        "Granola bar (imported 2)",
        "Granola bar (imported)",
    ]
