"""The steps of `mg-journal trial` and the options of each (argparse): what
`mg-journal trial STEP --help` shows. `trial_cmd` carries them out."""

from __future__ import annotations

from typing import Any

from journal.core.trial import plan as defaults


def add_steps(cmd: Any) -> None:
    """The trial's steps (plan, start, dose, ...) under `cmd`, each with its options."""
    sub = cmd.add_subparsers(dest="trial_command", metavar="STEP", required=True)
    plan = sub.add_parser("plan", help="write the plan (before the start it can be rewritten)")
    plan.add_argument("form", help="the supplement, e.g. glycinate")
    plan.add_argument(
        "dose",
        help="elemental magnesium a day, mg (the label's figure; "
        f"at most {defaults.MAX_DOSE_MG:,.0f})",
    )
    plan.add_argument(
        "--against",
        choices=defaults.COMPARATORS,
        default="none",
        help="the other periods: no supplement (none, the default) or a placebo",
    )
    plan.add_argument(
        "--blind", action="store_true", help="sealed bottles A and B (with --against placebo)"
    )
    plan.add_argument("--outcome", default="cramp", help="the symptom kind counted (default cramp)")
    plan.add_argument("--severity", action="store_true", help="weigh symptoms by severity")
    plan.add_argument(
        "--run-in",
        type=int,
        default=defaults.DEFAULT_RUN_IN_DAYS,
        metavar="DAYS",
        help=f"days counted before the first period, 0 to {defaults.MAX_RUN_IN_DAYS} "
        f"(default {defaults.DEFAULT_RUN_IN_DAYS})",
    )
    plan.add_argument(
        "--pairs",
        type=int,
        default=defaults.DEFAULT_PAIRS,
        help=f"pairs of periods, one on and one off: {defaults.MIN_PAIRS} or "
        f"{defaults.MAX_PAIRS} (default {defaults.DEFAULT_PAIRS})",
    )
    plan.add_argument(
        "--period",
        type=int,
        default=defaults.DEFAULT_PERIOD_DAYS,
        metavar="DAYS",
        help=f"days in each period, {defaults.MIN_PERIOD_DAYS} to {defaults.MAX_PERIOD_DAYS} "
        f"(default {defaults.DEFAULT_PERIOD_DAYS})",
    )
    plan.add_argument(
        "--washout",
        type=int,
        metavar="DAYS",
        help="days not analysed at the start of each period, 0 to the period less "
        f"{defaults.WASHOUT_SPARE_DAYS} (default: half of a period)",
    )
    plan.add_argument(
        "--benefit",
        type=float,
        default=defaults.DEFAULT_BENEFIT,
        help="fewer a week worth having (default 1)",
    )
    plan.add_argument("--seed", type=int, help="the order's seed (default: drawn now)")
    plan.add_argument(
        "--rate",
        type=float,
        metavar="N",
        help="your symptoms a week now, if you know: says how often this plan finds a benefit",
    )
    start = sub.add_parser("start", help="start the run-in; the plan is locked from now")
    start.add_argument(
        "--date", metavar="DAY", help="YYYY-MM-DD, yesterday, -2 or mon (default: today)"
    )
    dose = sub.add_parser(
        "dose", help="record a day's trial dose as taken or missed (today unless --date)"
    )
    dose.add_argument(
        "state",
        choices=("taken", "missed"),
        metavar="STATE",  # so a missing one is named as the usage line names it
        help="taken or missed",
    )
    dose.add_argument(
        "--date", metavar="DAY", help="YYYY-MM-DD, yesterday, -2 or mon (default: today)"
    )
    sub.add_parser("status", help="where the trial stands, and the result so far")
    report = sub.add_parser("report", help="the trial report: text, markdown or html")
    report.add_argument(
        "--format", choices=("text", "markdown", "html"), default="text", help="default: text"
    )
    report.add_argument("-o", "--output", metavar="FILE", help="write to FILE (0600)")
    packing = sub.add_parser("packing", help="the packing sheet for the helper")
    packing.add_argument(
        "--helper",
        action="store_true",
        help="include which bottle holds magnesium (breaks the seal)",
    )
    packing.add_argument("-o", "--output", metavar="FILE", help="write to FILE (0600)")
    packing.add_argument(
        "--yes", action="store_true", help="the helper's sheet once the trial has started"
    )
    guess = sub.add_parser("guess", help="which bottle you think held magnesium (A or B)")
    guess.add_argument("bottle", help="A or B")
    unseal = sub.add_parser("unseal", help="show which bottle held magnesium")
    unseal.add_argument(
        "--yes", action="store_true", help="open it before the end, ending the blinding"
    )
    amend = sub.add_parser("amend", help="change the started plan; kept as a dated amendment")
    amend.add_argument(
        "field",
        choices=tuple(defaults.AMENDABLE),
        metavar="FIELD",
        help=f"what changes: {', '.join(defaults.AMENDABLE)}",
    )
    amend.add_argument(
        "value", metavar="VALUE", help="its new value, e.g. 4 (pairs) or 250 (dose_mg)"
    )
    amend.add_argument("--reason", default="", help="why, kept with the amendment")
    stop = sub.add_parser(
        "stop", help="end the trial today, its last day: no dose from then on (an amendment)"
    )
    stop.add_argument("--reason", default="", help="why, kept with the amendment")
