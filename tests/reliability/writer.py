"""A shell-like writer for the kill and race tests: logs entries and reports each one saved.

usage: python writer.py DATA_DIR LABEL COUNT
Prints "saved <id>" after each add returns, so the parent knows what must survive.
"""

from __future__ import annotations

import sys
from datetime import date, time, timedelta
from pathlib import Path

from journal.core.models import SymptomEntry
from journal.store.journal import Journal


def main() -> None:
    root, label, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    journal = Journal.open(root)
    start = date(2026, 9, 1)
    for n in range(count):
        # Spread over three months so writes hit several files.
        day = start + timedelta(days=n % 85)
        entry = SymptomEntry(day, time(n % 24, n % 60), "cramp", note=f"{label}-{n}")
        journal.add(entry)
        print(f"saved {entry.id}", flush=True)


if __name__ == "__main__":
    main()
