"""Complete days: kept in the day's file, marked from the shell, by Cronometer and kept by JSON."""

from __future__ import annotations

import json
import stat
from datetime import date
from pathlib import Path

from journal.store.errors import DamagedFileError
from journal.store.journal import Journal
from tests.helpers import food, run_cli

DAY = date(2026, 11, 20)


def test_a_day_marked_complete_is_read_back_and_unmarked(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    journal.add(food(DAY))
    assert journal.day(DAY).complete is False
    assert journal.set_complete(DAY) is True and journal.set_complete(DAY) is False
    assert journal.day(DAY).complete is True and journal.day(date(2026, 11, 21)).complete is False
    # A complete day with nothing logged (a fast) is still a day the journal knows.
    journal.set_complete(date(2026, 10, 3))
    assert [d.date for d in journal.days(date(2026, 10, 1), DAY)] == [date(2026, 10, 3), DAY]
    path = journal.day_path(DAY)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert journal.set_complete(DAY, False) is True
    assert journal.day(DAY).complete is False and journal.day(DAY).foods


def test_a_malformed_day_mark_makes_the_day_refused(data_dir: Path) -> None:
    journal = Journal.open(data_dir)
    journal.set_complete(DAY)
    path = journal.day_path(DAY)
    data = json.loads(path.read_text())
    data["days"]["1"]["complete"] = "yes"
    path.write_text(json.dumps(data))
    try:
        journal.day(DAY)
    except DamagedFileError as exc:
        assert "day 1 is malformed" in str(exc)
    else:
        raise AssertionError("a malformed mark was read")


def test_done_marks_and_undoes_from_the_shell(data_dir: Path) -> None:
    first = run_cli("done")
    assert first.returncode == 0 and first.stdout == "2026-11-25 is now complete.\n"
    assert run_cli("done").stdout == "2026-11-25 is already complete.\n"
    assert run_cli("done", "--date", "2026-11-20").returncode == 0
    journal = Journal.open(data_dir)
    assert journal.day(date(2026, 11, 25)).complete and journal.day(DAY).complete
    undone = run_cli("done", "--date", "2026-11-20", "--undo")
    assert undone.stdout == "2026-11-20 is now not complete.\n"
    assert not journal.day(DAY).complete
    future = run_cli("done", "--date", "2026-12-01")
    assert future.returncode == 2 and "2026-12-01 is a day to come" in future.stderr
    assert len(future.stderr.splitlines()) == 1


SERVINGS = (
    "Day,Time,Group,Food Name,Amount,Energy (kcal),Magnesium (mg),Completed\n"
    "2026-11-19,07:30,Breakfast,Oatmeal,1.00 cup,166,61.2,true\n"
    "2026-11-19,,Lunch,Takeaway curry,1.00 serving,650,,true\n"
    "2026-11-20,,Dinner,Salmon,100 g,206,30,false\n"
)


def test_cronometer_completed_column_marks_days_once(tmp_path: Path, data_dir: Path) -> None:
    path = tmp_path / "servings.csv"
    path.write_text(SERVINGS, encoding="utf-8")
    first = run_cli("import", "cronometer", str(path))
    assert first.returncode == 0 and "Marked 1 day complete." in first.stdout
    journal = Journal.open(data_dir)
    assert journal.day(date(2026, 11, 19)).complete and not journal.day(DAY).complete
    again = run_cli("import", "cronometer", str(path))
    assert "imported: 0" in again.stdout and "Marked" not in again.stdout
    assert len(journal.read_file("entries/2026-11-19.json")["days"]) == 1


def test_json_export_keeps_complete_days(tmp_path: Path, data_dir: Path) -> None:
    source = Journal.open(tmp_path / "src")
    source.add(food(DAY))
    source.set_complete(DAY)
    source.set_complete(date(2026, 10, 3))
    out = tmp_path / "export.json"
    args = ("--data-dir", str(source.root), "export", "--format", "json", "-o", str(out))
    assert run_cli(*args).returncode == 0
    assert json.loads(out.read_text())["complete_days"] == ["2026-10-03", "2026-11-20"]
    result = run_cli("import", "json", str(out))
    assert result.returncode == 0 and "Marked 2 days complete." in result.stdout
    target = Journal.open(data_dir)
    assert target.day(DAY).complete and target.day(date(2026, 10, 3)).complete
    assert "Marked" not in run_cli("import", "json", str(out)).stdout
