"""This tree against an earlier commit, in one run: the shell's quick log and the app's start.

    python bench/bench_against.py [--ref 4ad4826] [--runs 10] [--days 3650]

Checks REF out into a temporary git worktree (removed at the end), compiles both
trees' journal/ to bytecode (as pip would), builds one demo journal and gives
each tree its own copy, then times, run by run in turn (this, REF, this, ...):

- quick log: `python -m journal --data-dir DIR log cramp`, launch to exit;
- start: each tree's `bench/first_frame.py ours DIR`, launch to the first frame.

Prints the median of each side and the ratio this/REF (below 1: this tree is
faster). 4ad4826 is the commit before core was grouped into subject packages.
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time as timer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.run import NOW, interleaved
from journal.core import clock
from journal.store.demo import build_demo_journal


def env_for(tree: Path) -> dict[str, str]:
    compileall.compile_dir(tree / "journal", quiet=1)
    return {**os.environ, "PYTHONPATH": str(tree), "MG_JOURNAL_NOW": NOW.isoformat()}


def run(cmd: list[str], env: dict[str, str], tree: Path) -> str:
    """Run from inside `tree`: `python -m` and `-c` put the working directory first on sys.path."""
    return subprocess.run(cmd, env=env, cwd=tree, check=True, capture_output=True, text=True).stdout


def check_imports_from(tree: Path, env: dict[str, str]) -> None:
    """The timed processes must load the tree's own journal, not the installed one."""
    code = "import journal, pathlib; print(pathlib.Path(journal.__file__).parent.parent)"
    found = run([sys.executable, "-c", code], env, tree).strip()
    if Path(found).resolve() != tree.resolve():
        raise SystemExit(f"PYTHONPATH={tree} imports journal from {found}")


def quick_log(tree: Path, data: Path, env: dict[str, str]) -> None:
    run([sys.executable, "-m", "journal", "--data-dir", str(data), "log", "cramp"], env, tree)


def first_frame(tree: Path, data: Path, env: dict[str, str], to_frame: list[float]) -> None:
    launched = timer.time()  # the clock first_frame.py reports the frame on
    driver = [sys.executable, str(tree / "bench" / "first_frame.py"), "ours", str(data)]
    frame_at = run(driver, env, tree)
    to_frame.append((float(frame_at.split()[-2]) - launched) * 1000)


def line(what: str, this: list[float], ref: list[float], name: str) -> str:
    a, b = statistics.median(this), statistics.median(ref)
    return f"{what:<28} this {a:6.0f} ms   {name} {b:6.0f} ms   this/{name} {a / b:.2f}x"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ref", default="4ad4826", help="the commit to compare against")
    parser.add_argument("--runs", type=int, default=10, help="timed runs of each side")
    parser.add_argument("--days", type=int, default=3650, help="days in the demo journal")
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
            envs = {name: env_for(tree) for name, tree in trees.items()}
            for name, tree in trees.items():
                check_imports_from(tree, envs[name])
            demo = build_demo_journal(work / "demo", args.days).root
            logs, starts = {}, {}
            frames: dict[str, list[float]] = {name: [] for name in trees}
            for name, tree in trees.items():
                shutil.copytree(demo, work / f"start-{name}")
                env, log_dir, start_dir = envs[name], work / f"log-{name}", work / f"start-{name}"
                logs[name] = lambda t=tree, d=log_dir, e=env: quick_log(t, d, e)
                starts[name] = lambda t=tree, d=start_dir, e=env, f=frames[name]: first_frame(
                    t, d, e, f
                )
                logs[name](), starts[name]()  # warm the OS file cache; not timed
                frames[name].clear()
            log_ms = interleaved(list(logs.values()), args.runs)
            interleaved(list(starts.values()), args.runs)
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(ref_tree)],
                check=True,
            )
    ref = args.ref
    print(f"{args.runs} runs each, interleaved; demo journal of {args.days} days")
    print(line("quick log (launch to exit)", log_ms[0], log_ms[1], ref))
    print(line("app start (to first frame)", frames["this"], frames[ref], ref))


if __name__ == "__main__":
    main()
