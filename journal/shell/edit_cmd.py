"""`mg-journal edit ID ...` and `mg-journal delete ID`: change or remove exactly one entry.

    mg-journal edit 1a2b3c4d --severity 4 --where calf
    mg-journal edit 1a2b --date 2026-10-31 --time 22:15     (moves it to October; same id)
    mg-journal edit 9f8e7d6c --grams 40                      (a food: magnesium scales with it)
    mg-journal delete 1a2b3c4d

ID is the start of an entry's id as `mg-journal list` shows it (at least 4
characters); one that matches several entries is refused, listing them.
"""

from __future__ import annotations

import argparse
from typing import Any

from journal.core import clock
from journal.core.dates import parse_day
from journal.shell.fit import say

NONE_WORDS = {"none", "unknown", "-"}


def register(commands: Any) -> None:
    edit = commands.add_parser(
        "edit",
        help="change one entry by its id (see `mg-journal list`)",
        description="Change one entry; its id stays the same, even when its date moves it "
        "to another month.",
    )
    edit.add_argument("id", help="the entry's id, or its first characters (at least 4)")
    edit.add_argument(
        "--date",
        "-d",
        metavar="DAY",
        help="move it to another day (YYYY-MM-DD, yesterday, -2 or mon)",
    )
    edit.add_argument("--time", "--at", dest="time", metavar="HH:MM", help="its time")
    edit.add_argument("--severity", "-s", metavar="1-5", help="a symptom's severity (or none)")
    edit.add_argument("--where", "-w", metavar="PLACE", help="a symptom's body place (or none)")
    edit.add_argument("--note", "-n", help="the note (a symptom's, factor's or supplement's)")
    edit.add_argument(
        "--amount", help="a factor's minutes, hours or drinks; a supplement's elemental mg"
    )
    edit.add_argument(
        "--grams", help="a food's weight; its magnesium and energy scale with it when known"
    )
    edit.add_argument("--mg", help="a food's magnesium in mg (or unknown)")
    edit.add_argument(
        "--yes", action="store_true", help="store a supplement dose far above the upper limit"
    )
    edit.set_defaults(handler=run_edit)
    delete = commands.add_parser("delete", help="delete one entry by its id")
    delete.add_argument("id", help="the entry's id, or its first characters (at least 4)")
    delete.set_defaults(handler=run_delete)


def _none(text: str | None) -> str | None:
    return None if text is not None and text.strip().lower() in NONE_WORDS else text


def changes_for(entry: Any, args: argparse.Namespace) -> dict[str, Any]:
    """The fields to change, checked against the kind of entry; values validated by the model."""
    from journal.core import validate as v
    from journal.core.entries.models import (
        MAX_GRAMS,
        FactorEntry,
        FoodEntry,
        SupplementEntry,
        SymptomEntry,
        factor_limit,
    )
    from journal.shell.given import given

    changes: dict[str, Any] = {}
    if args.date is not None:
        changes["date"] = parse_day(args.date, clock.today())
    if args.time is not None:
        day = changes.get("date", entry.date)
        changes["time"] = v.not_later_today(day, v.parse_time(args.time))
    allowed = {
        FoodEntry: {"grams", "mg"},
        SupplementEntry: {"note", "amount"},
        SymptomEntry: {"note", "severity", "where"},
        FactorEntry: {"note", "amount"},
    }[type(entry)]
    options = ("severity", "where", "note", "amount", "grams", "mg")
    for option in options:
        if getattr(args, option) is not None and option not in allowed:
            kind = entry.KIND.rstrip("s")
            its = ["--date", "--time", *(f"--{o}" for o in options if o in allowed)]
            raise v.ValidationError(
                f"--{option}",
                f"a {kind} entry has none; it takes {', '.join(its[:-1])} or {its[-1]}",
            )
    if args.severity is not None:
        changes["severity"] = _none(given(args.severity, "--severity", "give 1 to 5, or none"))
    if args.where is not None:
        changes["where"] = _none(given(args.where, "--where", "give a place like calf, or none"))
    if args.note is not None:
        changes["note"] = args.note
    if args.amount is not None and isinstance(entry, SupplementEntry):
        # The elemental figure typed anew: the salt's mass no longer matches it.
        changes["mg"] = round(v.amount(args.amount, "--amount", maximum=5_000), 1)
        changes["salt_mg"] = None
    elif args.amount is not None:
        typed = _none(given(args.amount, "--amount", "give a number, or none"))
        # Held to the kind's own limit (50 drinks, 24 hours) as `log` is: the model
        # holds stored entries to a day's minutes only, so 1000 drinks was stored.
        limit = factor_limit(entry.kind)
        changes["amount"] = v.optional_amount(typed, "amount", maximum=limit)
    if args.mg is not None:
        changes["mg"] = _none(given(args.mg, "--mg", "give mg, or unknown"))
    if args.grams is not None:
        grams = v.amount(args.grams, "--grams", maximum=MAX_GRAMS)  # named as typed
        changes["grams"] = grams
        if entry.grams is not None:  # the figures were for the old weight: scale them
            ratio = grams / entry.grams
            if "mg" not in changes and entry.mg is not None:
                changes["mg"] = round(entry.mg * ratio, 1)
            if entry.kcal is not None:
                changes["kcal"] = round(entry.kcal * ratio, 1)
            changes["portion"] = ""  # "1 oz" no longer says how much
    if not changes:
        raise v.ValidationError("edit", "nothing to change: give --date, --time or a field")
    return changes


def run_edit(args: argparse.Namespace) -> int:
    import sys
    from dataclasses import replace

    from journal.core.entries.entry_text import entry_sentence
    from journal.core.entries.models import SupplementEntry
    from journal.core.person.profile import supplement_limit
    from journal.shell.supplement_cmd import _confirm_far_above, over_limit
    from journal.store.edits import update_entry
    from journal.store.journal import Journal
    from journal.store.lookup import find_one
    from journal.store.profile import load_profile
    from journal.store.trial import check_not_dose

    journal = Journal.open(args.data_dir, create=False)  # no entry to find in a new one
    found = find_one(journal, args.id)
    first = changes_for(found, args)  # a bad option is refused before the lock is taken
    check_not_dose(journal, found, replace(found, **first))
    dose = isinstance(found, SupplementEntry) and "mg" in first
    limit = supplement_limit(load_profile(journal)) if dose else None
    if isinstance(found, SupplementEntry) and dose:  # asked as `supplement` asks: a typo
        # must not store 5,000 mg unseen
        hint = f"log it with `supplement {found.form} --salt {{mg:g}}` instead"
        _confirm_far_above(first["mg"], limit or 350, None, args.yes, hint)
    # The changes are worked out again on the entry as it is under the lock: another
    # copy's edit a moment ago (another field, a move) is kept, not overwritten.
    # `everywhere`: a copy an older version left twice is found too, and one is kept.
    _, new = update_entry(
        journal, found, lambda now: replace(now, **changes_for(now, args)), everywhere=True
    )
    say(f"Changed {entry_sentence(new)}")
    total = journal.day(new.date).supplement_mg
    if dose and limit is not None and total > limit:
        say(f"mg-journal: warning: {over_limit(total, limit)}", file=sys.stderr)
    return 0


def run_delete(args: argparse.Namespace) -> int:
    from journal.core.entries.entry_text import entry_sentence
    from journal.store.edits import delete_entry
    from journal.store.journal import Journal
    from journal.store.lookup import find_one
    from journal.store.trial import check_not_dose

    journal = Journal.open(args.data_dir, create=False)  # no entry to find in a new one
    found = find_one(journal, args.id)
    check_not_dose(journal, found)
    removed = delete_entry(journal, found, everywhere=True)
    if removed is None:
        say("Already deleted (by another copy of Mg Journal); nothing to do.")
        return 0
    say(f"Deleted {entry_sentence(removed)}")
    return 0
