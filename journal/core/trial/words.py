"""The trial in words: never more than the data say, never the seal before it is opened."""

from __future__ import annotations

from datetime import date, timedelta

from journal.core.trial.analysis import Estimate, Result
from journal.core.trial.plan import MAX_PAIRS, STOP_ABOVE, STOP_BELOW, Amendment, Plan, plural
from journal.core.trial.power import power_line
from journal.core.trial.trial import Trial

CAVEAT = (
    "This is one person's trial: it says how your symptoms went on and off the supplement "
    "in these weeks, not why, and a result can still be chance. Not medical advice."
)


def _n(x: float) -> str:
    return f"{x:.1f}"


def fewer(plan: Plan) -> str:
    """'1 fewer cramp a week', '2 fewer cramps a week', '1 cramp severity point fewer a week'."""
    if plan.weight == "severity":
        points = "point" if plan.benefit == 1 else "points"
        return f"{plan.benefit:g} {plan.outcome} severity {points} fewer a week"
    what = plan.outcome_words
    if plan.benefit == 1:
        what = f"{plan.outcome} a week"
    return f"{plan.benefit:g} fewer {what}"


def today_line(trial: Trial, on: date, record: str = " yet") -> str | None:
    """'Trial day 23 of 98 · period 2, bottle B', or None outside the trial. `record`:
    how a dose not recorded is said ("dose not recorded yet"; the app: "...: press b")."""
    here = trial.day(on)
    if here is None:
        return None
    where = (
        "run-in"
        if here.period is None
        else (f"period {here.period.number}, {trial.bottle_words(here.period)}")
    )
    if here.period is not None and on < here.period.analysed_from:  # only the table said it
        last = here.period.analysed_from - timedelta(days=1)
        where += f", washout until {last:%-d %b} (not analysed)"
    line = f"Trial day {here.number} of {here.total} · {where}"
    if trial.stopped == on:  # its last day: no dose is asked, one recorded before is shown
        dose = trial.doses.get(on)
        return f"{line} (stopped today{', dose ' + dose.state if dose else ''})"
    if trial.takes_dose(on):
        dose = trial.doses.get(on)
        line += f" ({'dose ' + dose.state if dose else 'dose not recorded' + record})"
    return line


def dashboard_note(
    trial: Trial | None, on: date, see: str = "its screen (palette: Open the trial)"
) -> str | None:
    """The dashboard's (and the report's) word that a trial is running, or None."""
    here = None if trial is None else trial.day(on)
    if here is None:
        return None
    return (
        f"A personal trial is running (day {here.number} of {here.total}): its doses change "
        "your magnesium on purpose, so the associations below mix with it. Whether magnesium "
        f"helps you is the trial's question: see {see}."
    )


def plan_lines(trial: Trial) -> list[str]:
    """The protocol as decided; dated amendments after it."""
    p = trial.plan
    against = p.comparator_words + (", blinded (bottles A and B)" if p.blinded else "")
    run_in = (
        f"Run-in: {p.run_in_days} days; too few to test if fewer than "
        f"{2 * p.benefit:g} {p.outcome_words} in it"
        if p.run_in_days
        else "Run-in: none"
    )
    lines = [
        f"Testing: {p.form}, {p.dose_mg:g} mg elemental magnesium a day, against {against}",
        f"Primary outcome (fixed before the start): {p.outcome_words}",
        run_in,
        f"{p.pairs} pairs of {p.period_days}-day periods, order drawn within each pair "
        f"from seed {p.seed}; the first {p.washout} days of each period are washout, not analysed",
        f"Benefit worth having: at least {fewer(p)}",
        f"Stop after 2 or more pairs when P(benefit) is above {STOP_ABOVE} or below "
        f"{STOP_BELOW}; otherwise after the last pair (at most {MAX_PAIRS})",
        "A day counts when something besides the dose is logged on it, or it is marked "
        f"done (! in the app, `mg-journal done`): mark each day without {plural(p.outcome)} "
        "done, or it is left out",
    ]
    if trial.start is None:
        lines.append("Not started: the plan can still change.")
    else:
        lines.append(f"Started {trial.start:%-d %b %Y}: the plan above is locked.")
    lines += [f"Amended {a.on:%-d %b %Y}: {amendment_words(a)}" for a in trial.amendments]
    return lines


def amendment_words(a: Amendment) -> str:
    """'stopped (the stopping rule is met)'. The app once recorded its early stop as
    "stopped early for another reason", which read "stopped (stopped early ...)": a stop's
    reason is said without its own leading "stopped"."""
    reason = a.reason.removeprefix("stopped ") if a.what == "stopped" else a.reason
    return a.what + (f" ({reason})" if reason else "")


def _interval(low: float, high: float, lower: bool) -> str:
    """The 90% interval in the estimate's own direction; a bound across zero says so."""
    if not lower:  # speak of how much higher: the bounds swap and change sign
        low, high = -high, -low
    if low >= 0:
        return f"{_n(low)} to {_n(high)}"
    way, other = ("lower", "higher") if lower else ("higher", "lower")
    return f"{_n(-low)} {other} to {_n(high)} {way}"


# With one degree of freedom for the spread (2 pairs: 4 periods, 3 coefficients) the
# interval is Student's t(1), so wide that its far end can read "642 higher a week":
# true of the model, useless to a person. It is given from the next pair on.
MIN_DF_FOR_INTERVAL = 2


def estimate_words(plan: Plan, est: Estimate) -> str:
    """'In your trial, cramps were 1.8 a week lower on magnesium (90% interval 0.4 to 3.1);
    probability of at least 1 fewer a week: 0.86.'"""
    what = plan.outcome_words.removesuffix(" a week")
    lower = est.reduction >= 0
    if est.df >= MIN_DF_FOR_INTERVAL:
        interval = f"90% interval {_interval(est.low, est.high, lower)}"
    else:
        interval = f"after {est.pairs} pairs too early for a useful 90% interval"
    return (
        f"In your trial, {what} were {_n(abs(est.reduction))} a week "
        f"{'lower' if lower else 'higher'} on magnesium "
        f"({interval}); probability of at least "
        f"{plan.benefit:g} fewer a week: {est.p_benefit:.2f}."
    )


VERDICTS = {
    "waiting": "No complete pair of periods yet: nothing to say.",
    "continue": "Not clear yet: the trial goes on.",
    "stopped": "The trial was stopped before the stopping rule was met: no answer.",
    "unrecorded": (
        "The periods are over but some were not recorded (on most of their days nothing "
        "besides the dose was logged, nor the day marked done): no answer from them."
    ),
    "helps": "The stopping rule is met: the benefit is likely (probability above 0.9).",
    "short": "The stopping rule is met: a benefit of that size is unlikely (below 0.1).",
    "unclear": "The planned pairs are done and the answer is still unclear.",
}


def waiting_words(trial: Trial) -> str:
    """No complete pair yet, and when there will be: "nothing to say" left one asking."""
    end = trial.periods[1].end  # the first pair's last day; the analysis reads days past
    return (
        f"No complete pair of periods yet: the first ends on {end:%-d %b %Y}, and its "
        f"result shows from {end + timedelta(days=1):%-d %b %Y}."
    )


def too_few_words(plan: Plan, rate: float) -> str:
    """The stopping rule met only because a drop of the benefit's size cannot be seen in
    so few symptoms: "a benefit of that size is unlikely" would read as evidence."""
    return (
        f"The stopping rule is met, but only because there were too few {plural(plan.outcome)}: "
        f"off magnesium, {_n(rate)} {plan.outcome_words}, no more than the {fewer(plan)} "
        "sought; so this trial cannot show that benefit either way."
    )


def diarrhea_line(trial: Trial, result: Result) -> str | None:
    """Diarrhea (a side effect of magnesium that can unblind) on period days."""
    total = sum(result.diarrhea.values())
    if not total:
        return None
    line = f"Diarrhea logged on {total} day{'s' if total != 1 else ''} of the periods"
    if trial.sealed:
        return line + " (by bottle once unsealed)"
    mg = trial.magnesium_bottle()
    names = {
        b: "magnesium"
        if b == mg
        else ("placebo" if trial.plan.comparator == "placebo" else "no supplement")
        for b in "AB"
    }
    by = ", ".join(
        f"{names[b]}: {result.diarrhea.get(b, 0)}" for b in sorted(names, key=lambda b: b != mg)
    )
    return f"{line} ({by})"


def _verdict(trial: Trial, result: Result) -> str:
    """The verdict in words; while waiting, when the first can come."""
    if result.verdict == "waiting" and len(trial.periods) > 1:
        return waiting_words(trial)
    return VERDICTS[result.verdict]


CLI_UNSEAL = ("`mg-journal trial guess A` or `B`", "`mg-journal trial unseal`")
CLI_STOP = "`mg-journal trial stop`"


def unseal_line(trial: Trial, how: tuple[str, str] = CLI_UNSEAL) -> str:
    """A sealed trial over: how to see its result (`how`: the guess's and unseal's keys)."""
    guess = "" if trial.guess else f"record your guess ({how[0]}), then "
    return f"Sealed: the trial is over. To see its result, {guess}open the seal ({how[1]})."


def result_lines(
    trial: Trial,
    result: Result,
    on: date,
    unseal: tuple[str, str] = CLI_UNSEAL,
    stop_how: str = CLI_STOP,
) -> list[str]:
    """`unseal`, `stop_how`: how the guess, the unsealing and the stop are asked for, where
    these lines show."""
    plan = trial.plan
    lines: list[str] = []
    if result.run_in_rate is not None:
        rate = f"Run-in: {_n(result.run_in_rate)} {plan.outcome_words}"
        if plan.too_few(result.run_in_rate):
            rate += ", too few for this trial to answer anything; consider not going on"
        lines.append(rate)
        # A planning figure: once a pair has a result it is noise beside the result.
        chance = None if result.differences else power_line(plan, result.run_in_rate)
        if chance is not None:
            lines.append(chance)
    if trial.sealed and trial.ended(on):  # "the trial can end" said of one over: say what now
        lines.append(unseal_line(trial, unseal))
    elif trial.sealed:
        stop = result.stop
        lines.append(
            "Sealed: the result shows once the seal is opened. "
            + (
                f"The stopping rule is met: the trial can end (to stop it: {stop_how})."
                if stop
                else f"Complete pairs: {len(result.differences)} of {plan.pairs}."
            )
        )
    else:
        if result.differences:
            other = "placebo" if plan.comparator == "placebo" else "no supplement"
            diffs = ", ".join(f"{d:+.1f}" for d in result.differences)
            lines.append(f"Each pair, {other} minus magnesium, a week: {diffs}")
        est = result.estimate
        few = est is not None and est.rate <= plan.benefit  # NaN: never
        if est is not None and est.rate != 0:  # no symptom at all: no interval "0.0 to 0.0"
            lines.append(estimate_words(plan, est))
        if few and est is not None and result.verdict == "short":
            lines.append(too_few_words(plan, est.rate))
        else:
            lines.append(_verdict(trial, result))
        if result.estimate is not None and result.verdict in ("stopped", "unrecorded"):
            lines.append("The estimate above uses the complete pairs only and settles nothing.")
        if result.verdict == "unclear" and plan.pairs < MAX_PAIRS:
            lines.append("A 4th pair may settle it: mg-journal trial amend pairs 4")
    taken, missed, unrecorded = trial.adherence(on)
    lines.append(f"Doses: {taken} taken, {missed} missed, {unrecorded} not recorded")
    side = diarrhea_line(trial, result)
    if side:
        lines.append(side)
    if trial.guess is not None:
        lines.append(
            f"Blinding check: you guessed bottle {trial.guess} held magnesium"
            + ("" if trial.sealed else f"; it was bottle {trial.magnesium_bottle()}")
        )
    return lines
