"""Day summaries read once: the same figures as reading every entry, from a cache that
is derived, kept outside the journal, rebuilt when stale or damaged, never trusted blindly."""

from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path

import pytest

from journal.core.analysis.daily import row_for
from journal.core.analysis.dashboard import build, build_from_rows, recent_foods
from journal.store import day_files as day_files_module
from journal.store import summaries as summaries_module
from journal.store.day_files import parse_day_file, trusted_day
from journal.store.demo import build_demo_journal
from journal.store.errors import DamagedFileError
from journal.store.journal import Journal
from journal.store.storage import checked, read_file
from journal.store.summaries import DaySummaries, cache_file
from tests.helpers import food, symptom

TODAY = date(2026, 11, 25)


def expected_rows(journal: Journal) -> dict[date, object]:
    return {day.date: row_for(day) for day in journal.days(date.min, date.max)}


@pytest.fixture
def demo(data_dir: Path) -> Journal:
    journal = build_demo_journal(data_dir, 60, seed=3)
    # Today has a day file whatever the demo drew for it (a gap day draws nothing).
    journal.add(food(TODAY, "Oats", 40.0, at="08:00"))
    return journal


def count_reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    reads: list[Path] = []
    real = summaries_module.read_day_file

    def counted(path: Path):  # type: ignore[no-untyped-def]
        reads.append(path)
        return real(path)

    monkeypatch.setattr(summaries_module, "read_day_file", counted)
    return reads


def test_trusted_reading_gives_the_entries_full_validation_gives(demo: Journal) -> None:
    for _, path in demo.day_files():
        data = read_file(path) or {}
        assert trusted_day(data, path) == parse_day_file(data, path)


def test_summaries_match_reading_every_entry_and_the_dashboard_is_the_same(demo: Journal) -> None:
    rows = DaySummaries.open(demo).scan()
    assert rows == expected_rows(demo)
    days = list(demo.days(date.min, TODAY))
    for length in (30, None):
        old = build(days, TODAY, length, 310.0, 0.9)
        new = build_from_rows(rows, recent_foods(days, TODAY), TODAY, length, 310.0, 0.9)
        assert new == old


def test_the_cache_lives_outside_the_journal_and_is_private(demo: Journal) -> None:
    DaySummaries.open(demo).scan()
    cache = cache_file(demo.root)
    assert cache is not None and cache.exists()
    assert not cache.resolve().is_relative_to(demo.root.resolve())
    assert cache.stat().st_mode & 0o777 == 0o600
    assert cache.parent.stat().st_mode & 0o777 == 0o700
    assert not [p for p in demo.root.rglob("*") if "summar" in p.name]


def test_a_second_process_reads_no_unchanged_day_file(
    demo: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    DaySummaries.open(demo).scan()
    checked.clear()  # as in a new process
    reads = count_reads(monkeypatch)
    again = Journal.open(demo.root)
    rows = DaySummaries.open(again).scan()
    assert reads == [] and rows == expected_rows(demo)
    again.add(symptom(TODAY, "twitch"))
    rows = DaySummaries.open(Journal.open(demo.root)).scan()
    assert reads == [demo.day_path(TODAY)]
    assert rows[TODAY].symptoms["twitch"] == (1, None)


@pytest.mark.parametrize(
    "damage",
    [b"", b"{ torn", b"[1, 2]", b'{"format": "mg-journal-summaries", "version": 1}', b"\0" * 9],
)
def test_a_damaged_cache_is_rebuilt_not_trusted(demo: Journal, damage: bytes) -> None:
    DaySummaries.open(demo).scan()
    cache = cache_file(demo.root)
    assert cache is not None
    cache.write_bytes(damage)
    checked.clear()
    assert DaySummaries.open(demo).scan() == expected_rows(demo)
    assert json.loads(cache.read_bytes())["format"] == "mg-journal-summaries"


def test_a_cache_with_wrong_figures_is_not_used_once_a_stamp_differs(demo: Journal) -> None:
    DaySummaries.open(demo).scan()
    cache = cache_file(demo.root)
    assert cache is not None
    doc = json.loads(cache.read_bytes())
    name = f"{TODAY.isoformat()}.json"
    doc["days"][name][1] -= 1  # another mtime: the day file no longer matches
    doc["days"][name][3][0] = 99_999.0  # with a made-up figure
    cache.write_text(json.dumps(doc))
    checked.clear()
    rows = DaySummaries.open(Journal.open(demo.root)).scan()
    assert rows[TODAY].food_mg != 99_999.0 and rows == expected_rows(demo)


def test_a_day_damaged_after_it_was_summarised_is_refused(demo: Journal) -> None:
    DaySummaries.open(demo).scan()
    path = demo.day_path(TODAY)
    raw = path.read_bytes()
    path.write_bytes(raw.replace(b'"grams":', b'"grams":-', 1))
    checked.clear()
    with pytest.raises(DamagedFileError):
        DaySummaries.open(Journal.open(demo.root)).scan()
    assert path.read_bytes() != raw  # refused and left as found


def test_deleting_the_cache_or_a_day_loses_nothing_else(demo: Journal) -> None:
    summaries = DaySummaries.open(demo)
    summaries.scan()
    cache = cache_file(demo.root)
    assert cache is not None
    cache.unlink()
    demo.day_path(TODAY).unlink()
    assert TODAY not in summaries.scan()
    assert summaries.scan() == expected_rows(demo) and cache.exists()


def test_touch_updates_the_session_without_a_scan(
    demo: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    summaries = DaySummaries.open(demo)
    before = summaries.scan()[TODAY].food_mg
    reads = count_reads(monkeypatch)
    assert summaries.rows() == expected_rows(demo) and reads == []
    demo.add(food(TODAY, "Pumpkin seeds", 150.0, at="23:00"))
    summaries.touch(TODAY)
    assert summaries.rows()[TODAY].food_mg == before + 150.0
    assert reads == [demo.day_path(TODAY)]


def test_no_cache_folder_means_no_cache(demo: Journal, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(summaries_module.ENV_CACHE, "")
    assert cache_file(demo.root) is None
    assert DaySummaries.open(demo).scan() == expected_rows(demo)


def test_an_own_write_is_trusted_on_read_a_changed_file_is_checked(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = Journal.open(data_dir)
    journal.add(food(TODAY))
    calls: list[Path] = []
    real = day_files_module.parse_day_file

    def counted(data, path):  # type: ignore[no-untyped-def]
        calls.append(path)
        return real(data, path)

    monkeypatch.setattr(day_files_module, "parse_day_file", counted)
    assert [f.name for f in journal.day(TODAY).foods] == ["Almonds"]
    assert calls == []  # validated when written
    path = journal.day_path(TODAY)
    path.write_bytes(path.read_bytes().replace(b"Almonds", b"Walnuts"))
    assert [f.name for f in journal.day(TODAY).foods] == ["Walnuts"]
    assert calls == [path]
    assert journal.day(TODAY).foods[0].time == time(8, 0)


def test_export_docs_are_the_entries_docs_and_a_damaged_day_is_refused(demo: Journal) -> None:
    from journal.store.day_docs import day_docs

    # An older file's food without the optional keys: exported in full, as to_doc gives it.
    path = demo.day_path(date(2026, 11, 1))
    data = json.loads(path.read_bytes())
    data["foods"]["99"] = {"date": "2026-11-01", "time": "23:59", "name": "Old", "grams": 5,
                           "mg": 1, "id": "0123456789abcdef0123456789abcdef"}  # fmt: skip
    path.write_text(json.dumps(data))
    days = list(demo.days(date.min, TODAY))
    found = day_docs(demo, date.min, TODAY)
    for kind in found.docs:
        # The same docs day by day; within a day, the export keeps the file's order.
        def by_day(docs: list[dict[str, object]]) -> list[tuple[str, str]]:
            return sorted((str(doc["date"]), str(doc["id"])) for doc in docs)

        entries = [e.to_doc() for d in days for e in getattr(d, kind)]
        assert by_day(found.docs[kind]) == by_day(entries)
        assert sorted(found.docs[kind], key=str) == sorted(entries, key=str)
        assert sum(found.per_day[kind]) == len(found.docs[kind])
    assert found.complete == [d.date for d in days if d.complete]
    (old,) = [doc for doc in found.docs["foods"] if doc["id"] == "0123456789abcdef0123456789abcdef"]
    assert {"meal": "snack", "portion": "", "kcal": None, "grams": 5.0}.items() <= old.items()
    path.write_bytes(path.read_bytes().replace(b'"grams": 5', b'"grams": -5'))
    with pytest.raises(DamagedFileError):
        day_docs(demo, date.min, TODAY)


def test_a_scan_from_a_date_checks_only_the_files_from_then(
    demo: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    since = date(2026, 11, 1)
    summaries = DaySummaries(demo)  # no cache file: every day read when first scanned
    reads = count_reads(monkeypatch)
    recent = summaries.scan(since)
    assert recent == {d: r for d, r in expected_rows(demo).items() if d >= since}
    assert all(path.name >= "2026-11-01" for path in reads)
    assert summaries.scan() == expected_rows(demo)


def test_report_for_recent_days_does_not_read_a_damaged_old_day(demo: Journal) -> None:
    from tests.helpers import run_cli

    demo.day_path(date(2025, 1, 2)).write_bytes(b"{ torn")  # long before the last 30 days
    recent = run_cli("report", "--days", "30")
    assert recent.returncode == 0, recent.stderr
    assert "Mg Journal report" in recent.stdout
    everything = run_cli("report", "--days", "all")
    assert everything.returncode != 0 and "is damaged" in everything.stderr


def test_an_export_of_a_range_does_not_read_a_damaged_day_outside_it(
    demo: Journal, tmp_path: Path
) -> None:
    from journal.store.export import export_csv, export_json

    demo.day_path(date(2025, 1, 2)).write_bytes(b"{ torn")
    since = date(2026, 11, 1)
    export_json(demo, tmp_path / "range.json", since, TODAY)
    export_csv(demo, tmp_path / "range-csv", since, TODAY)
    doc = json.loads((tmp_path / "range.json").read_bytes())
    assert (
        doc["entries"]["foods"] and min(f["date"] for f in doc["entries"]["foods"]) >= "2026-11-01"
    )
    with pytest.raises(DamagedFileError):
        export_json(demo, tmp_path / "all.json", None, None)
