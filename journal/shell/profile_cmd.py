"""`mg-journal profile`: show the profile and the daily target, or change them.

mg-journal profile
mg-journal profile --sex female --born 1990 --pregnant
mg-journal profile --condition diabetes --condition celiac
mg-journal profile --target 350        # a custom target; --target rda goes back
mg-journal profile --no-pregnant --lactating --since 2026-05-14

A change of pregnancy, breastfeeding or target holds from today (or `--since`); the days
before keep the target they had, so past findings do not shift.
"""

from __future__ import annotations

import argparse
from datetime import date, timedelta
from itertools import pairwise
from typing import Any

from journal.core import clock
from journal.core.dates import parse_day
from journal.core.person.day_targets import SETTINGS, DayTargets
from journal.core.person.eras import typed_target
from journal.core.person.profile import (
    CONDITION_KEYS,
    CONDITIONS_FOOTER,
    SEX_LABELS,
    UNIT_LABELS,
    Profile,
    birth_year,
    condition_notes,
    supplement_limit,
    target,
)
from journal.core.validate import ValidationError


def register(commands: Any) -> None:
    cmd = commands.add_parser(
        "profile",
        help="show or set your profile and daily magnesium target",
        description="With no options, print the profile and the target it gives. "
        "Options change it; a bad value changes nothing.",
    )
    cmd.add_argument("--sex", metavar="SEX", help="female, male or unspecified (prefer not to say)")
    cmd.add_argument("--born", metavar="YEAR", help="birth year, e.g. 1990")
    cmd.add_argument(
        "--pregnant",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="pregnant now, or no longer (with --since: from when)",
    )
    cmd.add_argument(
        "--lactating",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="breastfeeding now, or no longer (with --since: from when)",
    )
    cmd.add_argument(
        "--condition",
        action="append",
        default=[],
        metavar="NAME",
        help=f"add a condition (repeatable): {', '.join(CONDITION_KEYS)}",
    )
    cmd.add_argument("--clear-conditions", action="store_true", help="remove all conditions")
    cmd.add_argument("--units", metavar="UNITS", help="metric or us")
    cmd.add_argument("--target", metavar="MG", help="a custom daily target in mg, or 'rda'")
    cmd.add_argument(
        "--since",
        metavar="DATE",
        help="the day a change of --pregnant, --lactating or --target took effect "
        "(default today); earlier days keep the target they had",
    )
    cmd.add_argument(
        "--my-symptom",
        metavar="KIND",
        help="the symptom the findings ask about (e.g. cramp), or 'any' (the default)",
    )
    cmd.set_defaults(handler=run)


# Typed for the sex as forms ask it: "f" was refused as "not one of: female, male, ...".
SEX_WORDS = {"f": "female", "m": "male", "woman": "female", "man": "male"}


def _changes(args: argparse.Namespace, profile: Profile) -> dict[str, Any]:
    from journal.shell.given import given

    changes: dict[str, Any] = {}
    # Given empty (a script's empty variable), a year or target was cleared, silently.
    given(args.born, "born", "type a year like 1990, or leave --born out")
    given(args.target, "target", "type mg a day, e.g. 350, or rda for the RDA")
    if args.sex is not None:
        sex = args.sex.strip().lower()
        changes["sex"] = SEX_WORDS.get(sex, args.sex)
        # Switching to male clears pregnancy and lactation unless they were asked for.
        if changes["sex"] == "male":
            changes.setdefault("pregnant", False)
            changes.setdefault("lactating", False)
    if args.born is not None:  # refused as --born, the word typed, not as birth_year
        changes["birth_year"] = birth_year(args.born, "born")
    if args.pregnant is not None:
        changes["pregnant"] = args.pregnant
    if args.lactating is not None:
        changes["lactating"] = args.lactating
    if args.clear_conditions or args.condition:
        kept = () if args.clear_conditions else profile.conditions
        changes["conditions"] = (*kept, *(c.strip().lower() for c in args.condition))
    if args.units is not None:
        changes["units"] = args.units
    if args.target is not None:
        rda = args.target.strip().lower() == "rda"
        changes["custom_target_mg"] = None if rda else typed_target(args.target, rda="or 'rda'")
    if args.my_symptom is not None:
        changes["my_symptom"] = args.my_symptom
    return changes


def describe(profile: Profile, first: date | None = None) -> list[str]:
    """The profile and its target as lines of plain text; `first`: the journal's first
    day, from which the earlier targets are listed."""
    goal = target(profile)
    born = "not given"
    if profile.birth_year is not None:
        born = f"{profile.birth_year} (age {profile.age} this year)"
    yes_no = {True: "yes", False: "no"}
    ul = supplement_limit(profile)
    lines = [
        f"Sex:          {SEX_LABELS[profile.sex]}",
        f"Born:         {born}",
        f"Pregnant:     {yes_no[profile.pregnant]}",
        f"Lactating:    {yes_no[profile.lactating]}",
        f"Conditions:   {', '.join(profile.conditions) or 'none'}",
        f"Units:        {UNIT_LABELS[profile.units]}",
        f"Target:       {goal.mg:,g} mg a day{' (custom)' if goal.is_custom else ''}",
        f"  basis:      {goal.basis}",
        f"My symptom:   {profile.my_symptom or 'any symptom'} (what the findings ask about)",
        "Supplements:  "
        + (
            f"upper limit {ul} mg a day from supplements and medicines (food has none)"
            if ul is not None
            else "no upper limit is set for infants; ask a clinician"
        ),
    ]
    lines.extend(earlier_targets(profile, first))
    notes = condition_notes(profile)
    if notes:
        lines.append("Notes:")
        lines.extend(f"  - {note}" for note in notes)
        lines.append(f"  {CONDITIONS_FOOTER}")
    return lines


def earlier_targets(profile: Profile, first: date | None = None) -> list[str]:
    """The targets days before today were judged against, from `first` (the journal's
    first day; None: from the earliest setting kept): a change of pregnancy,
    breastfeeding or own target, or of age on 1 January."""
    today = clock.today()
    start = min([e.until - timedelta(days=1) for e in profile.eras[:1]] + [first or today])
    changes = DayTargets(profile).changes(start, today)
    if len(changes) < 2:
        return []
    lines = ["Earlier:      each past day is judged against the target of its time"]
    for change, following in pairwise(changes):
        last = following.since - timedelta(days=1)
        basis = change.target.basis.split(";")[0].split(" (age ")[0]  # no "this year" note
        lines.append(f"  to {last.isoformat()}: {change.target.mg:,g} mg ({basis})")
    return lines


def _symptom_kind(journal: Any, name: str) -> str:
    """The kind as `log` stores it ("Cramp" is cramp), or "any"."""
    from journal.shell.symptom_kind import symptom_kind

    if name.strip().lower() == "any":
        return "any"
    return symptom_kind(journal, name, "my-symptom", "or any")


def run(args: argparse.Namespace) -> int:
    from journal.shell.existing_journal import existing_journal
    from journal.shell.fit import say
    from journal.store.journal import Journal
    from journal.store.profile import load_profile, update_profile

    journal = existing_journal(args.data_dir)  # made only to save a good change
    if args.my_symptom is not None:
        args.my_symptom = _symptom_kind(journal, args.my_symptom)
    profile = load_profile(journal) if journal is not None else Profile()
    changes = _changes(args, profile)
    since: date | None = None
    named: tuple[str, ...] = ()
    if args.since is not None:
        since = parse_day(args.since, clock.today(), "since")
        named = tuple(s for s in SETTINGS if s in changes)
        if not named:
            raise ValidationError(
                "since", "dates a change of --pregnant, --lactating or --target; give one"
            )
    if changes:
        profile.but(**changes)  # built (so validated) first: a bad value takes no lock
        journal = journal or Journal.open(args.data_dir)
        # Worked out again on the profile as saved under the lock: a change another
        # copy made meanwhile (a condition added, the target) is kept.
        profile = update_profile(journal, lambda now: now.but(**_changes(args, now)), since, named)
        say("Profile saved.")
    files = journal.day_files() if journal is not None else []
    say("\n".join(describe(profile, files[0][0] if files else None)))
    return 0
