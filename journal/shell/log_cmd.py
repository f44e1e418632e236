"""`mg-journal log KIND [AMOUNT]`: record a symptom or a factor without opening the app.

    mg-journal log cramp --severity 3 --where calf --at 06:30 --note "woke me"
    mg-journal log exercise 45          (minutes; standing: hours; alcohol: drinks)
    mg-journal log diarrhea --date 2026-11-20

Only argparse is imported at start-up; the journal's modules load inside `run`,
so `mg-journal --help` and a quick log both start fast.
"""

from __future__ import annotations

import argparse
from typing import Any

from journal.core.dates import parse_day
from journal.shell.fit import say


def register(commands: Any) -> None:
    cmd = commands.add_parser(
        "log",
        help="record a symptom (cramp, twitch, ...) or a factor (exercise 45, alcohol 2, ...)",
        description="Record a symptom or a factor now, or on a past day with --date.",
        epilog="Symptoms: cramp, twitch, spasm, weakness, fatigue and kinds you added. "
        "Factors: exercise MINUTES, standing HOURS, alcohol DRINKS, diarrhea, poor-sleep, other.",
    )
    cmd.add_argument("kind", help="what to record, e.g. cramp or exercise")
    cmd.add_argument("amount", nargs="?", help="a factor's amount: minutes, hours or drinks")
    cmd.add_argument("--severity", "-s", metavar="1-5", help="how bad a symptom was, 1 to 5")
    cmd.add_argument("--where", "-w", metavar="PLACE", help="body place: calf, foot, thigh, ...")
    # --time as well, as eat, supplement and edit take it: it said "did you mean --note?".
    cmd.add_argument(
        "--at", "--time", dest="at", metavar="HH:MM", help="default: now; 12:00 on a past day"
    )
    cmd.add_argument(
        "--date",
        "-d",
        metavar="DAY",
        help="a past day: YYYY-MM-DD, yesterday, -2 or mon (default: today)",
    )
    cmd.add_argument("--note", "-n", default="", help="a note, kept as typed")
    cmd.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from journal.core import clock
    from journal.core import validate as v
    from journal.core.entries.kinds import (
        default_time,
        factor_name,
        find_factor_kind,
        find_symptom_kind,
        valid_kinds,
    )
    from journal.core.entries.models import FactorEntry, SymptomEntry, factor_limit
    from journal.shell.existing_journal import existing_journal
    from journal.shell.given import given
    from journal.store.journal import Journal
    from journal.store.kinds import load_kinds

    given(args.severity, "--severity", "give 1 to 5, or leave --severity out")
    given(args.where, "--where", "give a place like calf, or leave --where out")
    given(args.amount, "amount", "give a number like 45, or leave it out")
    day = parse_day(args.date, clock.today()) if args.date is not None else clock.today()
    at = (
        v.not_later_today(day, v.parse_time(args.at), "at")
        if args.at is not None
        else default_time(day)
    )
    journal = existing_journal(args.data_dir)  # made only once the entry is good
    factor = find_factor_kind(args.kind)
    # Custom kinds are read only when the name is not built in: one file less to open.
    symptom = None if factor else find_symptom_kind(args.kind, [])
    if factor is None and symptom is None:
        custom = load_kinds(journal) if journal is not None else []
        symptom = find_symptom_kind(args.kind, custom)
        if symptom is None:
            kinds = valid_kinds(custom)
            # "cramps", "twich": the one meant first, as a mistyped command is offered
            meant = v.did_you_mean(args.kind.lower(), {k: k for k in kinds})
            raise v.ValidationError(  # the shell cannot add a kind: where to, said
                "kind",
                f"'{args.kind}' is not a kind{meant}; use one of: {', '.join(kinds)}; "
                "or add your own in the app (o on Today)",
            )
    entry: SymptomEntry | FactorEntry
    if factor is not None:
        if args.severity is not None or args.where is not None:
            raise v.ValidationError(factor_name(factor), "--severity and --where are for symptoms")
        limit = factor_limit(factor)
        entry = FactorEntry(
            day, at, factor, v.optional_amount(args.amount, "amount", maximum=limit), args.note
        )
    else:
        assert symptom is not None
        if args.amount is not None:
            raise v.ValidationError(symptom, f"takes no amount (got '{args.amount}')")
        entry = SymptomEntry(day, at, symptom, args.severity, args.where, args.note)
    (journal or Journal.open(args.data_dir)).add(entry)
    say(f"Logged {describe(entry)} [{entry.id[:8]}]")
    return 0


def describe(entry: Any) -> str:
    """'cramp (severity 3 · calf) on 2026-11-25 at 06:30': one plain line for the shell."""
    from journal.core.entries.kinds import entry_details, entry_what

    details = entry_details(entry)
    what = f"{entry_what(entry)} ({details})" if details else entry_what(entry)
    return f"{what} on {entry.date.isoformat()} at {entry.time.strftime('%H:%M')}"
