"""Why a trial takes no dose on a day, said with what to do: before the start, in the
run-in, in a period without the supplement, after the stop or the last day."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from journal.core.trial.schedule import trial_day_end

if TYPE_CHECKING:
    from journal.core.trial.trial import Trial


def dose_refusal(trial: Trial, on: date) -> str | None:
    """Why no dose can be recorded on `on`, or None when one can (a dose asked, or
    the stop day's dose recorded before the stop, corrected)."""
    if trial.takes_dose(on) or (on == trial.stopped and on in trial.doses):
        return None
    if trial.stopped is not None and on >= trial.stopped:
        return (
            f"the trial was stopped on {trial.stopped:%-d %b %Y}, so it takes no dose from "
            "that day on; log a supplement you took as any other"
        )
    # Said why, with when the doses begin: "no dose on 7 Dec" alone left one guessing.
    here = trial.day(on)
    if here is not None and here.period is None and trial.periods:
        first = trial.periods[0].start
        return (
            f"{on:%-d %b %Y} is in the run-in, which takes no dose; "
            f"the first period starts {first:%-d %b %Y}"
        )
    if here is not None:
        return f"{on:%-d %b %Y} is in a period without the supplement: no dose to take"
    if trial.start is not None and on < trial.start:  # said why, and when doses begin
        first = trial.periods[0].start
        return (
            f"{on:%-d %b %Y} is before the trial started ({trial.start:%-d %b %Y}): no "
            f"dose to take; the doses begin {first:%-d %b %Y}"
        )
    if trial.start is not None and on > trial_day_end(trial.plan, trial.start):
        return (
            f"the trial ended on {trial_day_end(trial.plan, trial.start):%-d %b %Y}, its "
            "last day: no dose from then on; log a supplement you took as any other"
        )
    if trial.start is None:  # "no trial dose to take" left one guessing why
        return (
            "the trial has not started, so it takes no dose yet: start it first; the "
            f"doses begin after its {trial.plan.run_in_days}-day run-in"
        )
    return f"there is no trial dose to take on {on:%-d %b %Y}"
