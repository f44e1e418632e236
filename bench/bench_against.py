"""This tree against an earlier commit, in one run: the shell's quick log and the app's start.

    python bench/bench_against.py [--ref 4ad4826] [--runs 10] [--days 3650] [--instructions]

Checks REF out into a temporary git worktree (removed at the end), compiles both
trees' journal/ to bytecode (as pip would), builds one demo journal and gives
each tree its own copy, then times, run by run in turn (this, REF, this, ...):

- quick log: `python -m journal --data-dir DIR log cramp`, launch to exit;
- start: each tree's `bench/first_frame.py ours DIR`, launch to the first frame.

Prints the median of each side and the ratio this/REF (below 1: this tree is
faster), in wall time and in the processes' CPU time (user + system), which a
busy machine disturbs less. With --instructions, each side also runs once under
valgrind's callgrind, whose instruction count a busy machine does not disturb at
all (a change of a module or two moves Python's garbage collections, and the
count with them, by about 1%). 4ad4826 is the commit before core was grouped
into subject packages.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time as timer
from collections.abc import Callable
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.run import NOW, bench_env, interleaved
from journal.core import clock
from journal.store.demo import build_demo_journal


def run(cmd: list[str], env: dict[str, str], tree: Path, cpu: list[float] | None = None) -> str:
    """Run from inside `tree` (`python -m` and `-c` put the working directory first on
    sys.path); the process's CPU time (user + system, ms) is added to `cpu`."""
    before = os.times()
    out = subprocess.run(cmd, env=env, cwd=tree, check=True, capture_output=True, text=True)
    after = os.times()
    if cpu is not None:
        used = (after.children_user - before.children_user) + (
            after.children_system - before.children_system
        )
        cpu.append(used * 1000)
    return out.stdout


def check_imports_from(tree: Path, env: dict[str, str]) -> None:
    """The timed processes must load the tree's own journal, not the installed one."""
    code = "import journal, pathlib; print(pathlib.Path(journal.__file__).parent.parent)"
    found = run([sys.executable, "-c", code], env, tree).strip()
    if Path(found).resolve() != tree.resolve():
        raise SystemExit(f"PYTHONPATH={tree} imports journal from {found}")


def quick_log_cmd(tree: Path, data: Path) -> list[str]:
    return [sys.executable, "-m", "journal", "--data-dir", str(data), "log", "cramp"]


def first_frame_cmd(tree: Path, data: Path) -> list[str]:
    return [sys.executable, str(tree / "bench" / "first_frame.py"), "ours", str(data)]


def quick_log(tree: Path, data: Path, env: dict[str, str], cpu: list[float]) -> None:
    run(quick_log_cmd(tree, data), env, tree, cpu)


def instructions(cmd: list[str], env: dict[str, str], tree: Path) -> int:
    """Instructions the process runs, counted by callgrind (string hashes fixed)."""
    grind = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd]
    env = {**env, "PYTHONHASHSEED": "0"}
    out = subprocess.run(grind, env=env, cwd=tree, check=True, capture_output=True, text=True)
    found = re.search(r"Collected : (\d+)", out.stderr)
    assert found, out.stderr
    return int(found.group(1))


def first_frame(
    tree: Path, data: Path, env: dict[str, str], to_frame: list[float], cpu: list[float]
) -> None:
    launched = timer.time()  # the clock first_frame.py reports the frame on
    frame_at = run(first_frame_cmd(tree, data), env, tree, cpu)
    to_frame.append((float(frame_at.split()[-2]) - launched) * 1000)


def line(what: str, this: list[float], ref: list[float], name: str) -> str:
    a, b = statistics.median(this), statistics.median(ref)
    return f"{what:<28} this {a:6.0f} ms   {name} {b:6.0f} ms   this/{name} {a / b:.2f}x"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ref", default="4ad4826", help="the commit to compare against")
    parser.add_argument("--runs", type=int, default=10, help="timed runs of each side")
    parser.add_argument("--days", type=int, default=3650, help="days in the demo journal")
    parser.add_argument(
        "--instructions", action="store_true", help="also count instructions (needs valgrind)"
    )
    args = parser.parse_args()
    clock.set_now(NOW)
    with tempfile.TemporaryDirectory(prefix="mg-bench-against-") as tmp:
        work = Path(tmp)
        ref_tree = work / "ref"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(ref_tree), args.ref],
            check=True,
        )
        try:
            trees = {"this": ROOT, args.ref: ref_tree}
            envs = {name: bench_env(tree) for name, tree in trees.items()}
            for name, tree in trees.items():
                check_imports_from(tree, envs[name])
            demo = build_demo_journal(work / "demo", args.days).root
            # Per tree: first-frame times, and the CPU ms of each quick log and each start.
            frames: dict[str, list[float]] = {name: [] for name in trees}
            log_cpu: dict[str, list[float]] = {name: [] for name in trees}
            start_cpu: dict[str, list[float]] = {name: [] for name in trees}
            logs: list[Callable[[], object]] = []
            starts: list[Callable[[], object]] = []
            for name, tree in trees.items():
                env, log_dir, start_dir = envs[name], work / f"log-{name}", work / f"start-{name}"
                shutil.copytree(demo, start_dir)
                logs.append(partial(quick_log, tree, log_dir, env, log_cpu[name]))
                starts.append(
                    partial(first_frame, tree, start_dir, env, frames[name], start_cpu[name])
                )
            for action in (*logs, *starts):
                action()  # warm the OS file cache; not counted
            for side in (*frames.values(), *log_cpu.values(), *start_cpu.values()):
                side.clear()
            log_ms = interleaved(logs, args.runs)
            interleaved(starts, args.runs)
            counts: dict[str, list[int]] = {}
            if args.instructions:
                for name, tree in trees.items():
                    env = envs[name]
                    counts[name] = [
                        instructions(quick_log_cmd(tree, work / f"log-{name}"), env, tree),
                        instructions(first_frame_cmd(tree, work / f"start-{name}"), env, tree),
                    ]
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(ref_tree)],
                check=True,
            )
    ref = args.ref
    print(f"{args.runs} runs each, interleaved; demo journal of {args.days} days")
    print(line("quick log, launch to exit", log_ms[0], log_ms[1], ref))
    print(line("  its CPU time", log_cpu["this"], log_cpu[ref], ref))
    print(line("app start, to first frame", frames["this"], frames[ref], ref))
    print(line("  its CPU time (with exit)", start_cpu["this"], start_cpu[ref], ref))
    for i, what in enumerate(("quick log", "app start")):
        if counts:
            a, b = counts["this"][i], counts[ref][i]
            print(
                f"{what + ', instructions':<28} this {a / 1e6:6.1f} M    {ref} {b / 1e6:6.1f} M"
                f"    this/{ref} {a / b:.3f}x"
            )


if __name__ == "__main__":
    main()
