"""A git merge driver for the journal's files: `git pull` merges by document, no markers.

Set up once in the journal folder (README, "On two computers"):

    *.json merge=mg-journal                                   (.gitattributes)
    git config merge.mg-journal.driver 'mg-journal sync git-merge %O %A %B %P'

git hands over three temporary files; the merged tables go into the second
(ours), as git expects. The common ancestor is not needed: revisions and
tombstones carry what a three-way merge would take from it. A file that cannot
be read (or decrypted) is refused (exit 1) and git reports a conflict, leaving both sides.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from journal.core.sync.merge import Merged, merge
from journal.store.atomic import atomic_write_bytes
from journal.store.crypt import plain, seal
from journal.store.day_files import parse_entries
from journal.store.errors import DamagedFileError
from journal.store.layout import DAY_FILE
from journal.store.own_foods import FILE as OWN_FOODS
from journal.store.own_foods import one_name_each_merged
from journal.store.storage import decode, encode


def _check(data: dict[str, Any], name: str, shown: Path) -> None:
    if not DAY_FILE.match(Path(name).name):
        return
    wanted = date.fromisoformat(Path(name).name[:10])
    for other in parse_entries(data, shown).keys() - {wanted}:
        raise DamagedFileError(shown, f"it holds an entry dated {other}, not {wanted}")


def git_merge(ours: Path, theirs: Path, name: str, root: Path | None = None) -> Merged:
    """Merge `theirs` into `ours` (rewritten in place); raises StoreError if either is bad.

    `root`: the journal folder (git runs the driver at the top of the work tree). In an
    encrypted journal both sides are age files: they are read with this computer's key
    (a missing one is the usual one line) and the merge is written sealed again."""
    root = Path.cwd() if root is None else root
    shown = root / name
    mine = decode(plain(ours.read_bytes(), shown), Path(name))
    other = decode(plain(theirs.read_bytes(), shown), Path(name))
    _check(mine, name, Path(name))
    _check(other, name, Path(name))
    merged = merge(mine, other, "git (the other branch)")
    if Path(name).name == OWN_FOODS:  # two computers' "Granola bar": one name each
        merged = one_name_each_merged(merged)
    _check(merged.tables, name, Path(name))
    atomic_write_bytes(ours, seal(shown, encode(merged.tables)))
    return merged
