"""The demo journal on disk: built in one write per day file, readable, refused over a journal."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from journal.core.demo.journal import demo_entries
from journal.store.demo import build_demo_journal
from journal.store.errors import StoreError
from journal.store.journal import Journal
from tests.helpers import food, run_cli


def stored_docs(journal: Journal) -> list[dict[str, object]]:
    return sorted(
        (
            e.to_doc()
            for day in journal.days(date(1900, 1, 1), date(2026, 11, 25))
            for kind in ("foods", "supplements", "symptoms", "factors")
            for e in getattr(day, kind)
        ),
        key=lambda d: str(d["id"]),
    )


def test_build_matches_the_generator(tmp_path: Path) -> None:
    journal = build_demo_journal(tmp_path / "demo", days=90, seed=5)
    expected = sorted((e.to_doc() for e in demo_entries(90, seed=5)), key=lambda d: d["id"])
    assert stored_docs(journal) == expected
    for path in (tmp_path / "demo" / "entries").iterdir():
        assert path.stat().st_mode & 0o777 == 0o600


def test_ten_years_build_every_entry_on_its_day(tmp_path: Path) -> None:
    journal = build_demo_journal(tmp_path / "ten", days=3650)
    generated = list(demo_entries(3650))
    assert stored_docs(journal) == sorted((e.to_doc() for e in generated), key=lambda d: d["id"])
    days = {e.date for e in generated}
    # Ten years back from the pinned today, every day's file named for the day it holds.
    assert min(days) == date(2026, 11, 25) - timedelta(days=3649) and max(days) <= date(
        2026, 11, 25
    )
    files = sorted((tmp_path / "ten" / "entries").glob("*.json"))
    assert [date.fromisoformat(f.stem) for f in files] == sorted(days)
    assert len(journal.months()) == 121  # Dec 2016 .. Nov 2026, both partial


def test_refuses_a_folder_with_a_journal(data_dir: Path) -> None:
    from journal.store.journal import Journal

    Journal.open(data_dir).add(food(date(2026, 11, 1)))
    with pytest.raises(StoreError, match="already holds a journal"):
        build_demo_journal(data_dir, days=10)
    assert len(Journal.open(data_dir).day(date(2026, 11, 1)).foods) == 1


def test_cli_builds_only_into_an_explicit_folder(tmp_path: Path, data_dir: Path) -> None:
    result = run_cli("demo", "--days", "20", "--data-dir", str(tmp_path / "d"), "--no-open")
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()) == tmp_path / "d"
    assert list((tmp_path / "d" / "entries").glob("*.json"))
    result = run_cli("demo", "--days", "5", "--no-open")  # $MG_JOURNAL_DIR is not used
    assert result.returncode == 0, result.stderr
    assert not data_dir.exists()
    built = Path(result.stdout.strip())
    assert built.name.startswith("mg-journal-demo-")
    assert list((built / "entries").glob("*.json"))
