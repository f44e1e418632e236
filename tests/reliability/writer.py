"""A shell-like writer for the kill and race tests: logs entries and reports each one saved.

usage: python writer.py DATA_DIR LABEL COUNT [--wait]
Prints "saved <id>" after each add returns, so the parent knows what must survive.
With --wait it starts up, prints "ready" and waits for a line on stdin before
writing: the kill test starts the next writer while it kills the current one,
so Python's start-up is not paid between kills.
"""

from __future__ import annotations

import sys
from datetime import date, time, timedelta
from pathlib import Path

from journal.core.entries.models import SymptomEntry
from journal.store.journal import Journal


def main() -> None:
    root, label, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    journal = Journal.open(root)
    if "--wait" in sys.argv[4:]:
        print("ready", flush=True)
        if not sys.stdin.readline():
            return
    start = date(2026, 9, 1)
    for n in range(count):
        # Spread over three months so writes hit several files.
        day = start + timedelta(days=n % 85)
        entry = SymptomEntry(day, time(n % 24, n % 60), "cramp", note=f"{label}-{n}")
        journal.add(entry)
        print(f"saved {entry.id}", flush=True)


if __name__ == "__main__":
    main()
