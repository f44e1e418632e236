"""Importing a Cronometer export or an Mg Journal document, in this process: what is added,
what is counted as a duplicate, what replaces what, and the summary a person reads."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from journal.core.exchange.cronometer import DAILY_TOTAL_ID, parse_cronometer
from journal.core.exchange.json_doc import ParsedDocument
from journal.core.person.eras import Era
from journal.core.person.profile import Profile
from journal.store.cronometer_import import import_cronometer
from journal.store.errors import DamagedFileError
from journal.store.importer import ImportSummary, describe, import_document
from journal.store.journal import Journal
from journal.store.profile import load_profile, save_profile
from journal.store.storage import encode
from journal.store.sync_status import set_aside
from tests.helpers import as_named, food

SERVINGS = (
    "Group,Food Name,Day,Amount,Magnesium (mg),Energy (kcal),Time\n"
    "Breakfast,Oatmeal,2026-11-19,1.00 cup,61.2,166,07:30\n"
    "Lunch,Takeaway curry,2026-11-19,1.00 serving,,650,\n"
    "Dinner,Salmon,2026-11-20,100 g,30,206,\n"
)
DAILY = "Date,Magnesium (mg),Energy (kcal)\n2026-11-19,300,2000\n2026-11-18,250,1900\n"


def cronometer_foods(journal: Journal) -> dict[str, dict[str, object]]:
    table = journal.read_file("custom_foods.json")["cronometer"]
    return {str(doc["name"]): doc for doc in table.values()}


def test_servings_are_imported_once_and_their_foods_kept(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    first = import_cronometer(journal, parse_cronometer(SERVINGS))
    assert (first.rows, first.imported, first.duplicates, first.skipped) == (3, 3, 0, [])
    assert [f.name for f in journal.day(date(2026, 11, 19)).foods] == ["Oatmeal", "Takeaway curry"]
    foods = cronometer_foods(journal)
    assert sorted(foods) == ["Oatmeal", "Salmon", "Takeaway curry"]
    assert foods["Oatmeal"]["mg"] == 61.2 and foods["Oatmeal"]["source"] == "Cronometer export"
    assert foods["Takeaway curry"]["mg"] is None
    kept = (data_dir / "custom_foods.json").read_bytes()
    second = import_cronometer(journal, parse_cronometer(SERVINGS))
    assert (second.imported, second.duplicates) == (0, 3)
    assert (data_dir / "custom_foods.json").read_bytes() == kept  # nothing new: not rewritten


def test_a_foods_latest_figure_replaces_its_earlier_one_under_the_same_key(
    data_dir: Path,
) -> None:
    journal = Journal.open(data_dir)
    import_cronometer(journal, parse_cronometer(SERVINGS))
    keys = set(journal.read_file("custom_foods.json")["cronometer"])
    later = SERVINGS.splitlines()[0] + "\nBreakfast,Oatmeal,2026-11-21,1.00 cup,64.0,170,07:30\n"
    import_cronometer(journal, parse_cronometer(later))
    assert set(journal.read_file("custom_foods.json")["cronometer"]) == keys
    assert cronometer_foods(journal)["Oatmeal"]["mg"] == 64.0
    new = SERVINGS.splitlines()[0] + "\nLunch,Kale,2026-11-21,1.00 cup,20,30,\n"
    import_cronometer(journal, parse_cronometer(new))
    table = journal.read_file("custom_foods.json")["cronometer"]
    assert sorted(map(int, table)) == [1, 2, 3, 4]  # a new food takes the next free key


def test_servings_replace_a_daily_total_and_a_daily_total_never_joins_servings(
    data_dir: Path,
) -> None:
    journal = Journal.open(data_dir)
    totals = import_cronometer(journal, parse_cronometer(DAILY))
    assert totals.imported == 2
    assert [f.food_id for f in journal.day(date(2026, 11, 19)).foods] == [DAILY_TOTAL_ID]
    servings = import_cronometer(journal, parse_cronometer(SERVINGS))
    assert servings.replaced_totals == 1
    assert [f.name for f in journal.day(date(2026, 11, 19)).foods] == ["Oatmeal", "Takeaway curry"]
    assert journal.day(date(2026, 11, 18)).foods[0].mg == 250
    again = import_cronometer(journal, parse_cronometer(DAILY))
    assert again.skipped == ["2026-11-19: has servings; daily total not added"]
    assert len(journal.day(date(2026, 11, 19)).foods) == 2
    assert "Replaced 1 daily total by that day's servings." in describe(servings)


def test_a_daily_total_is_added_beside_foods_typed_in_the_journal(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    journal.add(food(date(2026, 11, 19), "Almonds"))  # logged here, not from Cronometer
    result = import_cronometer(journal, parse_cronometer(DAILY))
    assert result.skipped == [] and result.imported == 2
    assert len(journal.day(date(2026, 11, 19)).foods) == 2


def test_a_documents_files_restore_only_what_the_journal_lacks(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    save_profile(journal, Profile(sex="male", birth_year=1980))
    entry = food(date(2026, 11, 19), "Oats")
    parsed = ParsedDocument(
        entries=[entry],
        files={
            "profile.json": {"profile": {"1": Profile(sex="female").to_doc()}},
            "kinds.json": {"symptom_kinds": {"1": {"name": "headache", "key": "h"}}},
            "trial.json": {"trial": {"1": {"no": "such field"}}},  # damaged: skipped, not fatal
            "notes.json": {"t": {}},
        },
        problems=["entries.foods[3]: grams: not a number; skipped"],
        complete_days={date(2026, 11, 19)},
    )
    summary = import_document(journal, parsed)
    assert (summary.rows, summary.imported, summary.duplicates) == (2, 1, 0)
    assert summary.kept_files == ["profile.json"]
    assert summary.restored_files == ["kinds.json"]
    assert summary.skipped == [
        "entries.foods[3]: grams: not a number; skipped",
        "files.'trial.json': (the trial has no format number)",  # the reason, not the advice
        "files.'notes.json': not a file Mg Journal keeps",
    ]
    assert summary.completed_days == 1
    assert load_profile(journal).sex == "male"
    assert "headache" in str(journal.read_file("kinds.json"))
    assert not (data_dir / "notes.json").exists() and not (data_dir / "trial.json").exists()
    assert journal.day(date(2026, 11, 19)).complete
    again = import_document(journal, ParsedDocument(entries=[entry]))
    assert (again.imported, again.duplicates) == (0, 1)


def test_the_summary_in_words() -> None:
    summary = ImportSummary(
        rows=12,
        imported=7,
        duplicates=2,
        skipped=["line 4: Day: 2026-12-19 is in the future"],
        empty_days=3,
        placeholders=1816,
        completed_days=2,
        replaced_totals=4,
        kept_files=["profile.json"],
        restored_files=["kinds.json", "trial.json"],
        merged_files=["custom_foods.json"],
        set_aside=2,
    )
    assert describe(summary) == [
        "Rows read: 12; imported: 7; duplicates (already in the journal): 2; skipped: 1.",
        "  skipped line 4: Day: 2026-12-19 is in the future",
        "Left out 3 days with nothing logged in Cronometer.",
        "Left out 1,816 placeholder rows with amount 0 (Cronometer's, not foods eaten).",
        "Marked 2 days complete.",
        "Replaced 4 daily totals by that day's servings.",
        "Restored: kinds.json, trial.json.",
        "Kept your own profile.json (not replaced).",
        "Merged with yours: custom_foods.json.",
        "2 items changed in both: the later kept, the other set aside "
        "(`mg-journal sync status` shows it).",
    ]


def test_the_summary_of_one_says_one() -> None:
    summary = ImportSummary(
        rows=1, imported=1, empty_days=1, placeholders=1, completed_days=1, replaced_totals=1
    )
    assert describe(summary) == [
        "Rows read: 1; imported: 1; duplicates (already in the journal): 0; skipped: 0.",
        "Left out 1 day with nothing logged in Cronometer.",
        "Left out 1 placeholder row with amount 0 (Cronometer's, not foods eaten).",
        "Marked 1 day complete.",
        "Replaced 1 daily total by that day's servings.",
    ]


def test_an_empty_import_says_only_what_was_read() -> None:
    assert describe(ImportSummary()) == [
        "Rows read: 0; imported: 0; duplicates (already in the journal): 0; skipped: 0."
    ]


def test_a_long_unknown_file_name_is_shown_cut_and_escaped(data_dir: Path) -> None:
    name = "x" * 70 + "\x1b[31m.json"
    summary = import_document(Journal.open(data_dir), ParsedDocument(files={name: {"t": {}}}))
    assert summary.skipped == [f"files.{'x' * 60!r}: not a file Mg Journal keeps"]


def test_a_profile_set_is_kept_and_a_file_the_same_is_not_written(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    save_profile(journal, Profile(sex="male"))
    kinds = {"symptom_kinds": {"1": {"name": "headache", "key": "h"}}}
    import_document(journal, ParsedDocument(files={"kinds.json": kinds}))
    inode = (data_dir / "kinds.json").stat().st_ino
    files = {"profile.json": {"profile": {"1": Profile().to_doc()}}, "kinds.json": kinds}
    summary = import_document(journal, ParsedDocument(files=files))
    assert describe(summary)[-1] == "Kept your own profile.json (not replaced)."
    assert (data_dir / "kinds.json").stat().st_ino == inode  # nothing new: not written


def test_own_foods_and_kinds_on_both_sides_are_merged_not_dropped(data_dir: Path) -> None:
    """A helper's report: a journal holding only the foods a Cronometer import made
    kept its file, and the export's own foods and recipes were dropped."""
    journal = Journal.open(data_dir)
    import_cronometer(journal, parse_cronometer(SERVINGS))
    import_document(
        journal, ParsedDocument(files={"kinds.json": {"symptom_kinds": {"1": HEADACHE}}})
    )
    own = {"id": "custom:shake", "name": "My shake", "mg": 240.0, "kcal": 120.0}
    files = {
        "custom_foods.json": {"foods": {"1": own}},
        "kinds.json": {"symptom_kinds": {"1": {"name": "restless legs", "key": "r"}}},
    }
    summary = import_document(journal, ParsedDocument(files=files))
    assert summary.merged_files == ["custom_foods.json", "kinds.json"]
    assert describe(summary)[-1] == "Merged with yours: custom_foods.json, kinds.json."
    foods = journal.read_file("custom_foods.json")
    assert own in foods["foods"].values()
    assert foods["cronometer"]  # the Cronometer foods stay too
    kinds = [k["name"] for k in journal.read_file("kinds.json")["symptom_kinds"].values()]
    assert sorted(kinds) == ["headache", "restless legs"]


def test_a_profile_nobody_set_is_replaced_by_the_imported_one(data_dir: Path) -> None:
    """A helper's report: with the welcome skipped, the export's profile (sex, birth
    year, custom target) was dropped and the target fell silently to 400 mg. A theme and
    keys of the app's are not a profile a person set either."""
    journal = Journal.open(data_dir)
    save_profile(journal, Profile(onboarded=True, theme="nord", keymap={"quit": "ctrl+q"}))
    theirs = Profile(sex="male", birth_year=1970, custom_target_mg=450.0, onboarded=True)
    files = {"profile.json": {"profile": {"1": theirs.to_doc()}}}
    summary = import_document(journal, ParsedDocument(files=files))
    assert summary.restored_files == ["profile.json"] and summary.kept_files == []
    assert load_profile(journal) == theirs


HEADACHE = {"name": "headache", "key": "h"}


def test_an_unchanged_food_table_is_not_written_again(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    import_cronometer(journal, parse_cronometer(SERVINGS))
    path = data_dir / "custom_foods.json"
    inode = path.stat().st_ino  # every write replaces the file: a new inode
    import_cronometer(journal, parse_cronometer(SERVINGS))
    assert path.stat().st_ino == inode


def test_a_food_eaten_on_two_days_is_one_row_with_its_portion(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    twice = (
        "Group,Food Name,Day,Amount,Magnesium (mg),Energy (kcal)\n"
        "Breakfast,Oatmeal,2026-11-19,40 g,52.1,150\n"
        "Breakfast,Oatmeal,2026-11-20,40 g,52.1,150\n"
    )
    import_cronometer(journal, parse_cronometer(twice))
    table = journal.read_file("custom_foods.json")["cronometer"]
    assert list(table.values()) == [
        {
            "id": "cronometer:Oatmeal",
            "name": "Oatmeal",
            "portion": "40 g",
            "grams": 40.0,
            "mg": 52.1,
            "kcal": 150.0,
            "source": "Cronometer export",
        }
    ]


def test_placeholders_empty_days_and_completed_days_are_counted(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    servings = (
        "Group,Food Name,Day,Amount,Magnesium (mg),Energy (kcal),Completed\n"
        "Breakfast,Oatmeal,2026-11-19,1.00 cup,61.2,166,true\n"
        "Lunch,Oatmeal,2026-11-19,0.00 g,0,0,true\n"
        "Lunch,Kale,2026-11-20,1 cup,20,30,false\n"
    )
    summary = import_cronometer(journal, parse_cronometer(servings))
    assert (summary.placeholders, summary.completed_days, summary.imported) == (1, 1, 2)
    assert journal.day(date(2026, 11, 19)).complete
    assert not journal.day(date(2026, 11, 20)).complete
    daily = "Date,Magnesium (mg),Energy (kcal)\n2026-11-10,,\n2026-11-11,0,0\n2026-11-12,200,\n"
    totals = import_cronometer(journal, parse_cronometer(daily))
    assert (totals.empty_days, totals.imported) == (2, 1)
    assert "Left out 2 days with nothing logged in Cronometer." in describe(totals)


def test_a_daily_import_keeps_its_bad_lines_beside_the_days_it_left_out(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    import_cronometer(journal, parse_cronometer(SERVINGS))
    daily = "Date,Magnesium (mg),Energy (kcal)\n2026-11-19,300,2000\nnot a day,1,1\n"
    summary = import_cronometer(journal, parse_cronometer(daily))
    assert len(summary.skipped) == 2
    assert summary.skipped[0].startswith("line 3: Day: ")
    assert summary.skipped[1] == "2026-11-19: has servings; daily total not added"


def test_a_file_mg_journal_does_not_keep_does_not_stop_the_files_after_it(
    data_dir: Path,
) -> None:
    kinds = {"symptom_kinds": {"1": {"name": "headache", "key": "h"}}}
    files = {"notes.json": {"t": {}}, "kinds.json": kinds}
    summary = import_document(Journal.open(data_dir), ParsedDocument(files=files))
    assert summary.restored_files == ["kinds.json"]
    assert (data_dir / "kinds.json").exists()


def test_damaged_own_foods_refuse_the_import_naming_that_file(data_dir: Path) -> None:
    import pytest

    from journal.store.errors import DamagedFileError

    journal = Journal.open(data_dir)
    own = data_dir / "custom_foods.json"
    own.write_text('{"_meta": {"1": {"schema": 1}}, "foods": {"1": {"name": 5}}}')
    before = own.read_bytes()
    with pytest.raises(DamagedFileError) as refused:
        import_cronometer(journal, parse_cronometer(SERVINGS))
    assert refused.value.path == own and as_named(own, data_dir) in str(refused.value)
    assert own.read_bytes() == before and journal.day(date(2026, 11, 19)).foods == []


PREGNANT_TO_OCTOBER = (Era(date(2026, 10, 1), pregnant=True),)


@pytest.mark.parametrize(
    ("mine", "taken"),
    [
        (Profile(sex="female", birth_year=1990), True),  # the export's person as now
        (Profile(sex="female", birth_year=1991), False),  # another birth year
        (Profile(sex="female", birth_year=1990, lactating=True), False),  # other settings
        (Profile(sex="female", birth_year=1990, eras=(Era(date(2026, 5, 1), True),)), False),
    ],
)
def test_a_kept_profile_takes_the_exports_target_history_only_if_it_is_that_person_now(
    data_dir: Path, mine: Profile, taken: bool
) -> None:
    """A helper's report: importing into a journal with a profile set dropped the export's
    pregnancy, so its days were judged against 310-320 mg, not 350-360 mg."""
    journal = Journal.open(data_dir)
    save_profile(journal, mine)
    before = journal.read_file("profile.json")["profile"]["1"]["rev"]["v"]
    theirs = Profile(sex="female", birth_year=1990, eras=PREGNANT_TO_OCTOBER)
    files = {"profile.json": {"profile": {"1": theirs.to_doc()}}}
    summary = import_document(journal, ParsedDocument(files=files))
    kept = load_profile(journal)
    assert kept.eras == (PREGNANT_TO_OCTOBER if taken else mine.eras)
    assert kept.but(eras=()) == mine.but(eras=())  # the person's own settings stay
    assert (summary.history_taken, summary.history_left) == ((1, 0) if taken else (0, 1))
    said = describe(summary)[-1]
    assert said.startswith("Took the export's" if taken else "Left out the export's")
    assert "(1 earlier setting)" in said
    if taken:  # a revision after the kept one's, so its older version does not win a sync
        after = journal.read_file("profile.json")["profile"]["1"]["rev"]["v"]
        assert after != before and all(after.get(d, 0) >= n for d, n in before.items())


def test_the_same_target_history_is_not_written_again(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    save_profile(journal, Profile(sex="female", birth_year=1990, eras=PREGNANT_TO_OCTOBER))
    theirs = Profile(sex="female", birth_year=1990, eras=PREGNANT_TO_OCTOBER)
    inode = (data_dir / "profile.json").stat().st_ino
    summary = import_document(
        journal, ParsedDocument(files={"profile.json": {"profile": {"1": theirs.to_doc()}}})
    )
    assert (summary.history_taken, summary.history_left) == (0, 0)
    assert (data_dir / "profile.json").stat().st_ino == inode


def test_the_summary_of_a_reimport_in_words() -> None:
    """Every line an import of the same days again, into a journal with its own profile
    and foods, can add; two of each, so each says its plural, one set aside its singular."""
    summary = ImportSummary(
        rows=4,
        updated=2,
        withdrawn=2,
        kept_changed=2,
        deleted_here=2,
        kept_files=["profile.json", "kinds.json"],
        history_taken=2,
        history_left=2,
        same_foods=["Granola bar", "Oat cake"],
        renamed_foods=[("Kale", "Kale (imported)"), ("Rice", "Rice (imported)")],
        trial="Kept your trial plan (...).",
        set_aside=1,
    )
    assert describe(summary) == [
        "Rows read: 4; imported: 0; duplicates (already in the journal): 0; skipped: 0.",
        "Updated 2 entries to this export's figures (changed in Cronometer since the last import).",
        "Removed 2 entries imported before that this export no longer holds (changed or "
        "deleted in Cronometer).",
        "Kept 2 imported entries as changed in this journal.",
        "Left out 2 entries you deleted in this journal (a deletion holds).",
        "Kept your own profile.json, kinds.json (not replaced).",
        "Took the export's target history (2 earlier settings): past days keep the target "
        "they had (`mg-journal profile` lists them).",
        "Left out the export's target history (2 earlier settings): your profile differs "
        "from the export's; `mg-journal profile --since DATE` dates a change.",
        "In the export with the same name and figures as yours, kept once (yours; its "
        "entries point to it): Granola bar, Oat cake.",
        "In the export with the same name as yours but other figures, kept beside yours as: "
        "'Kale (imported)', 'Rice (imported)' (`mg-journal foods` lists both).",
        "Kept your trial plan (...).",
        "1 item changed in both: the later kept, the other set aside "
        "(`mg-journal sync status` shows it).",
    ]


def _rev(device: str, at: str) -> dict[str, object]:
    return {"at": at, "by": device, "v": {device: 1}}


def test_items_changed_on_both_sides_in_two_files_are_all_counted_and_said_from_the_import(
    data_dir: Path,
) -> None:
    """An own food and a symptom kind, each changed here and in the export without the
    other seen: the later is kept, the other set aside, both counted and both shown in
    `sync status` as from the imported file."""
    journal = Journal.open(data_dir)
    here = _rev("desk", "2026-11-01T08:00:00Z")
    shake = {"id": "custom:shake", "name": "My shake", "mg": 240.0, "kcal": 120.0}
    kind = {"name": "headache", "key": "h"}
    import_document(
        journal,
        ParsedDocument(
            files={
                "custom_foods.json": {"foods": {"1": {**shake, "rev": here}}},
                "kinds.json": {"symptom_kinds": {"1": {**kind, "rev": here}}},
            }
        ),
    )
    there = _rev("laptop", "2026-11-02T08:00:00Z")
    summary = import_document(
        journal,
        ParsedDocument(
            files={
                "custom_foods.json": {"foods": {"1": {**shake, "mg": 250.0, "rev": there}}},
                "kinds.json": {"symptom_kinds": {"1": {**kind, "key": "x", "rev": there}}},
            }
        ),
    )
    assert summary.merged_files == ["custom_foods.json", "kinds.json"]
    assert summary.set_aside == 2
    assert describe(summary)[-1] == (
        "2 items changed in both: the later kept, the other set aside "
        "(`mg-journal sync status` shows it)."
    )
    aside = set_aside(journal)
    assert sorted(name for name, _ in aside) == ["custom_foods.json", "kinds.json"]
    assert {record["from"] for _, record in aside} == {"the imported file"}
    assert [r["doc"]["mg"] for n, r in aside if n == "custom_foods.json"] == [240.0]


def test_a_damaged_profile_in_the_journal_is_named_when_an_import_meets_it(
    data_dir: Path,
) -> None:
    journal = Journal.open(data_dir)
    save_profile(journal, Profile(sex="female", birth_year=1990))
    tables = journal.read_file("profile.json")
    tables["profile"]["1"]["birth_year"] = "nineteen ninety"
    (data_dir / "profile.json").write_bytes(encode(tables))
    theirs = Profile(sex="female", birth_year=1990, eras=PREGNANT_TO_OCTOBER)
    with pytest.raises(DamagedFileError) as refused:
        import_document(
            journal, ParsedDocument(files={"profile.json": {"profile": {"1": theirs.to_doc()}}})
        )
    assert str(refused.value).startswith("profile.json is damaged (the profile is malformed")
