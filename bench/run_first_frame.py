"""Figure (a) alone, measured exactly as bench/run.py does, for quick iteration.

    python bench/run_first_frame.py [--runs N]

Builds the ten-year demo journal in a temp dir and runs `bench/first_frame.py
ours DIR` and `bench/first_frame.py bare`, interleaved: each from launch to its
first frame, and whole.
Writes nothing; bench/run.py gives every figure and results.json.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.run import NOW, bench_env, first_frame
from journal.core import clock
from journal.store.demo import build_demo_journal


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="runs of each side (run.py: 15)")
    args = parser.parse_args()
    clock.set_now(NOW)
    env = bench_env()
    with tempfile.TemporaryDirectory() as tmp:
        ten_year = build_demo_journal(Path(tmp) / "ten-year", 3650)
        result = first_frame(ten_year.root, env, args.runs)
    a, ratio, whole = result["a_first_frame_ms"], result["a_ratio"], result["a_whole_process_ms"]
    print(f"(a) start to first frame: {a['ours']:.0f} vs {a['bare']:.0f} ms = {ratio:.2f}x")
    print(
        f"    whole process, exit included: {whole['ours']:.0f} vs {whole['bare']:.0f} ms"
        f" = {whole['ratio']:.2f}x"
    )


if __name__ == "__main__":
    main()
