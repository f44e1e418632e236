"""Quick-log start-up: `mg-journal log cramp` against `jrnl "text"`, side by side, one run.

    python bench/bench_quicklog.py [--runs 20]

Each side is a fresh process, as from a shell, writing to its own journal in a
temporary directory: ours with --data-dir, jrnl with a config file (--config-file)
that points its journal to a temporary text file. jrnl is installed on first use
into bench/.venv-jrnl (python -m venv + pip). Prints the median wall time of
each and the ratio. Figures depend on the machine: compare them within a run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JRNL_VENV = ROOT / "bench" / ".venv-jrnl"
JRNL = JRNL_VENV / "bin" / "jrnl"

JRNL_CONFIG = """\
colors: {{body: none, date: none, tags: none, title: none}}
default_hour: 9
default_minute: 0
editor: ''
encrypt: false
highlight: true
indent_character: '|'
journals:
  default:
    journal: {journal}
linewrap: 79
tagsymbols: '#@'
template: false
timeformat: '%F %r'
version: v4.6
"""


def ensure_jrnl() -> None:
    if JRNL.exists():
        return
    print(f"installing jrnl into {JRNL_VENV} ...", file=sys.stderr)
    subprocess.run([sys.executable, "-m", "venv", str(JRNL_VENV)], check=True)
    pip = [str(JRNL_VENV / "bin" / "python"), "-m", "pip", "install", "-q", "jrnl"]
    subprocess.run(pip, check=True)


def timed(cmds: list[list[str]], env: dict[str, str], runs: int) -> list[list[float]]:
    """Wall seconds of each run of each command, the commands taking turns (A B C A B C
    ...) so a change in the machine's load falls on all alike; one untimed round first
    fills the OS file cache."""
    for cmd in cmds:
        subprocess.run(cmd, env=env, check=True, capture_output=True)
    times: list[list[float]] = [[] for _ in cmds]
    for _ in range(runs):
        for cmd, own in zip(cmds, times, strict=True):
            start = time.perf_counter()
            subprocess.run(cmd, env=env, check=True, capture_output=True)
            own.append(time.perf_counter() - start)
    return times


def median_ratio(a: list[float], b: list[float]) -> float:
    """The median of the ratios of runs made one after the other."""
    return statistics.median(x / y for x, y in zip(a, b, strict=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    runs = parser.parse_args().runs
    ensure_jrnl()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        config = work / "jrnl.yaml"
        config.write_text(JRNL_CONFIG.format(journal=work / "jrnl.txt"))
        env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(work)}
        env.pop("MG_JOURNAL_NOW", None)
        ours = [sys.executable, "-m", "journal", "--data-dir", str(work / "mg"), "log", "cramp"]
        theirs = [str(JRNL), "--config-file", str(config), "Calf cramp at night."]
        # `path`: start-up alone (parse, imports, no write); the rest of a log is the
        # durable write.
        t_ours, t_start, t_jrnl = timed([ours, [*ours[:-2], "path"], theirs], env, runs)
        entries = (work / "jrnl.txt").read_text().count("Calf cramp")
    ours_ms, jrnl_ms = statistics.median(t_ours) * 1000, statistics.median(t_jrnl) * 1000
    print(f"runs: {runs} each, taking turns (after one warm-up); jrnl entries written: {entries}")
    print(f"mg-journal log cramp   median {ours_ms:7.1f} ms  (min {min(t_ours) * 1000:.1f})")
    start_ms = statistics.median(t_start) * 1000
    print(f"mg-journal path        median {start_ms:7.1f} ms  (start-up without a write)")
    print(f'jrnl "text"            median {jrnl_ms:7.1f} ms  (min {min(t_jrnl) * 1000:.1f})')
    print(
        f"ratio mg-journal / jrnl: {ours_ms / jrnl_ms:.2f} of medians, "
        f"{median_ratio(t_ours, t_jrnl):.2f} median of run-by-run ratios"
    )


if __name__ == "__main__":
    main()
