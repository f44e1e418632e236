"""Time `mg-journal eat` (one food, and a line of three) and `mg-journal supplement`
against `jrnl "text"`, side by side.

Run from a checkout: ``python bench/bench_shell_eat.py`` (``--runs N`` to vary).
Each command is a fresh process, as from the shell, in a temporary data dir; the runs
are interleaved so a busy machine slows both alike. jrnl lives in
``bench/.venv-jrnl`` (made with ``python -m venv bench/.venv-jrnl &&
bench/.venv-jrnl/bin/pip install jrnl`` if missing) and writes a temporary journal
through its own temporary config file. Prints medians of wall and CPU time and the ratios.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JRNL_VENV = ROOT / "bench" / ".venv-jrnl"
JRNL = JRNL_VENV / "bin" / "jrnl"


def ensure_jrnl() -> None:
    if JRNL.exists():
        return
    subprocess.run([sys.executable, "-m", "venv", str(JRNL_VENV)], check=True)
    subprocess.run([str(JRNL_VENV / "bin" / "pip"), "install", "-q", "jrnl"], check=True)


def jrnl_config(work: Path) -> Path:
    version = subprocess.run([str(JRNL), "--version"], capture_output=True, text=True).stdout
    config = work / "jrnl.yaml"
    config.write_text(
        f"version: {version.split()[1]}\n"
        f"journals:\n  default:\n    journal: {work / 'journal.txt'}\n"
        "editor: ''\nencrypt: false\ntemplate: false\ndefault_hour: 9\ndefault_minute: 0\n"
        "timeformat: '%F %r'\ntagsymbols: '#@'\nhighlight: false\nlinewrap: 79\n"
        "indent_character: '|'\n"
        "colors: {body: none, date: none, tags: none, title: none}\n"
    )
    return config


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall ms, CPU ms) of one run; CPU time (user + system of the child) is what a
    busy shared machine disturbs least, so it is printed beside the wall time."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, stdin=subprocess.DEVNULL)
    wall = (time.perf_counter() - start) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    ensure_jrnl()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        env = {**os.environ, "PYTHONPATH": str(ROOT), "MG_JOURNAL_DIR": str(work / "mg")}
        env["XDG_DATA_HOME"] = str(work / "xdg")
        env.pop("MG_JOURNAL_NOW", None)
        mg = [sys.executable, "-m", "journal"]
        commands = {
            "mg-journal eat almonds 1oz": [*mg, "eat", "almonds", "1oz"],
            'mg-journal eat "oat bran" "1/2 cup"': [*mg, "eat", "oat bran", "1/2 cup"],
            'mg-journal eat "oatmeal 1 cup, banana, almonds 1 oz"': [
                *mg,
                "eat",
                "oatmeal 1 cup, banana, almonds 1 oz",
            ],
            "mg-journal supplement glycinate 200": [*mg, "supplement", "glycinate", "200"],
            'jrnl "text"': [str(JRNL), "--config-file", str(jrnl_config(work)), "Ate almonds."],
        }
        for command in commands.values():  # warm the file cache and .pyc files
            timed(command, env)
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, command in commands.items():
                times[name].append(timed(command, env))
    walls = {name: statistics.median(w for w, _ in values) for name, values in times.items()}
    cpus = {name: statistics.median(c for _, c in values) for name, values in times.items()}
    jrnl = 'jrnl "text"'
    print(f"{args.runs} runs each, interleaved; python {sys.version.split()[0]}; medians")
    for name in commands:
        wall, cpu = walls[name], cpus[name]
        ratio = "" if name == jrnl else f" ({wall / walls[jrnl]:.2f}x jrnl)"
        cpu_ratio = "" if name == jrnl else f" ({cpu / cpus[jrnl]:.2f}x jrnl)"
        print(f"{name:<52} wall {wall:6.1f} ms{ratio:<14} cpu {cpu:6.1f} ms{cpu_ratio}")


if __name__ == "__main__":
    main()
