"""Time a Cronometer servings import of two years (730 days, 12 servings a day) into a
journal of those days, and count how often each day file is read (read_raw).

Run from a checkout: ``python bench/bench_cronometer_days.py [--runs 3]``. The file is
imported once, then again with one serving a day corrected in Cronometer: the re-import
is the one that meets every day's file already there. Prints the median seconds of each
and the reads per day file of the re-import (1 is each day read once).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from journal.core import clock
from journal.core.exchange.cronometer import parse_cronometer
from journal.store import storage
from journal.store.cronometer_import import import_cronometer
from journal.store.journal import Journal

DAYS, PER_DAY = 730, 12


def servings(corrected: bool) -> str:
    rows = ["Day,Time,Group,Food Name,Amount,Energy (kcal),Magnesium (mg)"]
    start = date(2024, 1, 1)
    for d in range(DAYS):
        day = start + timedelta(days=d)
        for n in range(PER_DAY):
            mg = 31 if corrected and n == 0 else 30
            rows.append(f"{day},08:{n:02d},Breakfast,Food {n},100 g,120,{mg}")
    return "\n".join(rows) + "\n"


def run_once() -> tuple[float, float, float, float]:
    """(first import s, re-import s, reads per day file in the re-import, seconds of the
    re-import spent reading and decoding files)."""
    first, again = parse_cronometer(servings(False)), parse_cronometer(servings(True))
    with tempfile.TemporaryDirectory() as work:
        journal = Journal.open(Path(work))
        start = time.perf_counter()
        import_cronometer(journal, first)
        took_first = time.perf_counter() - start
        reads: Counter[str] = Counter()
        spent = [0.0]
        real_read, real_decode = storage.read_with_stamp, storage.decode

        def counted(path: str | Path) -> tuple[bytes, storage.Stamp]:
            reads[str(path)] += 1
            began = time.perf_counter()
            try:
                return real_read(path)
            finally:
                spent[0] += time.perf_counter() - began

        def decoded(raw: bytes, where: str | Path) -> dict[str, object]:
            began = time.perf_counter()
            try:
                return real_decode(raw, where)
            finally:
                spent[0] += time.perf_counter() - began

        storage.read_with_stamp = counted  # type: ignore[assignment]
        storage.decode = decoded  # type: ignore[assignment]
        try:
            start = time.perf_counter()
            import_cronometer(journal, again)
            took_again = time.perf_counter() - start
        finally:
            storage.read_with_stamp, storage.decode = real_read, real_decode  # type: ignore[assignment]
        day_reads = [n for p, n in reads.items() if "/entries/" in p]
        return took_first, took_again, sum(day_reads) / max(1, len(day_reads)), spent[0]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    clock.set_now(clock.now().replace(year=2026, month=11, day=25))
    results = [run_once() for _ in range(runs)]
    print(f"{DAYS} days x {PER_DAY} servings, median of {runs}:")
    print(f"  first import {statistics.median(r[0] for r in results):.2f} s")
    print(f"  re-import    {statistics.median(r[1] for r in results):.2f} s")
    print(f"  re-import reads each day file {results[0][2]:.1f} times, ", end="")
    print(f"reading and decoding {statistics.median(r[3] for r in results):.2f} s of it")


if __name__ == "__main__":
    main()
