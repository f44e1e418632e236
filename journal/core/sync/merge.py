"""Merge one file with the conflict copy a sync engine set beside it, document by document.

Pure and deterministic: both computers receive the same file and the same copy,
and both may merge them at once, so the same inputs must give the same tables
(the store then writes byte-identical files and the engine sees no new conflict).

- A document on either side is kept.
- The same document on both: the version made after seeing the other is taken;
  if neither saw the other, the later revision wins and the losing version is kept
  in the `set_aside` table, where `sync status` shows it.
- A tombstone beats every version it has seen and any older one (a version it
  never saw is set aside, as a losing edit is); a version changed after the
  deletion (and without seeing it) stays, and is counted so the person is told a
  deleted entry is back.
- Complete-day marks are a union: a day marked complete on either side stays so,
  as are a trial's dose records (`JOINED_RECORDS`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from journal.core.sync.revisions import (
    DAYS,
    DELETED,
    MOVED_TO,
    REV,
    SET_ASIDE,
    SPECIAL,
    Doc,
    Tables,
    canonical,
    items,
    joined,
    key_of,
    later,
    number,
    order,
    seen,
    tombstones,
    vector,
)


@dataclass(frozen=True, slots=True)
class Merged:
    tables: Tables
    added: int = 0  # documents only the copy had
    taken: int = 0  # documents whose copy's version was kept
    set_aside: int = 0  # losing versions of real conflicts, kept in sight
    deleted: int = 0  # documents the copy's tombstones removed here
    complete: int = 0  # days only the copy had marked complete
    kept_deleted: int = 0  # documents deleted on one side and changed after it on the other
    foods_kept_once: tuple[str, ...] = ()  # own foods named alike, the same: one shown
    foods_renamed: tuple[tuple[str, str], ...] = ()  # ... with other figures: (name, new)

    @property
    def changed(self) -> bool:
        counts = (self.added, self.taken, self.set_aside, self.deleted, self.complete)
        names = self.foods_kept_once or self.foods_renamed
        return any(counts) or self.kept_deleted > 0 or bool(names)


def _pick(mine: Doc, theirs: Doc, table: str = "") -> tuple[Doc, Doc | None, bool]:
    """(the version kept, the losing version of a real conflict or None, whether theirs won)."""
    if canonical(mine) == canonical(theirs):
        return mine, None, False
    v_mine, v_theirs = vector(mine.get(REV)), vector(theirs.get(REV))
    if v_mine != v_theirs and seen(v_mine, v_theirs):
        return mine, None, False
    if v_mine != v_theirs and seen(v_theirs, v_mine):
        return theirs, None, True
    theirs_won = later(theirs, mine)
    if table == PROFILE and _set(mine) != _set(theirs):
        # A new computer's welcome skipped before the sync brought the profile: the
        # defaults it saved are later, but no choice of the person's; the set one wins.
        theirs_won = _set(theirs)
    winner, loser = (theirs, mine) if theirs_won else (mine, theirs)
    # The winner now has seen the loser: merging the two again is no new conflict.
    rev = dict(winner.get(REV) or {}) | {"v": joined(v_mine, v_theirs)}
    return {**winner, REV: rev}, loser, theirs_won


# A document's dated records that each computer adds to on its own day: the trial's
# doses (the current trial's, and a past one's). Both sides' are kept in the winning
# version (the winner's on a shared date), so a dose recorded on one computer is not
# lost to a later one recorded on the other.
JOINED_RECORDS = {"trial": "doses", "past": "doses"}


PROFILE = "profile"  # store.profile.TABLE


def _set(doc: Doc) -> bool:
    """Whether a profile holds settings a person chose, not only the defaults the app
    saves when the welcome is skipped (importer.py's rule for an import, too)."""
    from journal.core.person.profile import Profile

    try:
        profile = Profile.from_doc({k: v for k, v in doc.items() if k != REV})
    except (TypeError, ValueError, KeyError, AttributeError):
        return True  # not read as a profile: judged by time, as before
    return profile != Profile(
        onboarded=profile.onboarded, theme=profile.theme, keymap=profile.keymap
    )


def records_joined(table: str, winner: Doc, loser: Doc) -> Doc:
    field = JOINED_RECORDS.get(table)
    if field is None:
        return winner
    mine, theirs = winner.get(field), loser.get(field)
    if not isinstance(mine, dict) or not isinstance(theirs, dict):
        return winner
    same_trial = all(winner.get(k) == loser.get(k) for k in ("plan", "seal", "start"))
    if not same_trial or theirs.keys() <= mine.keys():
        return winner
    joined = {**theirs, **mine}
    return {**winner, field: {k: joined[k] for k in sorted(joined)}}


def _buried(doc: Doc, grave: Doc) -> bool:
    """Whether the tombstone beats this version of the document."""
    v_doc, v_grave = vector(doc.get(REV)), vector(grave.get(REV))
    if seen(v_grave, v_doc):
        return True
    if seen(v_doc, v_grave):
        return False
    return order(grave.get(REV)) >= order(doc.get(REV))


def merge(mine: Tables, theirs: Tables, source: str) -> Merged:
    """`mine` (the file) merged with `theirs` (its conflict copy, described by `source`)."""
    left, right = items(mine), items(theirs)
    graves = tombstones(mine)
    for key, grave in tombstones(theirs).items():
        if key in graves:
            first, second = sorted((graves[key], grave), key=lambda g: order(g.get(REV)))
            counts = joined(vector(first.get(REV)), vector(second.get(REV)))
            grave = {**second, REV: {**second.get(REV, {}), "v": counts}}
        graves[key] = grave
    kept: dict[str, tuple[str, Doc]] = {}
    losers: list[Doc] = []
    added = taken = deleted = kept_deleted = 0
    for key in sorted(left.keys() | right.keys()):
        here, there = left.get(key), right.get(key)
        if here is not None and there is not None:
            doc, loser, theirs_won = _pick(here[1], there[1], there[0])
            table = there[0] if theirs_won else here[0]
            if loser is not None:
                doc = records_joined(table, doc, loser)
            if loser is not None:
                lost_in = here[0] if theirs_won else there[0]
                losers.append({"key": key, "table": lost_in, "doc": loser, "from": source})
            taken += theirs_won
        else:
            only = here if here is not None else there
            assert only is not None  # the key came from one side or the other
            table, doc = only
        tomb = graves.get(key)
        outlived = False  # a deletion undone on purpose (the version saw it) is not news
        if tomb is not None:
            moved = tomb.get(MOVED_TO)
            # Moved on one computer while changed on the other: the entry lives on in the
            # day it was moved to, so the change stays in sight here, never a second copy.
            away = bool(moved) and not seen(vector(doc.get(REV)), vector(tomb.get(REV)))
            if _buried(doc, tomb) or away:
                deleted += here is not None and not moved
                if not seen(vector(tomb.get(REV)), vector(doc.get(REV))):
                    # Deleted on one computer while changed on the other: the delete
                    # is later and wins, and the change it never saw stays in sight.
                    why = f"{source}; meanwhile moved to {moved}" if moved else source
                    losers.append({"key": key, "table": table, "doc": doc, "from": why})
                continue
            del graves[key]
            outlived = not seen(vector(doc.get(REV)), vector(tomb.get(REV)))
        kept_deleted += outlived
        added += here is None and not outlived
        kept[key] = (table, doc)
    days, complete = _days(mine, theirs)
    tables = _lay_out(mine, kept)
    if days:
        tables[DAYS] = days
    if graves:
        tables[DELETED] = _numbered(graves[k] for k in sorted(graves))
    aside = _set_aside(mine, theirs, losers)
    if aside:
        tables[SET_ASIDE] = aside
    return Merged(tables, added, taken, len(losers), deleted, complete, kept_deleted)


def _numbered(docs: Any) -> dict[str, Doc]:
    return {str(n): doc for n, doc in enumerate(docs, 1)}


def _days(mine: Tables, theirs: Tables) -> tuple[dict[str, Doc], int]:
    marks = {d.get("date"): d for d in mine.get(DAYS, {}).values()}
    extra = {d.get("date"): d for d in theirs.get(DAYS, {}).values() if d.get("date") not in marks}
    ordered = list(marks.values()) + [extra[k] for k in sorted(extra, key=str)]
    return _numbered(ordered), len(extra)


def _set_aside(mine: Tables, theirs: Tables, losers: list[Doc]) -> dict[str, Doc]:
    found: dict[str, Doc] = {}
    for doc in [*mine.get(SET_ASIDE, {}).values(), *theirs.get(SET_ASIDE, {}).values(), *losers]:
        found.setdefault(canonical({k: doc.get(k) for k in ("key", "doc")}), doc)
    return _numbered(found[k] for k in sorted(found))


def _lay_out(mine: Tables, kept: dict[str, tuple[str, Doc]]) -> Tables:
    """The kept documents, in `mine`'s order first, then the rest by key, numbered anew."""
    tables: dict[str, list[Doc]] = {t: [] for t in mine if t not in SPECIAL}
    placed: set[str] = set()
    for table, out in tables.items():
        for doc_id, doc in sorted(mine[table].items(), key=lambda kv: number(kv[0])):
            key = key_of(table, doc_id, doc)
            if key in kept and kept[key][0] == table and key not in placed:
                out.append(kept[key][1])
                placed.add(key)
    for key in sorted(kept.keys() - placed):
        where, doc = kept[key]
        tables.setdefault(where, []).append(doc)
    return {table: _numbered(docs) for table, docs in tables.items()}
