"""Time the food table parse, the index build and keystroke-by-keystroke search.

Run from a checkout: ``python bench/bench_search.py`` (``--repeat N`` to vary). Each
query is every prefix of a realistic phrase ("a", "al", "alm", ...), as the search box
sees them while someone types, so the figures match what the person feels.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from journal.core.food.foods import parse_food_table
from journal.core.food.search import FoodIndex
from journal.store.shipped import read_food_table

PHRASES = (
    "almonds",
    "oat bran",
    "spinach boiled",
    "black beans",
    "banana",
    "avocado",
    "brown rice",
    "whole wheat bread",
    "pumpkin seeds",
    "dark chocolate",
    "milk",
    "cashews",
    "yogurt plain",
    "salmon",
    "almnd",
    "spinch",
)


def keystrokes(phrases: tuple[str, ...]) -> list[str]:
    """Every prefix of every phrase: "a", "al", "alm", ..."""
    return [phrase[:end] for phrase in phrases for end in range(1, len(phrase) + 1)]


def _ms(nanoseconds: int) -> float:
    return nanoseconds / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="passes over the queries")
    args = parser.parse_args()
    text = read_food_table()

    start = time.perf_counter_ns()
    foods = parse_food_table(text)
    parsed = time.perf_counter_ns()
    index = FoodIndex(foods)
    built = time.perf_counter_ns()
    print(f"parse table: {_ms(parsed - start):.1f} ms ({len(foods)} foods)")
    print(f"build index: {_ms(built - parsed):.1f} ms")

    queries = keystrokes(PHRASES)
    timings = []
    for _ in range(args.repeat):
        for query in queries:
            start = time.perf_counter_ns()
            index.search(query)
            timings.append(time.perf_counter_ns() - start)
    timings.sort()
    p95 = timings[int(0.95 * (len(timings) - 1))]
    print(
        f"search: {len(queries)} keystroke queries x {args.repeat}: "
        f"median {_ms(int(statistics.median(timings))):.3f} ms, p95 {_ms(p95):.3f} ms, "
        f"max {_ms(timings[-1]):.3f} ms"
    )


if __name__ == "__main__":
    main()
