"""Start-up and quick log with the journal encrypted (age) against plain, in one run.

    python bench/bench_encryption.py [--runs 7] [--days 3650]

Builds the demo journal twice in a temp dir and encrypts one (`mg-journal
encrypt`, its key in a temp config folder). Then, interleaved, for each: (a)
from launching the app to its first frame (bench/first_frame.py, as run.py
measures it), a quick log (`mg-journal log cramp`, a fresh process as from a
shell) and reading every day in-process (what the dashboard loads). Prints
medians and the encrypted/plain ratio. Writes nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time as timer
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.run import NOW, bench_env, interleaved, run
from journal.core import clock
from journal.store.demo import build_demo_journal
from journal.store.encryption import encrypt


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--days", type=int, default=3650, help="demo journal length")
    args = parser.parse_args()
    clock.set_now(NOW)
    with tempfile.TemporaryDirectory() as tmp:
        env = {**bench_env(), "MG_JOURNAL_CONFIG": str(Path(tmp) / "config")}
        os.environ["MG_JOURNAL_CONFIG"] = env["MG_JOURNAL_CONFIG"]
        roots = {
            "plain": build_demo_journal(Path(tmp) / "plain", args.days).root,
            "encrypted": build_demo_journal(Path(tmp) / "encrypted", args.days).root,
        }
        started = timer.perf_counter()
        from journal.store.journal import Journal

        count, _ = encrypt(Journal(roots["encrypted"]))
        print(f"encrypt: {count} files in {timer.perf_counter() - started:.1f} s")
        frame: dict[str, list[float]] = {"plain": [], "encrypted": []}
        driver = [sys.executable, str(ROOT / "bench" / "first_frame.py"), "ours"]
        log = [sys.executable, "-m", "journal", "--data-dir"]

        def first_frame(which: str) -> Callable[[], object]:
            def once() -> None:
                launched = timer.time()  # the clock first_frame.py reports its frame on
                frame_at = float(run([*driver, str(roots[which])], env).split()[-2])
                frame[which].append((frame_at - launched) * 1000)

            return once

        def quick_log(which: str) -> Callable[[], object]:
            return lambda: run([*log, str(roots[which]), "log", "cramp"], env)

        sides = ("plain", "encrypted")
        for which in sides:  # warm the OS file cache
            first_frame(which)(), quick_log(which)()
            frame[which].clear()
        interleaved([first_frame(w) for w in sides], args.runs)
        logs = interleaved([quick_log(w) for w in sides], args.runs)

        def read_all(which: str) -> Callable[[], object]:
            journal = Journal(roots[which])
            return lambda: sum(1 for _ in journal.days(date.min, date.max))

        reads = interleaved([read_all(w) for w in sides], max(3, args.runs // 2))
    a = {w: statistics.median(frame[w]) for w in sides}
    q = {w: statistics.median(t) for w, t in zip(sides, logs, strict=True)}
    print(
        f"(a) start to first frame: encrypted {a['encrypted']:.0f} ms, plain {a['plain']:.0f} ms"
        f" = {a['encrypted'] / a['plain']:.2f}x"
    )
    print(
        f"quick log (mg-journal log cramp): encrypted {q['encrypted']:.0f} ms, "
        f"plain {q['plain']:.0f} ms = {q['encrypted'] / q['plain']:.2f}x"
    )
    r = {w: statistics.median(t) for w, t in zip(sides, reads, strict=True)}
    print(
        f"reading every day (the dashboard's load, in-process): encrypted {r['encrypted']:.0f} ms,"
        f" plain {r['plain']:.0f} ms = {r['encrypted'] / r['plain']:.2f}x"
    )
    print(f"({args.runs} runs each, interleaved; {args.days}-day demo journal)")


if __name__ == "__main__":
    main()
