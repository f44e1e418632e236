"""Why a key of the trial screen does nothing now, in words: the footer hides the keys
that do not apply, but a person who presses one (help and the README list them all)
should hear why rather than nothing."""

from __future__ import annotations

from datetime import date

from journal.core.trial.trial import Trial

NO_TRIAL = "No trial yet: press n to write a plan."
STEPS = ("start", "guess", "unseal", "stop", "report")  # each needs a trial


def why_not(action: str, trial: Trial | None, today: date) -> str | None:
    """What to say for `action` (a TrialScreen action) on `trial`; None: it applies."""
    if action == "plan":
        if trial is not None and trial.locked and not trial.ended(today):
            return (
                "The plan is locked since the start; amend it from the shell "
                "(mg-journal trial amend)."
            )
        if trial is not None and trial.locked and trial.sealed:  # ended, as above
            # Else the form opened, took a whole plan, and refused it only at Enter.
            return (
                "The trial that ended is still sealed: open it first with o (g before it "
                "records your guess), then n writes a new plan."
            )
        return None
    if action not in STEPS:
        return None
    if trial is None:
        return NO_TRIAL
    if action == "start" and trial.start is not None:
        return f"The trial started on {trial.start:%-d %b %Y}; x stops it."
    if action in ("guess", "unseal"):
        if not trial.sealed:
            return "This trial is not blinded: there are no sealed bottles to guess or open."
        if not trial.locked:
            return "Guessing and opening the seal come once the trial has started (s)."
    if action == "stop":
        if not trial.locked:
            return "The trial has not started: there is nothing to stop."
        if trial.ended(today):
            return "The trial is over: there is nothing to stop."
    return None
