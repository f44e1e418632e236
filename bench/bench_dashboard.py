"""Bench: the dashboard over a ten-year journal (3,650 days, about 40,000 entries).

    PYTHONPATH=. python bench/bench_dashboard.py [--runs 15]

Builds the seeded ten-year demo journal in a temp dir (journal/store/demo.py), then times reading
the days from the store and computing the whole dashboard (rows, every 2x2,
lag and factor comparison, correlations, findings, sources, gap) separately,
and prints the medians. Target: compute at most 100 ms median.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time as timer
from datetime import date, datetime, time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from journal.core import clock
from journal.core.analysis.dashboard import build
from journal.store.demo import build_demo_journal

END = date(2026, 11, 25)
DAYS = 3650


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as tmp:
        clock.set_now(datetime.combine(END, time(21, 0)))
        journal = build_demo_journal(Path(tmp), DAYS)
        reads, computes = [], []
        for _ in range(runs):
            t0 = timer.perf_counter()
            days = list(journal.days(date.min, END))
            t1 = timer.perf_counter()
            dash = build(days, END, None, 310.0)
            t2 = timer.perf_counter()
            reads.append((t1 - t0) * 1000)
            computes.append((t2 - t1) * 1000)
    entries = sum(
        len(d.foods) + len(d.supplements) + len(d.symptoms) + len(d.factors) for d in days
    )
    print(f"journal: {dash.analysis.days} days, {len(days)} with entries, {entries} entries")
    print(f"read    median {statistics.median(reads):7.1f} ms  (min {min(reads):.1f}, {runs} runs)")
    print(
        f"compute median {statistics.median(computes):7.1f} ms  "
        f"(min {min(computes):.1f}, {runs} runs; target <= 100 ms)"
    )


if __name__ == "__main__":
    main()
