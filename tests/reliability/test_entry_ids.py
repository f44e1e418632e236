"""Stable entry ids from the shell: list shows them, edit and delete act on exactly one entry."""

from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path
from typing import Any

from journal.core.entries.models import FoodEntry, SymptomEntry
from journal.store.journal import Journal
from tests.helpers import food, run_cli, symptom

TODAY = date(2026, 11, 25)


def ids_in(journal: Journal, day: str) -> list[str]:
    data = journal.read_file(f"entries/{day}.json")
    return [doc["id"] for kind in ("foods", "symptoms") for doc in data.get(kind, {}).values()]


def test_list_shows_short_ids_and_at_least_totals(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    almonds = journal.add(food(TODAY, "Almonds", 76.0))
    journal.add(FoodEntry(TODAY, time(12, 0), "Mystery bar", None, None, portion="1 bar"))
    cramp = journal.add(symptom(TODAY, severity=3, where="calf"))
    out = run_cli("list").stdout.splitlines()
    assert out[0] == (
        "2026-11-25 Wednesday  magnesium at least 76 mg (1 of 2 foods without a magnesium figure)"
    )
    assert out[1] == f"  {cramp.id[:8]}  06:30  symptom     cramp (severity 3 · calf)"
    assert out[2] == f"  {almonds.id[:8]}  08:00  food        Almonds, 1 oz · 76 mg"
    assert out[3].endswith("  12:00  food        Mystery bar, 1 bar · magnesium unknown")
    assert run_cli("list", "--date", "2026-11-01").stdout == "Nothing logged on 2026-11-01.\n"


def test_list_gives_a_supplement_only_days_magnesium(data_dir: Path) -> None:
    from journal.core.entries.models import SupplementEntry

    journal = Journal.open(data_dir)
    journal.add(SupplementEntry(TODAY, time(9, 0), "glycinate", 200.0))
    journal.add(symptom(date(2026, 11, 24)))
    out = run_cli("list", "--days", "2").stdout.splitlines()
    assert out[0] == "2026-11-24 Tuesday  magnesium no food logged"
    assert out[3] == "2026-11-25 Wednesday  magnesium 200 mg from supplements; no food logged"


def test_edit_keeps_the_id_across_a_month_boundary(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    cramp = journal.add(symptom(TODAY, severity=3, where="calf", note="woke me"))
    result = run_cli("edit", cramp.id[:6], "--severity", "4", "--date", "2026-10-31")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Changed [{cramp.id[:8]}] symptom cramp (severity 4 · calf)")
    assert ids_in(journal, "2026-10-31") == [cramp.id] and ids_in(journal, "2026-11-25") == []
    moved = journal.day(date(2026, 10, 31)).symptoms[0]
    assert (moved.id, moved.severity, moved.where, moved.note) == (cramp.id, 4, "calf", "woke me")
    back = run_cli("edit", cramp.id, "--date", "2026-11-02", "--where", "none")
    assert back.returncode == 0, back.stderr
    assert ids_in(journal, "2026-11-02") == [cramp.id] and ids_in(journal, "2026-10-31") == []
    assert journal.day(date(2026, 11, 2)).symptoms[0].where is None


def test_edit_grams_scales_a_foods_figures_and_refuses_other_kinds_fields(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    almonds = journal.add(food(TODAY, "Almonds", 76.0))  # 28 g, 164 kcal
    assert run_cli("edit", almonds.id[:8], "--grams", "56").returncode == 0
    edited = journal.day(TODAY).foods[0]
    assert (edited.id, edited.grams, edited.mg, edited.kcal) == (almonds.id, 56.0, 152.0, 328.0)
    wrong = run_cli("edit", almonds.id[:8], "--severity", "2")
    assert wrong.returncode == 2
    assert wrong.stderr == (
        "mg-journal: --severity: a food entry has none; it takes --date, --time, --grams or --mg\n"
    )
    bad = run_cli("edit", almonds.id[:8], "--grams", "-3")
    assert bad.returncode == 2 and journal.day(TODAY).foods[0] == edited
    assert run_cli("edit", almonds.id[:8]).returncode == 2  # nothing to change


def test_ambiguous_and_unknown_ids_are_refused(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    a = journal.add(SymptomEntry(TODAY, time(6, 0), "cramp", id="abcd1111" + "0" * 24))
    b = journal.add(SymptomEntry(date(2026, 9, 3), time(7, 0), "twitch", id="abcd2222" + "0" * 24))
    result = run_cli("delete", "abcd")
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1
    assert "'abcd' matches 2 entries" in result.stderr
    assert "[abcd11110000] symptom cramp on 2026-11-25 at 06:00" in result.stderr
    assert "[abcd22220000] symptom twitch on 2026-09-03 at 07:00" in result.stderr
    assert journal.day(TODAY).symptoms == [a]
    gone = run_cli("delete", "abcd2")
    assert gone.returncode == 0 and gone.stdout.startswith("Deleted [abcd2222] symptom twitch")
    assert journal.day(b.date).symptoms == [] and journal.day(TODAY).symptoms == [a]
    missing = run_cli("delete", "abcd2")
    assert missing.returncode == 1  # not found: refused, as edit's is; 2 is a mistyped line
    assert missing.stderr == (  # with where to find one: it said only that none matched
        "mg-journal: id: no entry has an id starting 'abcd2'; mg-journal list shows a day's "
        "ids (--date DAY, --days N)\n"
    )
    assert run_cli("edit", "xyz!", "--note", "x").returncode == 2


def test_a_re_import_after_an_edit_never_duplicates(tmp_path: Path, data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    cramp = journal.add(symptom(TODAY, severity=3))
    out = tmp_path / "export.json"
    assert run_cli("export", "--format", "json", "-o", str(out)).returncode == 0
    assert json.loads(out.read_text())["entries"]["symptoms"][0]["id"] == cramp.id
    assert run_cli("edit", cramp.id[:8], "--date", "2026-10-30").returncode == 0
    again = run_cli("import", "json", str(out))
    assert "imported: 0; duplicates (already in the journal): 1" in again.stdout
    assert journal.day(TODAY).symptoms == []  # the edited entry stays where it was moved
    assert [s.id for s in journal.day(date(2026, 10, 30)).symptoms] == [cramp.id]


def one_cramp_exported(data_dir: Path, out: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """(the export of a journal of one cramp today, that cramp's document)."""
    Journal.open(data_dir).add(symptom(TODAY, severity=2))
    assert run_cli("export", "--format", "json", "-o", str(out)).returncode == 0
    doc = json.loads(out.read_text())
    [today_doc] = doc["entries"]["symptoms"]
    return doc, today_doc


def test_an_import_skips_an_entry_dated_after_today(tmp_path: Path, data_dir: Path) -> None:
    out = tmp_path / "export.json"
    doc, today_doc = one_cramp_exported(data_dir, out)
    doc["entries"]["symptoms"].append({**today_doc, "id": "f" * 32, "date": "2099-01-01"})
    doc["entries"]["symptoms"].append({**today_doc, "id": "e" * 32, "date": "2026-11-26"})
    out.write_text(json.dumps(doc))
    other = tmp_path / "other"
    done = run_cli("--data-dir", str(other), "import", "json", str(out))
    assert done.returncode == 0, done.stderr
    assert (
        "\n  skipped entries.symptoms[1]: dated 2099-01-01, after today\n" in done.stdout
    )  # "skipped" once
    assert (
        "\n  skipped entries.symptoms[2]: dated 2026-11-26, after today\n" in done.stdout
    )  # "skipped" once
    assert [s.id for s in Journal.open(other).day(TODAY).symptoms] == [today_doc["id"]]
    assert Journal.open(other).day(date(2099, 1, 1)).is_empty


def test_an_import_skips_what_no_command_could_show_again(tmp_path: Path, data_dir: Path) -> None:
    """An entry before 1900 would be stored and then left out of every export; a day
    marked complete after today could never be unmarked; a kind's name is shown escaped."""
    out = tmp_path / "export.json"
    doc, today_doc = one_cramp_exported(data_dir, out)
    doc["entries"]["symptoms"].append({**today_doc, "id": "d" * 32, "date": "1899-12-31"})
    doc["complete_days"] = ["9999-12-31", "2026-11-24"]
    doc["entries"]["bad\x1b[2Jkind"] = []
    out.write_text(json.dumps(doc))
    other = tmp_path / "other"
    done = run_cli("--data-dir", str(other), "import", "json", str(out))
    assert done.returncode == 0, done.stderr
    assert (
        "\n  skipped entries.symptoms[1]: dated 1899-12-31, before 1900\n" in done.stdout
    )  # "skipped" once
    assert "\n  skipped complete_days[0]: not a date up to today\n" in done.stdout
    assert "entries.'bad\\x1b[2Jkind': not an entry kind" in done.stdout
    assert "\x1b" not in done.stdout
    assert Journal.open(other).day(date(2026, 11, 24)).complete
    exported = tmp_path / "again.json"
    result = run_cli("--data-dir", str(other), "export", "--format", "json", "-o", str(exported))
    assert result.returncode == 0, result.stderr
    again = json.loads(exported.read_text())
    assert [d["id"] for d in again["entries"]["symptoms"]] == [today_doc["id"]]
