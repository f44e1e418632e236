"""`mg-journal report`: the dashboard's findings as plain text, or a page for a doctor.

    mg-journal report --days 90                      plain text on the terminal
    mg-journal report --from 2024-01-01 --to 2024-12-31   a year imported from Cronometer
    mg-journal report --format html -o visit.html    one self-contained page (0600)
    mg-journal report --format markdown --complete-only -o visit.md

Every format covers the last 90 days unless --days (or --from/--to) says otherwise:
the same period the dashboard opens with, so the three give one answer.
"""

from __future__ import annotations

import argparse
import dataclasses
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from journal.core import clock
from journal.core.report.formats import FORMATS
from journal.core.validate import ValidationError
from journal.shell.fit import say

ALL_DAYS = 0  # `--days all`: every day of the journal
LOWEST, HIGHEST = 0.1, 2.0  # --threshold's bounds, as a fraction of the target


def _days(text: str) -> int:
    if text.strip().lower() == "all":
        return ALL_DAYS
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of days") from None
    if not 1 <= value <= 36_500:
        raise argparse.ArgumentTypeError("days must be from 1 to 36500")
    return value


def _threshold(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number like 0.75") from None
    if not LOWEST <= value <= HIGHEST:
        raise argparse.ArgumentTypeError(
            f"threshold is a fraction of the target, {LOWEST:g} to {HIGHEST:g}"
        )
    return value


def _period(args: argparse.Namespace, default_days: int | None) -> tuple[date, int | None]:
    """(last day, number of days or None for all) from --days, or --from and --to."""
    from journal.core.validate import after_to, range_date

    today = clock.today()
    # `is not None`: an empty --from "$START" is refused, not read as left out.
    end = range_date(args.end, "--to", last=True) if args.end is not None else today
    if args.start is not None:
        start = range_date(args.start, "--from")
        if start > end:
            raise ValidationError("--from", after_to(start, end))
        return end, (end - start).days + 1
    days = default_days if args.days is None else args.days or None  # ALL_DAYS: None
    return (end if args.end is not None else today), days


def register(commands: Any) -> None:
    cmd = commands.add_parser(
        "report",
        help="the findings and 2x2 tables as text, or a page for a doctor (markdown, html)",
        description="Magnesium against symptom days over a period, as the dashboard shows it.",
    )
    period = cmd.add_mutually_exclusive_group()
    period.add_argument(
        "--days",
        type=_days,
        help="the last N days, or all (default 90, as the dashboard)",
    )
    period.add_argument(
        "--from", dest="start", metavar="DAY", help="first day: YYYY-MM-DD, yesterday, -30 or mon"
    )
    cmd.add_argument("--to", dest="end", metavar="DAY", help="last day, as --from (default: today)")
    cmd.add_argument(
        "--threshold",
        type=_threshold,
        default=1.0,
        help=f"a low day is below this fraction of the target, {LOWEST:g} to {HIGHEST:g} "
        "(default 1.0; e.g. 0.75)",
    )
    cmd.add_argument(
        "--format",
        choices=tuple(FORMATS),
        default="text",
        help="; ".join(f"{f.name}: {f.help}" for f in FORMATS.values()) + " (default: text)",
    )
    cmd.add_argument("-o", "--output", metavar="FILE", help="write to FILE (0600) instead")
    basis = cmd.add_mutually_exclusive_group()
    basis.add_argument(
        "--complete-only",
        dest="basis",
        action="store_const",
        const="complete only",
        help="use only days marked complete (the default once 14 are marked in the period)",
    )
    basis.add_argument(
        "--any-food",
        dest="basis",
        action="store_const",
        const="any food",
        help="use every day with any food logged",
    )
    cmd.set_defaults(handler=run)


def _trial(journal: Any, today: date) -> str | None:
    """The note that a trial runs, as the dashboard gives it: the report says it too."""
    from journal.core.trial.words import dashboard_note
    from journal.store.trial import load_trial

    return dashboard_note(load_trial(journal), today, "mg-journal trial report")


def run(args: argparse.Namespace) -> int:
    from journal.core.analysis import dashboard
    from journal.core.analysis.daily import ALL
    from journal.core.person.day_targets import DayTargets
    from journal.store.journal import Journal
    from journal.store.profile import load_profile
    from journal.store.summaries import DaySummaries

    journal = Journal.open(args.data_dir, create=False)
    form = FORMATS[args.format]
    today, length = _period(args, form.default_days)
    profile = load_profile(journal)
    day_targets = DayTargets(profile)
    # The target of the period's last day: a report of a pregnancy's months states the
    # pregnancy's target, not today's (each day is judged against its own anyway).
    target = day_targets.on(today)
    if target.mg <= 0:
        raise ValidationError("target", "must be more than 0 mg")
    # Each day's summary, from the summary cache where a day file is unchanged.
    summaries = DaySummaries.open(journal)
    # Only the days the period needs are checked: a damaged day outside it is not read.
    scanned = summaries.scan(dashboard.read_start(today, length))
    rows = {day: row for day, row in scanned.items() if day <= today}
    since = today - timedelta(days=dashboard.OWN_FOOD_DAYS)
    summaries.mark_validated(since)
    recent = dashboard.recent_foods(journal.days(since, today), today)
    group = profile.my_symptom or ALL  # the main question's symptom
    dash = dashboard.build_from_rows(
        rows,
        recent,
        today,
        length,
        target.mg,
        args.threshold,
        args.basis,
        group,
        _trial(journal, today),
        day_targets.mg,
    )
    if args.start or args.end:
        dash = dataclasses.replace(dash, period="the dates asked for")
    start = dashboard.read_start(today, length)
    days = list(journal.days(start, today)) if form.needs_days else []
    text = form.render(dash, days, target.basis)
    if args.output is None or args.output.strip() == "-":  # "-": standard output, as usual
        from journal.shell.fit import columns, fit

        print(fit(text, columns()) if args.format == "text" else text)
        return 0
    if not args.output.strip():  # "" would name the folder the command was typed in
        raise ValidationError("output", "give a file name, e.g. -o report.html")
    from journal.store.export import write_report

    path = write_report(Path(args.output).expanduser().absolute(), text)
    say(f"Wrote the report to {path}")
    return 0
