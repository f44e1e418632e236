"""Time a Cronometer import of 5,000 and of 20,000 distinct foods, and an edit in a
ten-year journal (its own day first, against a search of every day).

Run from a checkout: ``python bench/bench_import.py``. The import holds the
journal's lock while it writes, so other writers wait for it (they give up after
15 s): its cost must grow with the rows, not with their square. Before the fix,
20,000 distinct foods took 21 s. Prints seconds and the 20k/5k ratio (4x is linear).
"""

from __future__ import annotations

import dataclasses
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from datetime import time as clock_time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from journal.core import clock
from journal.core.entries.models import SymptomEntry
from journal.core.exchange.cronometer import parse_cronometer
from journal.store.bulk import add_entries
from journal.store.edits import update_entry
from journal.store.importer import import_cronometer
from journal.store.journal import Journal


def servings(foods: int) -> str:
    rows = ["Day,Time,Group,Food Name,Amount,Energy (kcal),Magnesium (mg)"]
    start = date(2020, 1, 1)
    for n in range(foods):
        day = start + timedelta(days=n % 1500)
        rows.append(f"{day},08:00,Breakfast,Food number {n},100 g,120,30")
    return "\n".join(rows) + "\n"


def time_import(foods: int) -> float:
    text = servings(foods)
    with tempfile.TemporaryDirectory() as work:
        journal = Journal.open(Path(work))
        start = time.perf_counter()
        import_cronometer(journal, parse_cronometer(text))
        return time.perf_counter() - start


def time_edits(runs: int = 5) -> tuple[float, float]:
    """Median ms of an edit of the newest entry in a ten-year journal: (own day, every day)."""
    with tempfile.TemporaryDirectory() as work:
        journal = Journal.open(Path(work))
        first = date(2016, 11, 1)
        entries = [
            SymptomEntry(first + timedelta(days=d), clock_time(8, 0), "cramp", note="n" * 40)
            for d in range(3650)
        ]
        add_entries(journal, entries)
        medians = []
        for everywhere in (False, True):
            took = []
            for n in range(runs):
                start = time.perf_counter()
                update_entry(
                    journal,
                    entries[-1],
                    lambda e, n=n: dataclasses.replace(e, severity=1 + n % 5),
                    everywhere=everywhere,
                )
                took.append(time.perf_counter() - start)
            medians.append(statistics.median(took) * 1000)
        return medians[0], medians[1]


def main() -> None:
    clock.set_now(clock.now().replace(year=2026, month=11, day=25))
    small, large = time_import(5_000), time_import(20_000)
    print(f"Cronometer import, 5,000 distinct foods:  {small:.2f} s")
    print(f"Cronometer import, 20,000 distinct foods: {large:.2f} s ({large / small:.1f}x)")
    own, every = time_edits()
    print(f"edit in a ten-year journal: {own:.0f} ms (its day first), {every:.0f} ms (every day)")


if __name__ == "__main__":
    main()
