"""The benchmark suite: one command, medians over repeated runs, ratios taken in one run.

    python bench/run.py [--quick]

Builds the ten-year demo journal (3,650 days) and an empty one in a temp dir,
then measures the figures below, prints them and writes bench/results.json:

  (a) start to first frame: mg-journal on the ten-year journal vs a bare
      Textual app (Header, Static, Footer)                        goal <= 1.25x
  (b) shell quick-log `mg-journal log cramp` vs `jrnl "text"`     goal <= 1.0x
  (c) one logged entry, ten-year journal vs an empty one          goal <= 2x
  (d) food search per keystroke over the whole food table         goal <= 5 ms
  (e) dashboard recompute over ten years                          goal <= 100 ms
  (f) peak memory of the app on the ten-year journal vs the bare
      app                                                         goal <= 1.5x

jrnl is installed on first use into bench/.venv-jrnl. These machines are
noisy: every comparison interleaves its two sides, so noise hits both alike.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time as timer
from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_quicklog import JRNL, JRNL_CONFIG, ensure_jrnl
from bench.bench_search import PHRASES, keystrokes
from journal.core import clock
from journal.core.analysis.dashboard import build
from journal.core.entries.models import SymptomEntry
from journal.core.food.foods import parse_food_table
from journal.core.food.search import FoodIndex
from journal.store.demo import build_demo_journal
from journal.store.journal import Journal
from journal.store.shipped import read_food_table

END = date(2026, 11, 25)
NOW = datetime.combine(END, time(21, 0))


def bench_env(code: Path = ROOT) -> dict[str, str]:
    """The environment the timed processes run in, with `code`'s journal/ (this checkout,
    or an earlier one timed beside it) compiled to bytecode.

    pip compiles an installed package (and has compiled Textual here), so a
    person's mg-journal never parses its own source at start; with
    PYTHONDONTWRITEBYTECODE set, a source checkout would, on every run (an earlier
    checkout left uncompiled took ~35 ms longer to start than the same code compiled).
    """
    compileall.compile_dir(code / "journal", quiet=1)
    return {**os.environ, "PYTHONPATH": str(code), "MG_JOURNAL_NOW": NOW.isoformat()}


def interleaved(actions: list[Callable[[], object]], runs: int) -> list[list[float]]:
    """Milliseconds of each action per run, run round-robin."""
    times: list[list[float]] = [[] for _ in actions]
    for _ in range(runs):
        for slot, action in enumerate(actions):
            start = timer.perf_counter()
            action()
            times[slot].append((timer.perf_counter() - start) * 1000)
    return times


def run(cmd: list[str], env: dict[str, str]) -> str:
    return subprocess.run(cmd, env=env, check=True, capture_output=True, text=True).stdout


def first_frame(ten_year: Path, env: dict[str, str], runs: int) -> dict[str, Any]:
    """(a) from launching each app's process to its first frame, and (f) its peak memory;
    the whole process, exit included, is timed too."""
    driver = [sys.executable, str(ROOT / "bench" / "first_frame.py")]
    to_frame: dict[str, list[float]] = {"ours": [], "bare": []}
    memory: dict[str, list[int]] = {"ours": [], "bare": []}

    def launch(which: str) -> Callable[[], object]:
        args = [*driver, "ours", str(ten_year)] if which == "ours" else [*driver, "bare"]

        def once() -> None:
            launched = timer.time()  # the clock the process reports its first frame on
            frame_at, peak = run(args, env).split()[-2:]
            to_frame[which].append((float(frame_at) - launched) * 1000)
            memory[which].append(int(peak))

        return once

    launch("ours")(), launch("bare")()  # warm the OS file cache
    for side in (*to_frame.values(), *memory.values()):
        side.clear()
    whole_ours, whole_bare = interleaved([launch("ours"), launch("bare")], runs)
    ours, bare = statistics.median(to_frame["ours"]), statistics.median(to_frame["bare"])
    return {
        "a_first_frame_ms": {"ours": ours, "bare": bare},
        "a_ratio": ours / bare,
        "a_whole_process_ms": {
            "ours": statistics.median(whole_ours),
            "bare": statistics.median(whole_bare),
            "ratio": statistics.median(whole_ours) / statistics.median(whole_bare),
        },
        "f_peak_memory_kib": {
            "ours": statistics.median(memory["ours"]),
            "bare": statistics.median(memory["bare"]),
        },
        "f_ratio": statistics.median(memory["ours"]) / statistics.median(memory["bare"]),
    }


def quick_log(work: Path, env: dict[str, str], runs: int) -> dict[str, Any]:
    ensure_jrnl()
    config = work / "jrnl.yaml"
    config.write_text(JRNL_CONFIG.format(journal=work / "jrnl.txt"))
    env = {**env, "HOME": str(work)}
    ours = [sys.executable, "-m", "journal", "--data-dir", str(work / "quick"), "log", "cramp"]
    theirs = [str(JRNL), "--config-file", str(config), "Calf cramp at night."]
    run(ours, env), run(theirs, env)
    t_ours, t_jrnl = interleaved([lambda: run(ours, env), lambda: run(theirs, env)], runs)
    return {
        "b_quick_log_ms": {"ours": statistics.median(t_ours), "jrnl": statistics.median(t_jrnl)},
        "b_ratio": statistics.median(t_ours) / statistics.median(t_jrnl),
    }


def one_entry(ten_year: Journal, empty: Journal, runs: int) -> dict[str, Any]:
    def log_into(journal: Journal) -> Callable[[], object]:
        return lambda: journal.add(SymptomEntry(END, time(22, 0), "cramp"))

    big, new = interleaved([log_into(ten_year), log_into(empty)], runs)
    return {
        "c_one_entry_ms": {"ten_year": statistics.median(big), "empty": statistics.median(new)},
        "c_ratio": statistics.median(big) / statistics.median(new),
    }


def search(repeat: int) -> dict[str, Any]:
    index = FoodIndex(parse_food_table(read_food_table()))
    queries = keystrokes(PHRASES)
    timings = [t for t in interleaved([lambda q=q: index.search(q) for q in queries], repeat)]
    flat = sorted(ms for per_query in timings for ms in per_query)
    return {
        "d_search_ms": {
            "median": statistics.median(flat),
            "p95": flat[int(0.95 * (len(flat) - 1))],
            "queries": len(flat),
        }
    }


def dashboard(ten_year: Journal, runs: int) -> dict[str, Any]:
    days = list(ten_year.days(date.min, END))
    (computes,) = interleaved([lambda: build(days, END, None, 310.0)], runs)
    reads = interleaved([lambda: list(Journal(ten_year.root).days(date.min, END))], 3)[0]
    return {
        "e_dashboard_ms": {
            "compute": statistics.median(computes),
            "read_ten_years": statistics.median(reads),
        }
    }


GOALS = {"a_ratio": 1.25, "b_ratio": 1.0, "c_ratio": 2.0, "f_ratio": 1.5}


def report(results: dict[str, Any]) -> None:
    def line(label: str, value: str, goal: str, ok: bool) -> None:
        print(f"{label:<46} {value:<34} {goal:<10} {'ok' if ok else 'MISSED'}")

    a, b, c = results["a_first_frame_ms"], results["b_quick_log_ms"], results["c_one_entry_ms"]
    d, e, f = results["d_search_ms"], results["e_dashboard_ms"], results["f_peak_memory_kib"]
    line(
        "(a) start to first frame, ten years vs bare",
        f"{a['ours']:.0f} vs {a['bare']:.0f} ms = {results['a_ratio']:.2f}x",
        "<= 1.25x",
        results["a_ratio"] <= 1.25,
    )
    whole = results["a_whole_process_ms"]
    print(
        f"{'    whole process, exit included':<46} "
        f"{whole['ours']:.0f} vs {whole['bare']:.0f} ms = {whole['ratio']:.2f}x"
    )
    line(
        '(b) mg-journal log cramp vs jrnl "text"',
        f"{b['ours']:.0f} vs {b['jrnl']:.0f} ms = {results['b_ratio']:.2f}x",
        "<= 1.0x",
        results["b_ratio"] <= 1.0,
    )
    line(
        "(c) one entry, ten-year vs empty journal",
        f"{c['ten_year']:.2f} vs {c['empty']:.2f} ms = {results['c_ratio']:.2f}x",
        "<= 2x",
        results["c_ratio"] <= 2.0,
    )
    line(
        "(d) food search per keystroke",
        f"median {d['median']:.3f} ms, p95 {d['p95']:.3f} ms",
        "<= 5 ms",
        d["median"] <= 5,
    )
    line(
        "(e) dashboard recompute, ten years",
        f"{e['compute']:.1f} ms (reading: {e['read_ten_years']:.0f} ms)",
        "<= 100 ms",
        e["compute"] <= 100,
    )
    line(
        "(f) peak memory, ten years vs bare",
        f"{f['ours'] / 1024:.1f} vs {f['bare'] / 1024:.1f} MiB = {results['f_ratio']:.2f}x",
        "<= 1.5x",
        results["f_ratio"] <= 1.5,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs, for a smoke test")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results.json")
    args = parser.parse_args()
    runs = 3 if args.quick else 15
    clock.set_now(NOW)
    env = bench_env()
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        started = timer.perf_counter()
        ten_year = build_demo_journal(work / "ten-year", 3650)
        empty = Journal.open(work / "empty")
        results["built_ten_year_s"] = timer.perf_counter() - started
        results["ten_year_entries"] = sum(
            len(d.foods) + len(d.supplements) + len(d.symptoms) + len(d.factors)
            for d in ten_year.days(date.min, END)
        )
        results |= first_frame(ten_year.root, env, runs)
        results |= quick_log(work, env, runs)
        results |= one_entry(ten_year, empty, runs * 2)
        results |= search(3 if args.quick else 5)
        results |= dashboard(ten_year, runs)
    results["machine"] = {
        "date": datetime.now().isoformat(timespec="minutes"),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "runs": runs,
    }
    results["goals"] = GOALS
    print(
        f"ten-year demo journal: {results['ten_year_entries']:,} entries, "
        f"built in {results['built_ten_year_s']:.1f} s; medians of {runs} runs\n"
    )
    report(results)
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    print(f"\nwritten to {args.out}")


if __name__ == "__main__":
    main()
