"""Whole-process times of the bulk commands at 1, 10 and 30 years, as a person waits for them.

    python bench/bench_commands.py [--years 1 10 30] [--runs 5] [--before DIR]

Builds each demo journal once in a temp dir, then times `report` (all days),
`export --format json`, `export --format csv`, `import json` (into an empty
folder), `backup` and `restore` (into a copy of the journal), each a fresh
`python -m journal` process from launch to exit. With `--before DIR` (a
checkout of an earlier commit, e.g. `git archive e7640d4 | tar -x -C DIR`) the
same commands of that code run interleaved with ours, so both sides meet the
same noise; the figures are medians.

The summary cache (see journal/store/summaries.py) lives outside the journal;
each side gets its own cache folder, warmed by one untimed run, as a person's
would be after the first use. `--cold` empties it before every timed run.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time as timer
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.run import bench_env

COMMANDS = ("report", "export json", "export csv", "import json", "backup", "restore")


def build(folder: Path, years: int, env: dict[str, str]) -> Path:
    journal = folder / f"y{years}"
    cmd = [sys.executable, "-m", "journal", "demo", "--days", str(365 * years)]
    subprocess.run(
        [*cmd, "--data-dir", str(journal), "--no-open"], env=env, check=True, capture_output=True
    )
    return journal


class Side:
    """One version of the code: its environment and a scratch folder per run."""

    def __init__(self, name: str, code: Path, work: Path, cold: bool) -> None:
        self.name, self.work, self.cold = name, work / name, cold
        self.cache = self.work / "cache"
        self.env = {**bench_env(code), "XDG_CACHE_HOME": str(self.cache)}
        self.work.mkdir(parents=True)

    def run(self, *args: str) -> None:
        cmd = [sys.executable, "-m", "journal", *args]
        subprocess.run(cmd, env=self.env, check=True, capture_output=True, cwd=self.work)

    def timed(self, prepare: Callable[[], None], *args: str) -> float:
        prepare()
        if self.cold:
            shutil.rmtree(self.cache, ignore_errors=True)
        start = timer.perf_counter()
        self.run(*args)
        return (timer.perf_counter() - start) * 1000


def actions(side: Side, journal: Path, doc: Path, archive: Path) -> dict[str, Callable[[], float]]:
    out = side.work / "out"
    copy = side.work / "copy"
    fresh = side.work / "fresh"

    def clear() -> None:
        for path in (out, copy, fresh):
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink(missing_ok=True)

    def copied() -> None:
        clear()
        shutil.copytree(journal, copy)

    data, into = ("--data-dir", str(journal)), ("--data-dir", str(fresh))
    export = (*data, "export", "-o", str(out), "--format")
    return {
        "report": lambda: side.timed(clear, *data, "report"),
        "export json": lambda: side.timed(clear, *export, "json"),
        "export csv": lambda: side.timed(clear, *export, "csv"),
        "import json": lambda: side.timed(clear, *into, "import", "json", str(doc)),
        "backup": lambda: side.timed(clear, *data, "backup", "-o", str(out)),
        "restore": lambda: side.timed(copied, "--data-dir", str(copy), "restore", str(archive)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, nargs="+", default=[1, 10, 30])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--before", type=Path, help="an earlier checkout to time alongside")
    parser.add_argument("--cold", action="store_true", help="no summary cache on any run")
    parser.add_argument("--only", nargs="+", choices=COMMANDS, default=list(COMMANDS))
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results-commands.json")
    args = parser.parse_args()
    env = bench_env()
    print(f"medians of {args.runs} runs, ms, whole process{' (cold cache)' if args.cold else ''}")
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for years in args.years:
            journal = build(work / "journals", years, env)
            doc, archive = work / f"doc{years}.json", work / f"backup{years}.zip"
            mg = [sys.executable, "-m", "journal", "--data-dir", str(journal)]
            made = (["export", "--format", "json", "-o", str(doc)], ["backup", "-o", str(archive)])
            for made_by in made:
                subprocess.run([*mg, *made_by], env=env, check=True, capture_output=True)
            sides = [Side("after", ROOT, work / f"{years}", args.cold)]
            if args.before:
                sides.insert(0, Side("before", args.before.resolve(), work / f"{years}", args.cold))
            for name in args.only:
                runs = [actions(side, journal, doc, archive)[name] for side in sides]
                for once in runs:
                    once()  # warms the OS file cache and the side's summary cache
                times: list[list[float]] = [[] for _ in runs]
                for _ in range(args.runs):
                    for slot, once in enumerate(runs):
                        times[slot].append(once())
                medians = [statistics.median(t) for t in times]
                text = " vs ".join(f"{s.name} {m:.0f}" for s, m in zip(sides, medians, strict=True))
                ratio = f" = {medians[-1] / medians[0]:.2f}x" if len(medians) == 2 else ""
                print(f"{years:>2} years  {name:<12} {text}{ratio}", flush=True)
                results[f"{years}y {name}"] = {
                    s.name: m for s, m in zip(sides, medians, strict=True)
                }
                args.out.write_text(json.dumps(results, indent=2) + "\n")  # after each figure


if __name__ == "__main__":
    main()
