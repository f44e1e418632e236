"""Export and import through the shell: round trips, idempotence, all or nothing, bad input."""

from __future__ import annotations

import csv
import errno
import json
import os
from dataclasses import replace
from datetime import date, time, timedelta
from pathlib import Path

import pytest

from journal.core.entries.models import ENTRY_TYPES, SupplementEntry
from journal.core.exchange.cronometer import parse_cronometer
from journal.core.person.profile import Profile
from journal.store import transaction
from journal.store.cronometer_import import import_cronometer
from journal.store.demo import build_demo_journal
from journal.store.errors import NotWritableError
from journal.store.journal import Journal
from journal.store.profile import save_profile
from tests.helpers import as_named, food, run_cli, symptom

ALL = (date(1900, 1, 1), date(2026, 11, 25))


def all_docs(journal: Journal) -> list[dict[str, object]]:
    return sorted(
        (
            e.to_doc()
            for day in journal.days(*ALL)
            for kind in ENTRY_TYPES
            for e in getattr(day, kind)
        ),
        key=lambda d: str(d["id"]),
    )


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*.json")}


def test_json_round_trip_restores_every_field(tmp_path: Path, data_dir: Path) -> None:
    source = build_demo_journal(tmp_path / "src", days=45)
    save_profile(source, Profile(sex="male", birth_year=1980, custom_target_mg=400))
    out = tmp_path / "export.json"
    assert (
        run_cli(
            "--data-dir", str(source.root), "export", "--format", "json", "-o", str(out)
        ).returncode
        == 0
    )
    assert out.stat().st_mode & 0o777 == 0o600
    result = run_cli("import", "json", str(out))
    assert result.returncode == 0, result.stderr
    target = Journal.open(data_dir)
    assert all_docs(target) == all_docs(source) and len(all_docs(source)) > 300
    assert target.read_file("profile.json") == source.read_file("profile.json")
    again = run_cli("import", "json", str(out))
    assert "imported: 0" in again.stdout and all_docs(target) == all_docs(source)


def test_csv_export_has_headers_and_unknown_is_empty(tmp_path: Path, data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    save_profile(journal, Profile(sex="female", birth_year=1980))  # RDA 320 mg at 46
    journal.add(food(date(2026, 11, 20), "Almonds", 76.0))
    journal.add(food(date(2026, 11, 20), "Stew", None, at="19:00"))
    journal.add(food(date(2026, 10, 2), "Old", 10.0))
    out = tmp_path / "csv"
    result = run_cli("export", "--format", "csv", "--from", "2026-11-01", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.stat().st_mode & 0o777 == 0o700
    tables = {p.stem: list(csv.DictReader(p.open(newline=""))) for p in out.glob("*.csv")}
    assert set(tables) == {"foods", "supplements", "symptoms", "factors", "daily"}
    assert [r["name"] for r in tables["foods"]] == ["Almonds", "Stew"]
    assert tables["foods"][1]["magnesium_mg"] == ""
    assert tables["foods"][0]["id"] == journal.day(date(2026, 11, 20)).foods[0].id
    (day,) = tables["daily"]
    assert (day["date"], day["magnesium_total_mg"], day["foods_without_magnesium"]) == (
        "2026-11-20",
        "76",
        "1",
    )
    assert day["target_mg"] == "320"


def test_a_day_of_supplements_alone_is_not_an_exact_total(tmp_path: Path, data_dir: Path) -> None:
    """A helper's report: 300 mg of supplements and no food read as an exact total."""
    journal = Journal.open(data_dir)
    journal.add(SupplementEntry(date(2026, 11, 20), time(8, 0), "citrate", 300.0))
    journal.add(food(date(2026, 11, 21), "Almonds", 76.0))
    journal.add(food(date(2026, 11, 22), "Almonds", 76.0))
    journal.add(replace(food(date(2026, 11, 22), "Stew", 30.0), kcal=None))
    out = tmp_path / "csv"
    assert run_cli("export", "--format", "csv", "-o", str(out)).returncode == 0
    rows = list(csv.DictReader((out / "daily.csv").open(newline="")))
    assert [(r["date"], r["magnesium_total_is"], r["energy_kcal"]) for r in rows] == [
        ("2026-11-20", "no food logged", ""),
        ("2026-11-21", "exact", "164"),
        ("2026-11-22", "exact", ""),  # the stew's energy is unknown: no lower bound as a total
    ]


def test_csv_supplements_header(tmp_path: Path, data_dir: Path) -> None:
    Journal.open(data_dir)
    out = tmp_path / "csv"
    assert run_cli("export", "--format", "csv", "-o", str(out)).returncode == 0
    header = (out / "supplements.csv").read_text().splitlines()[0]
    assert header == "id,date,time,form,magnesium_mg,salt_mg,note"


def test_csv_cells_a_spreadsheet_would_run_are_written_as_text(
    tmp_path: Path, data_dir: Path
) -> None:
    journal = Journal.open(data_dir)
    nov_20 = date(2026, 11, 20)
    formula = '=HYPERLINK("http://example.com","Almonds")'
    journal.add(food(nov_20, formula, 76.0))
    journal.add(food(nov_20, "-1", 5.0, at="09:00"))  # a number stays a number
    journal.add(symptom(nov_20, note="@SUM(A1:A9)"))
    journal.add(symptom(nov_20, note="- calf, left", at="07:00"))
    out = tmp_path / "csv"
    assert run_cli("export", "--format", "csv", "-o", str(out)).returncode == 0
    tables = {p.stem: list(csv.DictReader(p.open(newline=""))) for p in out.glob("*.csv")}
    assert [r["name"] for r in tables["foods"]] == ["'" + formula, "-1"]
    assert [r["note"] for r in tables["symptoms"]] == ["'@SUM(A1:A9)", "'- calf, left"]
    # The JSON export, which import reads back, keeps the text exactly as typed.
    assert run_cli("export", "--format", "json", "-o", str(tmp_path / "all.json")).returncode == 0
    assert json.dumps(formula) in (tmp_path / "all.json").read_text()


def test_export_refuses_to_overwrite(tmp_path: Path, data_dir: Path) -> None:
    Journal.open(data_dir)
    out = tmp_path / "x.json"
    out.write_text("mine")
    result = run_cli("export", "--format", "json", "-o", str(out))
    assert result.returncode == 1 and "already exists" in result.stderr
    assert out.read_text() == "mine"


CRONOMETER = (
    "Group,Food Name,Day,Fiber (g),Amount,Magnesium (mg),Energy (kcal),Time\n"
    "Breakfast,Oatmeal,2026-11-19,4,1.00 cup,61.2,166,07:30\n"
    "Lunch,Takeaway curry,2026-11-19,2,1.00 serving,,650,\n"
    "Dinner,Salmon,2026-12-19,0,100 g,30,206,\n"  # line 4: in the future
    "Dinner,Salmon,2026-11-20,0,100 g,30,206,\n"
)


def test_cronometer_import_is_idempotent_and_keeps_unknown(tmp_path: Path, data_dir: Path) -> None:
    path = tmp_path / "servings.csv"
    path.write_text(CRONOMETER, encoding="utf-8")
    first = run_cli("import", "cronometer", str(path))
    assert first.returncode == 0, first.stderr
    assert (
        "Rows read: 4; imported: 3; duplicates (already in the journal): 0; skipped: 1."
        in first.stdout
    )
    assert "line 4: Day: 2026-12-19 is in the future" in first.stdout
    journal = Journal.open(data_dir)
    before = snapshot(data_dir)
    second = run_cli("import", "cronometer", str(path))
    assert "imported: 0; duplicates (already in the journal): 3" in second.stdout
    assert snapshot(data_dir) == before
    curry = journal.day(date(2026, 11, 19)).foods[1]
    assert curry.name == "Takeaway curry" and curry.mg is None
    foods = journal.read_file("custom_foods.json")["cronometer"]
    assert {d["name"]: d["mg"] for d in foods.values()}["Oatmeal"] == 61.2


def test_servings_replace_an_earlier_daily_total(tmp_path: Path, data_dir: Path) -> None:
    daily = tmp_path / "daily.csv"
    daily.write_text(
        "Date,Magnesium (mg),Energy (kcal)\n2026-11-19,300,2000\n2026-11-18,250,1900\n"
    )
    assert run_cli("import", "cronometer", str(daily)).returncode == 0
    servings = tmp_path / "servings.csv"
    servings.write_text(CRONOMETER)
    result = run_cli("import", "cronometer", str(servings))
    assert "Replaced 1 daily total by" in result.stdout
    journal = Journal.open(data_dir)
    assert [f.name for f in journal.day(date(2026, 11, 19)).foods] == ["Oatmeal", "Takeaway curry"]
    assert journal.day(date(2026, 11, 18)).foods[0].mg == 250
    again = run_cli("import", "cronometer", str(daily))
    assert "2026-11-19: has servings" in again.stdout
    assert len(journal.day(date(2026, 11, 19)).foods) == 2


def test_a_failed_write_leaves_nothing_half_imported(
    monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    journal = Journal.open(data_dir)
    journal.add(food(date(2026, 3, 1), "Kept", 5.0))
    before = snapshot(data_dir)
    days = [date(2026, 3, 1) + timedelta(days=n) for n in range(20)]
    rows = "".join(f"Lunch,Soup,{day},1,1 bowl,20,100,\n" for day in days)
    parsed = parse_cronometer(CRONOMETER.splitlines(keepends=True)[0] + rows)
    real, renamed = os.replace, []

    def failing(source: Path, target: Path) -> None:
        renamed.append(Path(target).name)
        if len(renamed) == 4:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(source, target)

    monkeypatch.setattr(os, "replace", failing)
    with pytest.raises(NotWritableError, match="the disk is full"):
        import_cronometer(journal, parsed)
    # The intent file, two days (one of them Kept's), the failure, then Kept's put back.
    assert renamed[:5] == [transaction.PENDING, *renamed[1:3], renamed[3], "2026-03-01.json"]
    assert "2026-03-01.json" in renamed[1:3]
    after = snapshot(data_dir)
    assert {k: v for k, v in after.items() if not k.startswith("backups")} == before
    assert not list(data_dir.rglob("*.tmp"))
    assert journal.months() == [(2026, 3)]
    assert [d.date for d in journal.days(date(2026, 1, 1), date(2026, 11, 25))] == [days[0]]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x00\x01\x02PK", "is a binary file"),
        (b"Day,Food Name\n2026-11-01,Caf\xe9\n", "is not UTF-8 text"),
        (b"name,amount\nx,1\n", "no Cronometer header"),
    ],
)
def test_bad_files_are_refused_with_one_line(
    tmp_path: Path, data_dir: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "in.csv"
    path.write_bytes(content)
    result = run_cli("import", "cronometer", str(path))
    assert result.returncode == 1 and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not list(data_dir.rglob("*.json"))


def test_missing_file_folder_and_foreign_json_are_refused(tmp_path: Path) -> None:
    assert "does not exist" in run_cli("import", "json", str(tmp_path / "no.json")).stderr
    assert "is a folder" in run_cli("import", "cronometer", str(tmp_path)).stderr
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"format": "something-else"}))
    result = run_cli("import", "json", str(other))
    assert result.returncode == 1 and "not an Mg Journal JSON export" in result.stderr
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps({"format": "mg-journal-export", "version": 99}))
    assert "newer Mg Journal" in run_cli("import", "json", str(newer)).stderr
    for version, said in (
        (None, "it has no format version"),
        ("1", "its format version '1' is not a whole number from 1"),
        (0, "its format version 0 is not a whole number from 1"),
    ):
        doc = {"format": "mg-journal-export"} | ({} if version is None else {"version": version})
        other.write_text(json.dumps(doc))
        result = run_cli("import", "json", str(other))
        assert result.returncode == 1 and said in result.stderr, result.stderr


def test_imported_cronometer_foods_are_found_by_the_food_search(data_dir: Path) -> None:
    from journal.core.food.quick_search import full_index
    from journal.store.own_foods import read_own_foods
    from journal.store.shipped import read_food_table

    servings = data_dir.parent / "servings.csv"
    servings.write_text(
        "Day,Time,Group,Food Name,Amount,Energy (kcal),Magnesium (mg)\n"
        "2026-11-01,08:00,Breakfast,Grandma's Muesli,50.00 g,190,60\n"
        "2026-11-01,10:00,Snacks,Protein bar,1.00 bar,200,40\n"
    )
    assert run_cli("import", "cronometer", str(servings)).returncode == 0
    own, skipped = read_own_foods(Journal.open(data_dir))
    assert skipped == 0
    # A serving of known weight becomes a searchable food, per 100 g as Cronometer said;
    # one with no weight ("1.00 bar") stays in the journal's entries only.
    (muesli,) = own
    assert muesli.name == "Grandma's Muesli" and muesli.mg_per_100g == pytest.approx(120)
    found = full_index(read_food_table(), own).search("muesli grandma", limit=3)
    assert found[0].id == muesli.id


def test_import_json_keeps_the_journals_own_profile_and_says_so(
    tmp_path: Path, data_dir: Path
) -> None:
    other = Journal.open(tmp_path / "other")
    save_profile(other, Profile(sex="male", birth_year=1960, onboarded=True))
    other.add(food(date(2026, 11, 2), "Spinach"))
    export = tmp_path / "other.json"
    made = run_cli("--data-dir", str(other.root), "export", "--format", "json", "-o", str(export))
    assert made.returncode == 0, made.stderr
    mine = Journal.open(data_dir)
    save_profile(mine, Profile(sex="female", birth_year=1990, onboarded=True))
    before = (data_dir / "profile.json").read_bytes()

    done = run_cli("import", "json", str(export))
    assert done.returncode == 0, done.stderr
    assert "Kept your own profile.json (not replaced)." in done.stdout
    assert (data_dir / "profile.json").read_bytes() == before
    assert [f.name for f in Journal.open(data_dir).day(date(2026, 11, 2)).foods] == ["Spinach"]


def test_a_bulk_write_syncs_its_own_files_not_the_machine(
    monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    from journal.store.bulk import add_entries

    journal = Journal.open(data_dir)
    synced: list[int] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        synced.append(fd)
        real_fsync(fd)

    def no_sync() -> None:
        raise AssertionError("os.sync() waits for every program's writes")

    monkeypatch.setattr(os, "sync", no_sync)
    monkeypatch.setattr(os, "fsync", fsync)
    add_entries(journal, [food(date(2026, 3, 1) + timedelta(days=n)) for n in range(30)])
    # 30 day files, the intent file, and their folders (entries/, the journal's) at least.
    assert len(synced) >= 30 + 1 + 2
    assert len(list(journal.days(date(2026, 3, 1), date(2026, 3, 30)))) == 30


def test_an_import_into_a_damaged_day_refuses_and_leaves_it_untouched(
    tmp_path: Path, data_dir: Path
) -> None:
    source = Journal.open(tmp_path / "src")
    source.add(food(date(2026, 11, 2), "Imported oats"))
    out = tmp_path / "export.json"
    exported = run_cli("--data-dir", str(source.root), "export", "--format", "json", "-o", str(out))
    assert exported.returncode == 0, exported.stderr
    journal = Journal.open(data_dir)
    journal.add(food(date(2026, 11, 2), "Mine"))
    path = journal.day_path(date(2026, 11, 2))
    path.write_text(path.read_text().replace('"mg":', '"mg":"lots","was":'))
    before = path.read_bytes()
    result = run_cli("import", "json", str(out))
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert f"{as_named(path, data_dir)} is damaged" in result.stderr
    assert path.read_bytes() == before


def test_a_cronometer_import_with_damaged_own_foods_leaves_them_untouched(
    tmp_path: Path, data_dir: Path
) -> None:
    Journal.open(data_dir)
    own = data_dir / "custom_foods.json"
    own.write_text('{"_meta": {"1": {"schema": 1}}, "foods": {"1": {"name": 5}}}')
    before = own.read_bytes()
    path = tmp_path / "servings.csv"
    path.write_text(CRONOMETER, encoding="utf-8")
    result = run_cli("import", "cronometer", str(path))
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert f"custom_foods.json in {data_dir} is damaged" in result.stderr
    assert own.read_bytes() == before
