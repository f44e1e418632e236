"""The trial's timeline: one bar of the run-in and the periods (washout light, analysed
dark), the periods' labels and figures under it, and today marked."""

from __future__ import annotations

from datetime import date, timedelta

from rich.text import Text

from journal.core.trial.analysis import Result
from journal.core.trial.trial import Trial

WASHOUT, ANALYSED, AFTER_STOP = "░", "█", "─"


def timeline(trial: Trial, result: Result, today: date, width: int) -> Text:
    """One bar: the run-in, then each period (light: washout, dark: analysed), today marked."""
    plan, start = trial.plan, trial.start
    if start is None:
        return Text("The timeline appears once the trial starts.")
    per_day = max(1, plan.total_days // max(10, width - 2) + 1)  # days a cell

    def cell(day: date) -> int:
        # Every boundary by the same rule: cut per part, the parts' rounding added up and
        # the marker stood in the next period (day 118 of 140 in period 6's washout).
        return (day - start).days // per_day

    bar, labels = Text(), Text()
    parts: list[tuple[date, date]] = [(start, start + timedelta(days=plan.run_in_days))]
    run_in = cell(parts[0][1])
    bar.append("·" * run_in, "dim")
    labels.append("run-in ".ljust(run_in)[:run_in] if run_in > 6 else " " * run_in, "dim")
    for o in result.outcomes:
        p = o.period
        after = p.end + timedelta(days=1)
        parts += [(p.start, p.analysed_from), (p.analysed_from, after)]
        cells = cell(after) - cell(p.start)
        wash = cell(p.analysed_from) - cell(p.start)
        style = "bold" if p.holds(today) else ""
        bar.append(WASHOUT * wash + ANALYSED * (cells - wash), style or "")
        value = "" if o.per_week is None or trial.sealed else f" {o.per_week:.1f}"
        label = f"{p.number}{p.bottle if plan.blinded else ('+' if p.bottle == 'A' else '-')}"
        labels.append((label + value).ljust(cells)[:cells], style)
    stopped = ""
    if trial.stopped is not None and cell(trial.stopped) + 1 < len(bar):
        # The periods after a stop were drawn as planned, "analysed" beside "no answer".
        cut = cell(trial.stopped) + 1
        bar = bar[:cut] + Text(AFTER_STOP * (len(bar) - cut), "dim")
        rest = len(labels) - cut
        labels = labels[:cut] + Text(" stopped".ljust(rest)[:rest], "dim")
        stopped = f", {AFTER_STOP} after the stop"
    here = cell(today)
    # A cell may hold the last day of one part and the first of the next: today is
    # marked within the cells of its own part, so the ▲ agrees with the line above.
    for first, after in parts:
        if first <= today < after and cell(first) < cell(after):
            here = min(max(here, cell(first)), cell(after) - 1)
    at = max(0, min(here, len(bar)))
    # Near the right edge (the last days, or the trial over) "▲ today" wrapped its word
    # onto a line of its own: the word goes before the ▲ there.
    mark = "▲ today" if at + len("▲ today") <= width - 4 else "today ▲"  # a scrollbar, padding
    marker = Text(" " * (at - mark.index("▲")) + mark, "bold")
    mg = trial.magnesium_bottle()
    if not plan.blinded:
        taking = "+ magnesium, - " + plan.comparator_words
    elif mg is None:
        taking = "A, B: the bottles"
    else:  # unsealed: the letters say which was which
        taking = f"{mg}: magnesium, {'B' if mg == 'A' else 'A'}: placebo"
    legend = Text(f"{taking}; ░ washout, █ analysed{stopped}; figures: {plan.outcome_words}", "dim")
    return Text("\n").join([bar, labels, marker, legend])
