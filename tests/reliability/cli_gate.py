"""`mg-journal ARGS` started ahead and held at a gate, so two commands race in earnest.

usage: python cli_gate.py ARGS...   prints "ready", runs `mg-journal ARGS` on a line of stdin.
Start-up (some 100 ms) is paid before the gate; two gated commands released
together reach their read-modify-write within a millisecond of each other.
"""

from __future__ import annotations

import sys

import journal.shell.edit_cmd
import journal.shell.profile_cmd
import journal.store.edits
import journal.store.lookup
import journal.store.profile
from journal.cli import main

if __name__ == "__main__":
    assert journal.shell.edit_cmd and journal.shell.profile_cmd  # loaded before the gate
    assert journal.store.edits and journal.store.lookup and journal.store.profile
    print("ready", flush=True)
    if sys.stdin.readline():
        sys.exit(main(sys.argv[1:]))
