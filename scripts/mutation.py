"""Mutation testing: how many small, plausible mistakes in core and store the tests catch.

    python scripts/mutation.py                    # the modules that matter most (MODULES)
    python scripts/mutation.py journal.store.lock # one or more modules
    python scripts/mutation.py --table            # the table from the last run, no new run
    python scripts/mutation.py --quick 3 journal.store.atomic  # leave out tests over 3 s

mutmut (configured under [tool.mutmut] in pyproject.toml) copies the package to
`mutants/`, records which tests reach each function, then runs only those tests
against each mutant. This prints, per module, how many mutants the tests killed.
Mutants judged equivalent (no test could tell them apart: the behaviour is the same)
are listed with one line why in `mutation-equivalent.txt`, and left out of the rate.
Not in CI: a full run takes hours on two cores.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EQUIVALENT = ROOT / "mutation-equivalent.txt"

# The modules whose mistakes would misfile an entry or show a wrong figure.
MODULES = [
    "journal.core.stats.contingency",
    "journal.core.stats.ranks",
    "journal.core.stats.sparse",
    "journal.core.stats.fdr",
    "journal.core.analysis.daily",
    "journal.core.analysis.associations",
    "journal.core.analysis.lag_series",
    "journal.core.analysis.findings",
    "journal.core.person.targets",
    "journal.core.food.units",
    "journal.core.food.food_log",
    "journal.core.trial.plan",
    "journal.core.trial.schedule",
    "journal.core.trial.seal",
    "journal.store.journal",
    "journal.store.atomic",
    "journal.store.lock",
    "journal.store.importer",
]

# mutmut's exit codes (mutmut.stats.status_by_exit_code), folded into what the table shows.
KILLED = {1, 3, 36, 37, -24, 24, 152, 255, -11, -9}  # a failing test, a timeout, a type error
SURVIVED = {0}
NO_TESTS = {5, 33}


def equivalents() -> dict[str, str]:
    """`mutant-name  why it cannot be told apart` per line; # starts a comment."""
    if not EQUIVALENT.exists():
        return {}
    found = {}
    for line in EQUIVALENT.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, why = line.partition(" ")
            found[name] = why.strip()
    return found


def results(module: str) -> dict[str, int | None]:
    meta = ROOT / "mutants" / (module.replace(".", "/") + ".py.meta")
    if not meta.exists():
        return {}
    data = json.loads(meta.read_text())
    return dict(data.get("exit_code_by_key", {}))


def row(module: str, same: dict[str, str]) -> tuple[str, Counter[str]]:
    counts: Counter[str] = Counter()
    for name, code in results(module).items():
        if name in same:
            counts["equivalent"] += 1
        elif code in KILLED:
            counts["killed"] += 1
        elif code in SURVIVED:
            counts["survived"] += 1
        elif code in NO_TESTS:
            counts["no tests"] += 1
        elif code is None:
            counts["not run"] += 1
        else:
            counts["other"] += 1
    return module, counts


def table(modules: list[str]) -> str:
    same = equivalents()
    lines = [
        "| module | mutants | not run | killed | survived | no tests | equivalent | kill rate |",
        "|---|---|---|---|---|---|---|---|",
    ]
    total: Counter[str] = Counter()
    for module, counts in (row(m, same) for m in modules):
        total.update(counts)
        lines.append(_line(module.removeprefix("journal."), counts))
    lines.append(_line("all of these", total))
    return "\n".join(lines)


def _line(name: str, c: Counter[str]) -> str:
    judged = c["killed"] + c["survived"] + c["no tests"]
    rate = f"{100 * c['killed'] / judged:.0f}%" if judged else "-"
    n = sum(c.values())
    return (
        f"| {name} | {n} | {c['not run']} | {c['killed']} | {c['survived']} | {c['no tests']} "
        f"| {c['equivalent']} | {rate} |"
    )


def survivors(modules: list[str]) -> list[str]:
    same = equivalents()
    return [
        name
        for module in modules
        for name, code in results(module).items()
        if code in SURVIVED | NO_TESTS and name not in same
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", help="dotted module names (default: MODULES)")
    parser.add_argument("--table", action="store_true", help="print the last run's table only")
    parser.add_argument("--survivors", action="store_true", help="list the surviving mutants")
    parser.add_argument(
        "--quick",
        type=float,
        metavar="SECONDS",
        help="leave out tests that took longer than this in the clean run (a lower bound)",
    )
    args = parser.parse_args()
    modules = args.modules or MODULES
    if not args.table and not args.survivors:
        mutmut = Path(sys.executable).with_name("mutmut")
        patterns = [f"{m}.*" for m in modules]
        env = dict(os.environ)
        if args.quick is not None:  # read by tests/conftest.py in each mutant's test run
            env["MG_MUTATION_MAX_SECONDS"] = str(args.quick)
        done = subprocess.run([str(mutmut), "run", *patterns], cwd=ROOT, check=False, env=env)
        if done.returncode not in (0, 1):
            print(f"mutmut stopped with exit code {done.returncode}", file=sys.stderr)
            return done.returncode
    if args.survivors:
        print("\n".join(survivors(modules)) or "no survivors")
        return 0
    print(table(modules))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
