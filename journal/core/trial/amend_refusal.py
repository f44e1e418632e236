"""Why a running trial's plan cannot change as asked, said with what to do instead.

AHRQ 2014 (N-of-1 user's guide): the stopping rule and the benefit sought are fixed
before the data are seen. So a benefit cannot move once the seal is open, and pairs
are added only for the verdict they are meant for, an unclear one.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from journal.core.trial.schedule import trial_day_end

if TYPE_CHECKING:
    from journal.core.trial.trial import Trial

AS_RAN = "its plan stays as it ran; to test another, plan a new trial"


def amend_refusal(trial: Trial, what: str, on: date) -> str | None:
    """Why `what` cannot be amended on `on` from the trial alone, or None."""
    if trial.start is None:
        return "before the start, change the plan itself"
    if trial.stopped is not None:
        return f"the trial was stopped on {trial.stopped:%-d %b %Y}: {AS_RAN}"
    end = trial_day_end(trial.plan, trial.start)
    # Over, its result is there to read: a benefit (or dose) changed now would move the
    # goalposts after the fact. Only more pairs may follow (the unclear verdict's advice).
    if what != "pairs" and on > end:
        return f"the trial ended on {end:%-d %b %Y}: {AS_RAN}"
    if what == "benefit" and trial.plan.blinded and trial.unsealed is not None:
        return (
            f"the seal was opened on {trial.unsealed:%-d %b %Y}: the benefit sought was fixed "
            "before seeing the data and cannot move after"
        )
    return None


def pairs_refusal(verdict: str, sealed: bool) -> str | None:
    """Why no pair may be added at this verdict, or None. The stopping rule was fixed in
    advance: once it is met by a likely or unlikely benefit the trial has its answer, and
    more pairs would only be a second look for another one."""
    if verdict not in ("helps", "short"):
        return None
    way = (
        ""
        if sealed
        else (
            " (the benefit is likely)"
            if verdict == "helps"
            else " (a benefit of that size is unlikely)"
        )
    )
    return (
        f"the stopping rule is met{way}, and it was fixed before the start: more pairs are "
        "only for an unclear answer; stop the trial (mg-journal trial stop)"
    )
