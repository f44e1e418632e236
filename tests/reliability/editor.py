"""An editor for the kill tests: edits, moves, deletes and undoes (puts back) saved entries.

usage: python editor.py DATA_DIR SEED ORIGINALS_JSON [--wait]
Before each change it prints "begin <id> <state>" and after it "done <id> <state>",
where <state> is the entry's stored document as JSON (null: deleted). A kill can
land between the two, so after it the entry must be in one of those two states.
"""

from __future__ import annotations

import dataclasses
import json
import random
import sys
from datetime import timedelta
from pathlib import Path

from journal.core.entries.models import SymptomEntry
from journal.store.edits import delete_entry, put_back_entry, update_entry
from journal.store.journal import Journal


def main() -> None:
    root, seed, originals = Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    journal = Journal.open(root)
    if "--wait" in sys.argv[4:]:
        print("ready", flush=True)
        if not sys.stdin.readline():
            return
    first = {d["id"]: SymptomEntry.from_doc(d) for d in json.loads(originals.read_text())}
    days = journal.days(
        min(e.date for e in first.values()) - timedelta(days=1),
        max(e.date for e in first.values()) + timedelta(days=1),
    )
    now: dict[str, SymptomEntry | None] = dict.fromkeys(first)
    now.update({e.id: e for day in days for e in day.symptoms})
    rng = random.Random(seed)
    ids = sorted(first)
    while True:
        entry_id = rng.choice(ids)
        current = now[entry_id]
        if current is None:
            after: SymptomEntry | None = first[entry_id]
        else:
            op = rng.choice(("edit", "move", "delete"))
            if op == "edit":
                after = dataclasses.replace(current, severity=rng.randint(1, 5))
            elif op == "move":
                home = first[entry_id].date
                after = dataclasses.replace(
                    current, date=home if current.date != home else home + timedelta(days=1)
                )
            else:
                after = None
        print(f"begin {entry_id} {json.dumps(after and after.to_doc())}", flush=True)
        if current is None:
            assert after is not None
            put_back_entry(journal, after)
        elif after is None:
            delete_entry(journal, current)
        else:
            update_entry(journal, current, lambda _, after=after: after)
        now[entry_id] = after
        print(f"done {entry_id} {json.dumps(after and after.to_doc())}", flush=True)


if __name__ == "__main__":
    main()
