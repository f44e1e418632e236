"""`mg-journal doctor`: check the journal's folder, files, lock and backups; say what to do."""

from __future__ import annotations

import argparse
from typing import Any


def register(commands: Any) -> None:
    cmd = commands.add_parser(
        "doctor", help="check the journal's files and permissions and say what to fix"
    )
    cmd.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    import shlex

    from journal.shell.fit import say
    from journal.store.doctor import diagnose
    from journal.store.paths import resolve_data_dir

    root = resolve_data_dir(args.data_dir)
    # Where no journal is yet, the advice is the line that starts one in this folder.
    start = f"mg-journal --data-dir {shlex.quote(str(root))}" if args.data_dir else "mg-journal"
    findings = diagnose(root, start)
    for finding in findings:
        say(str(finding), 2)  # a long finding goes on indented: the next is seen to start
    return 0 if all(f.ok for f in findings) else 1
