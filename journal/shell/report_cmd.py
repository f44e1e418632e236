"""`mg-journal report [--days N] [--threshold 0.75]`: the dashboard's findings as plain text."""

from __future__ import annotations

import argparse
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
        help="print the findings and the 2x2 table as plain text",
        description="Magnesium against symptom days over a period, as the dashboard shows it.",
    )
    cmd.add_argument("--days", type=_days, help="the last N days (default: the whole journal)")
    cmd.add_argument(
        "--threshold",
        type=_threshold,
        default=1.0,
        help="a low day is below this fraction of the target (default 1.0; e.g. 0.75)",
    )
    cmd.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from journal.core import dashboard
    from journal.core.report_text import report
    from journal.shell._target import journal_target
    from journal.store.journal import Journal

    journal = Journal.open(args.data_dir)
    today = clock.today()
    days = list(journal.days(dashboard.read_start(today, args.days), today))
    target = journal_target(journal)
    if target <= 0:
        raise ValidationError("target", "must be more than 0 mg")
    print(report(dashboard.build(days, today, args.days, target, args.threshold)))
    return 0
