"""Insert and open cost of the store as the journal ages, against TinyDB's own JSONStorage.

    python bench/bench_store.py [--repeat 30]

Builds journals of 1,000 and 40,000 entries (about ten years of eating) in a
temp dir and prints medians: one logged entry, and reading the day the
Today screen shows. The ratio 40,000 : empty is the figure that must stay <= 2.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time as clock_time
from collections.abc import Callable
from datetime import date, time, timedelta
from pathlib import Path

from tinydb import TinyDB
from tinydb.storages import JSONStorage

from journal.core.entries.models import FoodEntry, SymptomEntry
from journal.store.atomic import atomic_write_bytes
from journal.store.journal import Journal
from journal.store.paths import ensure_private_dir
from journal.store.storage import encode

TODAY = date(2026, 11, 25)


def synthetic(count: int) -> list[FoodEntry]:
    """`count` food entries spread evenly backwards from TODAY (11 a day, as in real logs)."""
    per_day = 11
    return [
        FoodEntry(TODAY - timedelta(days=n // per_day), time(8 + n % per_day, 0), "Oats", 40, 55)
        for n in range(count)
    ]


def build_journal(root: Path, entries: list[FoodEntry]) -> Journal:
    ensure_private_dir(root / "entries")
    days: dict[str, dict[str, dict[str, object]]] = {}
    for entry in entries:
        table = days.setdefault(entry.date.isoformat(), {}).setdefault("foods", {})
        table[str(len(table) + 1)] = entry.to_doc()
    for key, tables in days.items():
        atomic_write_bytes(root / "entries" / f"{key}.json", encode(tables))
    return Journal(root)


def build_single_file(path: Path, entries: list[FoodEntry]) -> TinyDB:
    db = TinyDB(path, storage=JSONStorage)
    db.table("foods").insert_multiple(e.to_doc() for e in entries)
    return db


def interleaved_medians(actions: list[Callable[[int], object]], repeat: int) -> list[float]:
    """Median ms of each action, run round-robin so machine noise hits them all alike."""
    times: list[list[float]] = [[] for _ in actions]
    for n in range(repeat):
        for slot, action in enumerate(actions):
            start = clock_time.perf_counter()
            action(n)
            times[slot].append((clock_time.perf_counter() - start) * 1000)
    return [statistics.median(t) for t in times]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=40)
    repeat = parser.parse_args().repeat
    sizes = (0, 1_000, 40_000)
    with tempfile.TemporaryDirectory() as tmp:
        journals = [build_journal(Path(tmp) / f"ours-{n}", synthetic(n)) for n in sizes]
        files = [Path(tmp) / f"tinydb-{n}.json" for n in sizes]
        dbs = [build_single_file(path, synthetic(n)) for path, n in zip(files, sizes, strict=True)]

        def log_into(journal: Journal) -> Callable[[int], object]:
            return lambda n: journal.add(SymptomEntry(TODAY, time(12, n % 60), "cramp"))

        def open_today(journal: Journal) -> Callable[[int], object]:
            return lambda n: Journal(journal.root).day(TODAY)

        def naive_insert(db: TinyDB) -> Callable[[int], object]:
            return lambda n: db.table("symptoms").insert({"n": n})

        def naive_open(path: Path) -> Callable[[int], object]:
            return lambda n: TinyDB(path).table("foods").all()

        inserts = interleaved_medians([log_into(j) for j in journals], repeat)
        opens = interleaved_medians([open_today(j) for j in journals], repeat)
        naive_inserts = interleaved_medians([naive_insert(db) for db in dbs], max(5, repeat // 4))
        naive_opens = interleaved_medians([naive_open(path) for path in files], 5)
    print(
        f"{'entries':>8} {'insert ms':>10} {'x empty':>8} {'open ms':>8}"
        f" {'JSONStorage insert ms':>22} {'JSONStorage open ms':>20}"
    )
    for row in zip(sizes, inserts, opens, naive_inserts, naive_opens, strict=True):
        size, insert, open_ms, naive, naive_open_ms = row
        print(
            f"{size:>8,} {insert:>10.2f} {insert / inserts[0]:>8.2f} {open_ms:>8.2f}"
            f" {naive:>22.2f} {naive_open_ms:>20.2f}"
        )
    print("insert: one entry through the store (lock, read the day, atomic write, fsyncs, backup);")
    print("open: read the day the Today screen shows. JSONStorage: TinyDB's own, one file.")


if __name__ == "__main__":
    main()
