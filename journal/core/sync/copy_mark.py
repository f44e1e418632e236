"""Whether a folder may hold a sync engine's conflict copies: asked at every journal open.

Apart from `names`, which parses the copies' names, so an open without a copy
imports neither its patterns nor its dataclass.
"""

from __future__ import annotations

# Every engine's copy says this in its name: a name without it is no copy, and a
# folder without such a name needs no parsing (`journal.store.journal.Journal.open`).
MARK = "conflict"


def may_hold_copies(names: list[str]) -> bool:
    """Whether any of `names` may be a conflict copy: one search over them all (no name
    holds "/"), so a folder of thousands costs well under a millisecond."""
    return MARK in "/".join(names)
