"""A Cronometer import reads each day file it covers once: the days it looks at first
(what an earlier import left there) are the days it then writes, not read again."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from journal.core.exchange.cronometer import parse_cronometer
from journal.store import storage
from journal.store.cronometer_import import import_cronometer
from journal.store.journal import Journal
from tests.helpers import food

HEADER = "Day,Time,Group,Food Name,Amount,Energy (kcal),Magnesium (mg)\n"
OATS = "2026-11-20,08:00,Breakfast,Oatmeal,250 g,150,60\n"
ALMONDS = "2026-11-21,08:00,Breakfast,Almonds,30 g,170,80\n"
FRIDAY, SATURDAY = date(2026, 11, 20), date(2026, 11, 21)


def test_each_day_file_is_read_once_and_the_import_lands_in_full(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = Journal.open(data_dir)
    import_cronometer(journal, parse_cronometer(HEADER + OATS + ALMONDS))
    journal.add(food(SATURDAY, "Banana"))  # typed here: kept as it is
    reads: Counter[str] = Counter()
    real = storage.read_with_stamp

    def counted(path: str | Path) -> tuple[bytes, storage.Stamp]:
        reads[Path(path).name] += 1
        return real(path)

    monkeypatch.setattr(storage, "read_with_stamp", counted)
    corrected = OATS.replace("250 g,150,60", "125 g,75,30")
    result = import_cronometer(journal, parse_cronometer(HEADER + corrected + ALMONDS))
    monkeypatch.undo()

    assert reads["2026-11-20.json"] == 1 and reads["2026-11-21.json"] == 1
    assert (result.imported, result.duplicates, result.withdrawn) == (1, 1, 1)
    friday = [(f.name, f.portion, f.mg) for f in Journal.open(data_dir).day(FRIDAY).foods]
    assert friday == [("Oatmeal", "125 g", 30.0)]
    saturday = sorted(f.name for f in Journal.open(data_dir).day(SATURDAY).foods)
    assert saturday == ["Almonds", "Banana"]
