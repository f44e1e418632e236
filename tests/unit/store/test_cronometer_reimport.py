"""A later Cronometer export of days already imported: what Cronometer changed replaces the
earlier import, what the person changed or deleted here holds, and nothing is counted twice."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from journal.core.exchange.cronometer import parse_cronometer
from journal.core.exchange.json_doc import ParsedDocument
from journal.core.sync.merge import merge
from journal.core.sync.revisions import REV
from journal.store.cronometer_import import IMPORT_BY, import_cronometer
from journal.store.edits import delete_entry, replace_entry
from journal.store.importer import describe, import_document
from journal.store.journal import Journal
from journal.store.storage import read_file
from journal.store.sync_status import set_aside
from tests.helpers import food

HEADER = "Day,Time,Group,Food Name,Amount,Energy (kcal),Magnesium (mg)\n"
OATS = "2026-11-20,08:00,Breakfast,Oatmeal,250 g,150,60\n"
SPINACH = "2026-11-20,12:00,Lunch,Spinach,100 g,23,79\n"
ALMONDS = "2026-11-21,08:00,Breakfast,Almonds,30 g,170,80\n"
FRIDAY, SATURDAY = date(2026, 11, 20), date(2026, 11, 21)


def foods(journal: Journal, day: date) -> list[tuple[str, str | None, float | None]]:
    return [(f.name, f.portion, f.mg) for f in journal.day(day).foods]


def test_an_amount_corrected_in_cronometer_replaces_the_one_imported_before(
    data_dir: Path,
) -> None:
    journal = Journal.open(data_dir)
    import_cronometer(journal, parse_cronometer(HEADER + OATS + SPINACH + ALMONDS))
    banana = journal.add(food(FRIDAY, "Banana"))  # typed here: no export touches it
    corrected = OATS.replace("250 g,150,60", "125 g,75,30")
    result = import_cronometer(journal, parse_cronometer(HEADER + corrected + SPINACH + ALMONDS))
    assert (result.imported, result.duplicates, result.withdrawn, result.updated) == (1, 2, 1, 0)
    assert sorted(foods(journal, FRIDAY)) == sorted(
        [("Oatmeal", "125 g", 30.0), ("Spinach", "100 g", 79.0), ("Banana", "1 oz", 76.0)]
    )
    assert banana.mg == 76.0
    assert (
        "Removed 1 entry imported before that this export no longer holds "
        "(changed or deleted in Cronometer)." in describe(result)
    )


def test_a_serving_deleted_in_cronometer_goes_only_from_the_days_the_export_holds(
    data_dir: Path,
) -> None:
    journal = Journal.open(data_dir)
    import_cronometer(journal, parse_cronometer(HEADER + OATS + SPINACH + ALMONDS))
    result = import_cronometer(journal, parse_cronometer(HEADER + OATS))  # Friday only
    assert result.withdrawn == 1
    assert foods(journal, FRIDAY) == [("Oatmeal", "250 g", 60.0)]
    assert foods(journal, SATURDAY) == [("Almonds", "30 g", 80.0)]  # not in this export


def test_a_figure_changed_in_cronometer_is_updated_each_time_it_changes(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    import_cronometer(journal, parse_cronometer(HEADER + OATS))
    for mg in ("64", "66"):
        corrected = HEADER + OATS.replace(",60", f",{mg}")
        result = import_cronometer(journal, parse_cronometer(corrected))
        assert (result.updated, result.imported, result.duplicates) == (1, 0, 0)
        assert foods(journal, FRIDAY) == [("Oatmeal", "250 g", float(mg))]
    [doc] = read_file(journal.day_path(FRIDAY))["foods"].values()  # type: ignore[index]
    assert doc[REV]["by"] == IMPORT_BY  # what tells the import's version from the person's
    assert "Updated 1 entry to this export's figures" in describe(result)[1]
    again = import_cronometer(journal, parse_cronometer(HEADER + OATS.replace(",60", ",66")))
    assert (again.updated, again.duplicates) == (0, 1)


def test_an_imported_entry_changed_here_keeps_the_persons_version(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    import_cronometer(journal, parse_cronometer(HEADER + OATS))
    [oats] = journal.day(FRIDAY).foods
    replace_entry(journal, oats, dataclasses.replace(oats, mg=70.0))
    result = import_cronometer(journal, parse_cronometer(HEADER + OATS.replace(",60", ",64")))
    assert (result.updated, result.kept_changed) == (0, 1)
    assert foods(journal, FRIDAY) == [("Oatmeal", "250 g", 70.0)]
    assert "Kept 1 imported entry as changed in this journal." in describe(result)
    # Its row changed in Cronometer: it goes, and the person's version is set aside.
    moved = import_cronometer(journal, parse_cronometer(HEADER + OATS.replace("08:00", "09:00")))
    assert (moved.withdrawn, moved.set_aside) == (1, 1)
    assert [mg for _, _, mg in foods(journal, FRIDAY)] == [60.0]
    [(name, record)] = set_aside(journal)
    assert name == "entries/2026-11-20.json" and record["doc"]["mg"] == 70.0


def test_an_entry_deleted_here_is_not_brought_back_by_the_same_export(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    import_cronometer(journal, parse_cronometer(HEADER + OATS + SPINACH))
    spinach = journal.day(FRIDAY).foods[1]
    delete_entry(journal, spinach)
    result = import_cronometer(journal, parse_cronometer(HEADER + OATS + SPINACH))
    assert (result.imported, result.duplicates, result.deleted_here) == (0, 1, 1)
    assert foods(journal, FRIDAY) == [("Oatmeal", "250 g", 60.0)]
    assert "Left out 1 entry you deleted in this journal (a deletion holds)." in describe(result)


def test_a_corrected_daily_total_replaces_the_old_one(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    daily = "Date,Magnesium (mg),Energy (kcal)\n2026-11-10,{}\n"
    import_cronometer(journal, parse_cronometer(daily.format("200,1500")))
    for figures in ("320,2100", "330,2150"):
        result = import_cronometer(journal, parse_cronometer(daily.format(figures)))
        assert (result.updated, result.imported, result.replaced_totals) == (1, 0, 0)
        [total] = journal.day(date(2026, 11, 10)).foods
        assert total.mg == float(figures.split(",")[0])


def test_a_removed_serving_leaves_a_tombstone_another_computers_copy_cannot_undo(
    data_dir: Path,
) -> None:
    journal = Journal.open(data_dir)
    import_cronometer(journal, parse_cronometer(HEADER + OATS + SPINACH))
    path = journal.day_path(FRIDAY)
    other_computer = read_file(path)
    import_cronometer(journal, parse_cronometer(HEADER + OATS))
    merged = merge(read_file(path), other_computer, "the other computer")  # type: ignore[arg-type]
    assert [d["name"] for d in merged.tables["foods"].values()] == ["Oatmeal"]


def test_a_json_import_does_not_bring_back_an_entry_deleted_since_the_export(
    data_dir: Path,
) -> None:
    journal = Journal.open(data_dir)
    kept, deleted = journal.add(food(FRIDAY, "Oats")), journal.add(food(FRIDAY, "Kale"))
    delete_entry(journal, deleted)
    result = import_document(journal, ParsedDocument(entries=[kept, deleted]))
    assert (result.imported, result.duplicates, result.deleted_here) == (0, 1, 1)
    assert [f.name for f in journal.day(FRIDAY).foods] == ["Oats"]
