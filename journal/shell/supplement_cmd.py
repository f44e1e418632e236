"""`mg-journal supplement FORM [MG] [--salt MG]`: log a magnesium supplement from the shell.

    mg-journal supplement glycinate 200          # elemental mg, as labels state it
    mg-journal supplement glycinate --salt 1430  # the salt's mass, converted (approximate)

Conversion uses the approximate elemental fractions of FACTS.md; the line printed
says so. A warning goes to stderr when the day's supplemental magnesium passes the
Upper Limit for the person's age (350 mg from 9 years, FACTS.md; supplements only,
not food). A single dose far above it (more than FAR_ABOVE times) is most often the
salt's weight typed as elemental magnesium: on a terminal it asks before storing,
and without one it needs --yes.
"""

from __future__ import annotations

import argparse
from typing import Any

from journal.core.dates import parse_day
from journal.core.food.supplements import FAR_ABOVE


def register(commands: Any) -> None:
    from journal.core.food.supplements import FORMS

    cmd = commands.add_parser(
        "supplement",
        help="log a magnesium supplement: mg-journal supplement glycinate 200",
        description="Log a magnesium supplement by its elemental mg per dose, "
        "or by the salt's mass with --salt (converted, approximately).",
    )
    cmd.add_argument("form", help=", ".join(FORMS))
    cmd.add_argument("mg", nargs="?", help="elemental magnesium per dose, mg (the label's figure)")
    cmd.add_argument(
        "--salt", metavar="MG", help="the salt's mass in mg, when the label gives only that"
    )
    cmd.add_argument(
        "--date", metavar="DAY", help="YYYY-MM-DD, yesterday, -2 or mon (default: today)"
    )
    # --at as well, as edit and log take it: "did you mean --salt?" named no time at all.
    cmd.add_argument("--time", "--at", metavar="HH:MM", help="default: now; 12:00 on a past day")
    cmd.add_argument("--note", default="", help="free text")
    cmd.add_argument(
        "--yes",
        action="store_true",
        help=f"store a dose more than {FAR_ABOVE} times the upper limit without asking",
    )
    cmd.set_defaults(handler=run)


def _confirm_far_above(
    mg: float,
    limit: int,
    salt: float | None,
    yes: bool,
    salt_hint: str = "use --salt {mg:g}",
    infant: bool = False,
) -> None:
    """Ask before storing a dose far above the Upper Limit; refuse without a terminal."""
    import sys

    from journal.core.food.supplements import far_above
    from journal.core.validate import ValidationError

    what = None if yes else far_above(mg, limit)
    if what is None:
        return
    if infant:
        what = what.replace(" upper limit", " limit from age 1 (none is set under 1)")
    if salt is None:
        what += f"; if that is the salt's weight, {salt_hint.format(mg=mg)}"
    if sys.stdin.isatty() and sys.stdout.isatty():
        answer = input(f"{what}. Store {mg:,.0f} mg elemental? [y/N] ").strip().lower()
        if answer in ("y", "yes"):
            return
        raise ValidationError("magnesium", "not stored")
    raise ValidationError("magnesium", f"{what}; --yes stores it as given")


def run(args: argparse.Namespace) -> int:
    import sys

    from journal.core import clock
    from journal.core import validate as v
    from journal.core.entries.kinds import default_time
    from journal.core.entries.models import SupplementEntry
    from journal.core.food.supplements import (
        ELEMENTAL_FRACTION,
        INFANT_NOTE,
        INFANT_YARDSTICK_MG,
        elemental_mg,
        form_named,
    )
    from journal.core.person.profile import Profile, supplement_limit
    from journal.shell.existing_journal import existing_journal
    from journal.shell.fit import say
    from journal.store.errors import StoreError
    from journal.store.journal import Journal
    from journal.store.profile import load_profile

    form = form_named(args.form)
    day = parse_day(args.date, clock.today()) if args.date is not None else clock.today()
    at = (
        v.not_later_today(day, v.parse_time(args.time))
        if args.time is not None
        else default_time(day)
    )
    salt: float | None = None
    if args.salt is not None:
        if args.mg is not None:
            raise v.ValidationError("salt", "give the elemental mg or --salt, not both")
        salt = v.amount(v.without_mg(args.salt), "salt", maximum=100_000)
        try:
            mg = elemental_mg(form, salt)
        except ValueError as exc:
            raise v.ValidationError("salt", str(exc)) from None
    elif args.mg is None:
        raise v.ValidationError("magnesium", "give the elemental mg per dose, or --salt MG")
    else:
        mg = v.amount(v.without_mg(args.mg), "magnesium", maximum=5_000)
    journal = existing_journal(args.data_dir)  # made only once the dose is good
    try:
        profile = load_profile(journal) if journal is not None else Profile()
        limit, unread = supplement_limit(profile), None
    except StoreError as exc:  # a damaged profile must not stop the dose being logged
        limit, unread = None, exc
    # An infant has no limit set: its far-above check takes the youngest limit set
    # (65 mg, from age 1), and every dose gets the warning below.
    infant = unread is None and limit is None
    yardstick = INFANT_YARDSTICK_MG if infant else (limit or 350)
    _confirm_far_above(mg, yardstick, salt, args.yes, infant=infant)
    entry = SupplementEntry(day, at, form, round(mg, 1), salt, args.note)
    journal = journal or Journal.open(args.data_dir)
    journal.add(entry)
    how = f"{mg:,.0f} mg elemental"
    if salt is not None:
        share = (ELEMENTAL_FRACTION[form] or 0) * 100
        how = f"{salt:,.0f} mg magnesium {form} ≈ {how} ({share:.3g}%, approximate)"
    total = journal.day(day).supplement_mg
    say(
        f"Logged magnesium {form}: {how}; supplements on {day.isoformat()}: {total:,.0f} mg "
        f"[{entry.id[:8]}]",
        2,
    )
    if unread is not None:
        # The dose is saved: exit 0, so a script that retries on failure logs it once.
        say(f"mg-journal: warning: the upper limit was not checked: {unread}", file=sys.stderr)
        return 0
    if infant:
        say(f"mg-journal: warning: {INFANT_NOTE}", file=sys.stderr)
    elif limit is not None and total > limit:
        say(f"mg-journal: warning: {over_limit(total, limit)}", file=sys.stderr)
    return 0


def over_limit(total: float, limit: int) -> str:
    """The day's supplements above the Upper Limit, in words."""
    return (
        f"{total:,.1f}".removesuffix(".0") + f" mg of supplemental magnesium is above the "
        f"{limit} mg upper limit for your age (supplements only, not food); too much can "
        "cause diarrhea, nausea and cramping."
    )
