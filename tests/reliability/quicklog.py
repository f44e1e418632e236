"""`mg-journal log cramp --date 2026-11-DD --note LABEL-n`, COUNT times, in one process.

usage: python quicklog.py LABEL COUNT   (the data dir comes from $MG_JOURNAL_DIR)
(used by the race test).
Each call goes through `journal.cli.main`, the shell command's own code path
(argument parsing, validation, Journal.open, add); running it in one process
saves Python's start-up 500 times over.
"""

from __future__ import annotations

import sys

from journal.cli import main


def run() -> int:
    label, count = sys.argv[1], int(sys.argv[2])
    for n in range(count):
        day = f"2026-11-{1 + n % 24:02d}"  # 24 day files every writer shares
        status = main(["log", "cramp", "--date", day, "--note", f"{label}-{n}"])
        if status != 0:
            return status
    return 0


if __name__ == "__main__":
    sys.exit(run())
