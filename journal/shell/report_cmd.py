"""`mg-journal report`: the dashboard's findings as plain text, or a page for a doctor.

    mg-journal report --days 90                      plain text on the terminal
    mg-journal report --format html -o visit.html    one self-contained page (0600)
    mg-journal report --format markdown --complete-only -o visit.md

Every format covers the last 90 days unless --days says otherwise: the same period
the dashboard opens with, so the three give one answer.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from journal.core import clock
from journal.core.validate import ValidationError


def _days(text: str) -> int:
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
    if not 0.1 <= value <= 2.0:
        raise argparse.ArgumentTypeError("threshold is a fraction of the target, 0.1 to 2")
    return value


def register(commands: Any) -> None:
    cmd = commands.add_parser(
        "report",
        help="the findings and 2x2 tables as text, or a page for a doctor (markdown, html)",
        description="Magnesium against symptom days over a period, as the dashboard shows it.",
    )
    cmd.add_argument(
        "--days",
        type=_days,
        help="the last N days (default 90, as the dashboard)",
    )
    cmd.add_argument(
        "--threshold",
        type=_threshold,
        default=1.0,
        help="a low day is below this fraction of the target (default 1.0; e.g. 0.75)",
    )
    cmd.add_argument(
        "--format",
        choices=("text", "markdown", "html"),
        default="text",
        help="text (default), or one page for a doctor: markdown or html",
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


def run(args: argparse.Namespace) -> int:
    from journal.core.analysis import dashboard
    from journal.core.report.text import report
    from journal.shell._target import journal_target_with_basis
    from journal.store.journal import Journal

    journal = Journal.open(args.data_dir)
    today = clock.today()
    length = args.days or dashboard.DEFAULT_DAYS
    days = list(journal.days(dashboard.read_start(today, length), today))
    target = journal_target_with_basis(journal)
    if target.mg <= 0:
        raise ValidationError("target", "must be more than 0 mg")
    from journal.core.analysis.daily import ALL
    from journal.store.profile import load_profile

    group = load_profile(journal).my_symptom or ALL
    dash = dashboard.build(days, today, length, target.mg, args.threshold, args.basis, group)
    if args.format == "text":
        text = report(dash)
    else:
        from journal.core.report.doc import gather

        doc = gather(dash, days, target.basis)
        if args.format == "html":
            from journal.core.report.html import render_html

            text = render_html(doc)
        else:
            from journal.core.report.markdown import render_markdown

            text = render_markdown(doc)
    if args.output is None:
        print(text)
        return 0
    from journal.store.export import write_report

    path = write_report(Path(args.output).expanduser().absolute(), text)
    print(f"Wrote the report to {path}")
    return 0
