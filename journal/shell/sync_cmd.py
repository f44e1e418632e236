"""`mg-journal sync status|merge|ignore`: the journal on two computers through a sync engine."""

from __future__ import annotations

import argparse
from typing import Any

from journal.shell.fit import say


def register(commands: Any) -> None:
    cmd = commands.add_parser(
        "sync", help="conflict copies from Syncthing, Dropbox or Nextcloud: status and merge"
    )
    actions = cmd.add_subparsers(dest="sync_action", metavar="STEP")
    actions.add_parser("status", help="copies waiting, merges done, versions set aside")
    take = actions.add_parser("take", help="put version N set aside back in use (see status)")
    take.add_argument("number", type=int, metavar="N", help="its number in `sync status`")
    actions.add_parser("merge", help="merge the conflict copies now (the app does at start)")
    ignore = actions.add_parser("ignore", help="print (or --write) a .stignore for Syncthing")
    ignore.add_argument("--write", action="store_true", help="write it in the journal folder")
    driver = actions.add_parser("git-merge", help="git merge driver: %%O %%A %%B %%P (README)")
    for arg, said in (
        ("ancestor", "%%O: the common ancestor"),
        ("ours", "%%A: this side, written with the merge"),
        ("theirs", "%%B: the other side"),
        ("path", "%%P: the file's path in the journal"),
    ):
        driver.add_argument(arg, help=said)
    cmd.set_defaults(handler=run, sync_action="status")


def run(args: argparse.Namespace) -> int:
    from journal.store.paths import holds_a_journal, resolve_data_dir

    root = resolve_data_dir(args.data_dir)
    if args.sync_action == "ignore":
        return _ignore(root, args.write)
    if args.sync_action == "git-merge":
        from pathlib import Path

        from journal.store.git_merge import git_merge

        git_merge(Path(args.ours), Path(args.theirs), args.path)
        return 0
    if root.exists() and not root.is_dir():  # refused as by every command: rc 1, not 0
        from journal.store.journal import Journal

        Journal.open(root, create=False)
    if args.sync_action == "take":  # asked for a version to take: no journal is an error
        return _take(root, args.number)
    # A folder of other things is no journal either: `merge` made entries/ in it.
    if not holds_a_journal(root):
        say(f"No journal at {root} yet: nothing to sync.")
        return 0
    if args.sync_action == "merge":
        from journal.store.journal import Journal

        report = Journal.open(root).sync_report
        summary = report.summary() if report is not None else ""
        # A sentence here, as on Today (the summary is written to go on after a clause).
        say(summary[:1].upper() + summary[1:] or "No conflict copies: nothing to merge.")
        if report is not None:
            for _, why in report.refused:
                say(f"Not merged: {why}")  # the reason names the copy
        return 1 if report is not None and report.refused else 0
    return _status(root)


def _take(root: Any, number: int) -> int:
    from journal.store.journal import Journal
    from journal.store.take_back import take_version

    taken, replaced = take_version(Journal.open(root, create=False), number)
    say(f"In use again: {taken}")
    if replaced:
        say(f"Set aside in its place: {replaced} (`mg-journal sync status`)")
    return 0


def _ignore(root: Any, write: bool) -> int:
    from journal.store.errors import StoreError
    from journal.store.ignore import STIGNORE, write_stignore
    from journal.store.paths import ensure_private_dir, holds_a_journal

    if not write:
        print(STIGNORE, end="")
        return 0
    # A new folder may be set up for sync before anything is logged (the engine's own
    # .stfolder, .stignore in it); a folder of other things is someone else's (it was
    # made 0700 and given a .stignore).
    others = root.is_dir() and any(not p.name.startswith(".") for p in root.iterdir())
    if others and not holds_a_journal(root):
        raise StoreError(
            f"{root} holds other files and no journal: give the journal's folder "
            "(mg-journal path prints it). Nothing was written."
        )
    ensure_private_dir(root)
    say(f"Wrote {write_stignore(root)}")
    return 0


_LABELS = {  # (one, many)
    "added": ("entry added", "entries added"),
    "taken": ("edit kept from the other computer", "edits kept from the other computer"),
    "set_aside": ("change set aside", "changes set aside"),
    "deleted": ("deletion applied", "deletions applied"),
    "complete": ("day marked complete", "days marked complete"),
    "kept_deleted": (
        "deleted entry kept (changed after the deletion)",
        "deleted entries kept (changed after the deletion)",
    ),
}


def _food_names(logged: dict[str, Any]) -> list[str]:
    """What a merge did to own foods made on both computers under one name."""
    once = [n for n in logged.get("foods_kept_once") or [] if isinstance(n, str)]
    pairs = [p for p in logged.get("foods_renamed") or [] if isinstance(p, list) and len(p) == 2]
    lines = [f"own food made on both, the same, shown once: {n!r}" for n in once]
    lines += [
        f"own food {old!r} made on both with other figures: one is now {new!r}"
        for old, new in pairs
    ]
    return lines


def _status(root: Any) -> int:
    from journal.store.device import device_name
    from journal.store.journal import Journal
    from journal.store.sync_status import (
        describe,
        last_changed,
        merge_log,
        set_aside,
        waiting_copies,
    )

    journal = Journal(root)
    say(f"Journal at {root}; this computer is {device_name()}")
    waiting = waiting_copies(root)
    say(f"Conflict copies waiting: {len(waiting) or 'none'}")
    for w in waiting:
        state = f"cannot be merged: {w.problem}" if w.problem else "merged at the next start"
        say(f"  {w.copy.path.name} ({w.copy.source}) -> {w.copy.original.name}: {state}")
    log = merge_log(root)
    say(f"Copies merged: {len(log) or 'none'}" + (" (newest last)" if log else ""))
    for e in log[-10:]:
        counts = ", ".join(
            f"{e[k]} {one if e[k] == 1 else many}" for k, (one, many) in _LABELS.items() if e.get(k)
        )
        when = _minute(str(e.get("at", "?")))
        say(f"  {when} {e.get('file')} from {e.get('from')}: {counts or 'nothing new'}", 4)
        for line in _food_names(e):
            say(f"    {line}", 6)
    aside = set_aside(journal)
    say(f"Versions set aside (a change that lost to a later one): {len(aside) or 'none'}")
    for number, (name, record) in enumerate(aside, 1):
        say(f"  {number}. {name}: {describe(record)}")
    if aside:
        say("  (`mg-journal sync take N` puts version N back in use)")
    changed = last_changed(journal)
    by: dict[str, int] = {}
    for who, _ in changed.values():
        by[who] = by.get(who, 0) + 1
    where = ", ".join(
        f"{who} ({n} {'file' if n == 1 else 'files'})" for who, n in sorted(by.items())
    )
    say(f"Last changed by: {where or 'none yet'}" + ("; newest last:" if changed else ""))
    for name, (who, at) in sorted(changed.items(), key=lambda kv: kv[1][1])[-5:]:
        say(f"  {name}: {who} at {_minute(at)}", 4)
    return 1 if any(w.problem for w in waiting) else 0


def _minute(stamp: str) -> str:
    """'2026-12-07T22:47:58.840651Z' as '2026-12-07 22:47 UTC' (revisions are UTC)."""
    return f"{stamp[:10]} {stamp[11:16]} UTC" if len(stamp) >= 16 else stamp
