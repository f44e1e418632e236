"""`mg-journal trial ...`: plan, run and read a personal (N-of-1) magnesium trial.

mg-journal trial plan glycinate 300 --against placebo --blind
mg-journal trial packing --helper -o packing.txt   the helper's sheet (breaks the seal)
mg-journal trial start
mg-journal trial dose taken                        or: dose missed
mg-journal trial status
mg-journal trial guess A                           which bottle you think held magnesium
mg-journal trial unseal
mg-journal trial report --format html -o trial.html
mg-journal trial amend pairs 4 --reason "still unclear"
mg-journal trial stop --reason "the stopping rule is met"
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from journal.core import clock
from journal.core.dates import parse_day
from journal.core.trial import plan as defaults
from journal.shell.fit import say
from journal.shell.trial_args import add_steps
from journal.shell.trial_packing import packing, write_or_print


def register(commands: Any) -> None:
    cmd = commands.add_parser(
        "trial",
        help="a personal magnesium trial: plan, start, dose, status, report, unseal",
        description="A personal (N-of-1) trial: pairs of periods on and off magnesium, "
        "the order drawn in each pair, analysed after a washout.",
    )
    add_steps(cmd)
    cmd.set_defaults(handler=run)


def _form(name: str) -> str:
    """The supplement form as `supplement` knows it ("Glycinate" is glycinate)."""
    from journal.core.food.supplements import form_named

    return form_named(name)


def run(args: argparse.Namespace) -> int:

    from journal.core import validate as v
    from journal.core.entries.kinds import default_time
    from journal.core.person.profile import supplement_limit
    from journal.core.trial import words
    from journal.core.trial.plan import Plan
    from journal.shell.existing_journal import existing_journal
    from journal.shell.supplement_cmd import over_limit
    from journal.shell.symptom_kind import symptom_kind
    from journal.shell.trial_again import already
    from journal.store import trial as store
    from journal.store.journal import Journal
    from journal.store.profile import load_profile

    journal = existing_journal(args.data_dir)  # made only to save a good plan
    today = clock.today()
    step = args.trial_command
    if step == "plan":
        if args.rate is not None and not 0 < args.rate <= 1_000:
            raise v.ValidationError("rate", "must be your symptoms a week, above 0")
        if args.blind and args.against != "placebo":  # the plan's refusal, with what to type
            raise v.ValidationError("blind", "needs a placebo: add --against placebo")
        plan = Plan(
            _form(args.form),
            args.dose,
            args.seed if args.seed is not None else defaults.default_seed(),
            args.against,
            args.blind,
            symptom_kind(journal, args.outcome, "outcome"),
            "severity" if args.severity else "count",
            args.run_in,
            args.pairs,
            args.period,
            args.washout,
            args.benefit,
            today,
        )
        journal = journal or Journal.open(args.data_dir)
        trial = store.save_plan(journal, plan)
        say("\n".join(words.plan_lines(trial)), 2)
        say(_power(plan, args.rate))
        limit = supplement_limit(load_profile(journal))
        if limit is not None and plan.dose_mg > limit:
            say(f"mg-journal: warning: {over_limit(plan.dose_mg, limit)}", file=sys.stderr)
        if plan.blinded:
            say("Blinded: have a helper pack the bottles from `mg-journal trial packing --helper`.")
        return 0
    if journal is None:  # every other step needs a plan, so a journal: said as such
        journal = Journal.open(args.data_dir, create=False)
    if step == "packing":
        trial = store.load_trial(journal) or store.update(journal, lambda t: t)
        return packing(args, trial, today)
    if step == "start":
        on = parse_day(args.date, clock.today()) if args.date is not None else today
        if already(store.load_trial(journal), step, None if args.date is None else on):
            return 0
        trial = store.update(journal, lambda t: t.started(on))
        first, last = trial.periods[0].start, trial.periods[-1].end  # when, not just day 140
        say(
            f"Started on {on:%-d %b %Y}: the plan is locked; the first period starts "
            f"{first:%-d %b %Y}, the last day is {last:%-d %b %Y} (day {trial.plan.total_days})."
        )
        return 0
    if step == "dose":
        on = parse_day(args.date, clock.today()) if args.date is not None else today
        current = store.load_trial(journal)
        if current is not None and store.same_dose(current, on, args.state):
            other = "missed" if args.state == "taken" else "taken"
            say(
                f"The dose of {on:%-d %b %Y} was recorded as {args.state} already: nothing "
                f"changed (to correct it: mg-journal trial dose {other} --date {on.isoformat()})."
            )
            return 0
        trial = store.record_dose(journal, on, args.state, default_time(on))  # a past day: midday
        print(words.today_line(trial, on))  # a dose day: never None
        _warn_above_limit(journal, on)
        return 0
    if step == "guess":
        trial = store.update(journal, lambda t: t.guessed(args.bottle, today))
        say(f"Kept your guess: bottle {trial.guess} held magnesium.")
        return 0
    if step == "unseal":
        current = store.load_trial(journal)
        if already(current, step, today):
            return 0
        if current is not None and current.start is None and current.sealed and not args.yes:
            raise v.ValidationError(
                "unseal",
                "the trial has not started: opening the seal now means it cannot run "
                "blinded; repeat with --yes to open it anyway",
            )
        early = current is not None and current.start is not None and not current.ended(today)
        if (
            early
            and not args.yes
            and current
            and not store.trial_result(journal, current, today).stop
        ):
            raise v.ValidationError(
                "unseal",
                "the trial is still running and its stopping rule is not met: opening the "
                "seal now ends its blinding; repeat with --yes to open it anyway",
            )
        trial = store.unseal(journal, today)
        say(f"Unsealed: bottle {trial.magnesium_bottle()} held magnesium.")
        return 0
    if step == "amend":
        current = store.load_trial(journal)
        if args.field == "pairs" and current is not None and current.start is not None:
            from journal.core.trial.amend_refusal import pairs_refusal

            verdict = store.trial_result(journal, current, today).verdict
            refusal = pairs_refusal(verdict, current.sealed)
            if refusal is not None:
                raise v.ValidationError("pairs", refusal)
        trial = store.update(
            journal, lambda t: t.amended(args.field, args.value, today, args.reason)
        )
        say(f"Amended {today:%-d %b %Y}: {trial.amendments[-1].what}")
        return 0
    if step == "stop":
        if already(store.load_trial(journal), step, today):
            return 0
        trial = store.update(journal, lambda t: t.stopped_on(today, args.reason))
        say(f"Stopped on {today:%-d %b %Y}, its last day: no dose is asked from today on.")
        return 0
    trial = store.need_trial(store.load_trial(journal))  # not a usage error: exit 1
    result = store.trial_result(journal, trial, today)
    if step == "status":
        line = words.today_line(trial, today)
        if trial.stopped is not None:  # stopped today still has a trial day: say stopped
            line = f"The trial was stopped on {trial.stopped:%-d %b %Y}."
        if line is None:
            line = "Not started." if trial.start is None else "Not running today."
            line = "The trial is over." if trial.ended(today) else line
        say(line)
        say("\n".join(words.result_lines(trial, result, today)))
        return 0
    from journal.core.trial import report

    doc = report.gather(trial, result, today)
    render = {
        "text": report.render_text,
        "markdown": report.render_markdown,
        "html": report.render_html,
    }[args.format]
    write_or_print(args.output, render(doc), args.format == "text")
    return 0


def _power(plan: Any, rate: float | None) -> str:
    """How often this plan finds a real benefit at the rate given, or when it will say."""
    from journal.core.trial.power import power_words

    if rate is None:
        return (
            "How often this plan finds a real benefit shows once the run-in is over "
            "(or give --rate N, your symptoms a week now)."
        )
    return power_words(plan, rate)


def _warn_above_limit(journal: Any, on: Any) -> None:
    """The supplement command's upper-limit warning: trial doses count as supplements."""
    from journal.core.person.profile import supplement_limit
    from journal.store.profile import load_profile

    total = journal.day(on).supplement_mg
    limit = supplement_limit(load_profile(journal))
    if limit is not None and total > limit:
        say(
            f"mg-journal: warning: {total:,.0f} mg of supplemental magnesium is above the "
            f"{limit} mg upper limit for your age (supplements only, not food); too much can cause "
            "diarrhea, nausea and cramping.",
            file=sys.stderr,
        )
