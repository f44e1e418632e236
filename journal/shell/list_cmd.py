"""`mg-journal list [--date D] [--days N]`: entries with their short ids, for `edit` and `delete`.

mg-journal list                     today
mg-journal list --date 2026-11-20   that day
mg-journal list --days 7            the last 7 days (ending --date, default today)
"""

from __future__ import annotations

import argparse
from typing import Any

from journal.core.dates import DayToCome, parse_day


def _days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of days") from None
    if not 1 <= value <= 3_660:
        raise argparse.ArgumentTypeError("days must be from 1 to 3660")
    return value


def register(commands: Any) -> None:
    cmd = commands.add_parser(
        "list",
        help="list a day's entries with their ids (for edit and delete)",
        description="Entries of a day (default today) or of the last N days, each with the "
        "first 8 characters of its id.",
    )
    cmd.add_argument(
        "--date",
        "-d",
        metavar="DAY",
        help="the (last) day to list: YYYY-MM-DD, yesterday, -2 or mon",
    )
    cmd.add_argument("--days", type=_days, default=1, help="how many days, ending --date")
    cmd.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from datetime import timedelta

    from journal.core import clock
    from journal.core.analysis.daily import row_for, total_text
    from journal.core.entries.entry_text import entry_line, short_id
    from journal.core.entries.models import Entry
    from journal.core.person.day_targets import DayTargets
    from journal.shell.fit import say
    from journal.store.errors import DamagedFileError
    from journal.store.journal import Journal
    from journal.store.profile import load_profile

    today = clock.today()
    try:
        end = parse_day(args.date, today) if args.date is not None else today
    except DayToCome as exc:  # "tomorrow": nothing is logged yet, as on an empty day
        end = exc.day
    start = end - timedelta(days=args.days - 1)
    journal = Journal.open(args.data_dir, create=False)
    if start > today:
        span = end.isoformat() if args.days == 1 else f"{start.isoformat()} to {end.isoformat()}"
        come = "a day" if args.days == 1 else "days"
        say(f"Nothing logged on {span}: {come} to come (today is {today.isoformat()}).")
        return 0
    end = min(end, today)  # the days to come of the span hold nothing
    days = list(journal.days(start, end))
    if not days:
        span = end.isoformat() if args.days == 1 else f"{start.isoformat()} to {end.isoformat()}"
        say(f"Nothing logged on {span}.")
        return 0
    try:
        targets: DayTargets | None = DayTargets(load_profile(journal))
    except DamagedFileError:
        targets = None  # entries are still listed, to be put right, without a target
    for n, day in enumerate(days):
        row = row_for(day, {})
        # Against the day's target: 399.5 mg of 400 is "399 mg", not a target met.
        edges = () if targets is None else (targets.mg(day.date),)
        total = total_text(row, *edges) if day.foods else "no food logged"
        if day.supplements and not day.foods:  # its supplements still count
            total = f"{row.supplement_mg:,.0f} mg from supplements; no food logged"
        mark = "  ✓ complete" if day.complete else ""
        say(("\n" if n else "") + f"{day.date:%Y-%m-%d %A}  magnesium {total}{mark}")
        entries: list[Entry] = [*day.foods, *day.supplements, *day.symptoms, *day.factors]
        for e in sorted(entries, key=lambda e: e.time):  # stable: then as logged
            say(f"  {short_id(e)}  {e.time:%H:%M}  {entry_line(e)}")
    return 0
