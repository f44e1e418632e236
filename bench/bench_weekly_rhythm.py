"""The main answer on journals whose low days keep a weekly rhythm.

The shift test compares the symptom series with shifted copies of itself; when low days
fall on the same weekdays every week, shifts by whole weeks line the pattern up again,
so some power is lost (never level: a shift is as likely as the observed alignment
under no pattern). This prints how often a planted ratio is found when low days keep
the rhythm, against the same chances of a low day spread over the week.

    PYTHONPATH=. python bench/bench_weekly_rhythm.py --journals 100 --days 90 \
        --weekend 1.0 --weekday 0.0
"""

from __future__ import annotations

import argparse
import random
import tempfile
from datetime import date, timedelta
from datetime import time as clock
from pathlib import Path
from time import perf_counter

from journal.core.analysis.dashboard import build
from journal.core.entries.models import FoodEntry, SymptomEntry
from journal.store.journal import Journal

TODAY = date(2026, 12, 7)
TARGET = 320.0


def found(seed: int, days: int, p_weekend: float, p_weekday: float, rr: float) -> bool:
    """One journal: low days with the given chances, symptoms `rr` times as common on them."""
    rnd = random.Random(seed)
    journal = Journal.open(Path(tempfile.mkdtemp()))
    for i in range(1, days + 1):
        day = TODAY - timedelta(days=i)
        low = rnd.random() < (p_weekend if day.weekday() >= 5 else p_weekday)
        mg = 32.0 if low else 468.0
        journal.add(FoodEntry(day, clock(8, 0), "Food", 100.0, mg, 100.0, "breakfast"))
        if rnd.random() < 0.15 * (rr if low else 1.0):
            journal.add(SymptomEntry(day, clock(6, 0), "cramp"))
    read = list(journal.days(TODAY - timedelta(days=days), TODAY))
    return build(read, TODAY, days, TARGET).findings[0].startswith("Found")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--journals", type=int, default=100)
    parser.add_argument("--days", type=int, default=90)
    parser.add_argument("--weekend", type=float, default=1.0, help="chance a weekend day is low")
    parser.add_argument("--weekday", type=float, default=0.0, help="chance a weekday is low")
    parser.add_argument("--rr", type=float, default=3.0)
    args = parser.parse_args()
    spread = (2 * args.weekend + 5 * args.weekday) / 7
    start = perf_counter()
    for label, we, wd in (
        ("weekly rhythm", args.weekend, args.weekday),
        ("spread", spread, spread),
    ):
        n = sum(found(s, args.days, we, wd, args.rr) for s in range(args.journals))
        print(
            f"{label:>14}: low on a weekend day {we:.0%}, a weekday {wd:.0%}: RR {args.rr:g} "
            f"found in {n} of {args.journals} journals of {args.days} days"
        )
    print(f"({perf_counter() - start:.0f} s)")


if __name__ == "__main__":
    main()
