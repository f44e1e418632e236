"""How long the ten-year demo journal takes to generate and to write (median of 3 runs).

Run: PYTHONPATH=. python bench/bench_demo.py
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from journal.core.demo.journal import demo_entries
from journal.store.demo import build_demo_journal

DAYS = 3650


def main() -> None:
    generate, build = [], []
    entries = 0
    for _ in range(3):
        start = time.perf_counter()
        entries = sum(1 for _ in demo_entries(DAYS))
        generate.append(time.perf_counter() - start)
        with tempfile.TemporaryDirectory() as tmp:
            start = time.perf_counter()
            build_demo_journal(Path(tmp) / "j", DAYS)
            build.append(time.perf_counter() - start)
    print(f"demo {DAYS} days, {entries} entries")
    print(f"generate only: median {statistics.median(generate):.2f} s")
    print(f"generate + write: median {statistics.median(build):.2f} s")


if __name__ == "__main__":
    main()
