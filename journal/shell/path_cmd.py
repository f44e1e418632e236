"""`mg-journal path`: print where the journal lives."""

from __future__ import annotations

import argparse
from typing import Any

from journal.store.paths import resolve_data_dir


def register(commands: Any) -> None:
    cmd = commands.add_parser("path", help="print where the journal lives")
    cmd.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    print(resolve_data_dir(args.data_dir))
    return 0
