"""An export's trial beside the journal's: the journal's own is never replaced unasked.

The trial file holds one current trial. When the journal and the export each hold one
and they are different trials (not one trial at two stages: `Trial.same_trial`), a
merge would keep whichever changed last, silently dropping the person's plan. So the
journal's is kept and the export's is left out, and the summary says so and how to
choose it instead: `--take-trial` puts the export's in place of a plan not started
(which `trial plan` may replace anyway); a trial begun is never replaced by an import.
The same trial at two stages is merged as any file is (its doses joined).
"""

from __future__ import annotations

from pathlib import Path

from journal.core import clock
from journal.core.sync.revisions import REV, Tables, joined, next_rev, vector
from journal.core.trial.trial import Trial
from journal.store.device import device_name
from journal.store.trial import DOC_ID, TABLE, trial_in


def settle(mine: Tables, theirs: Tables, path: Path, take: bool) -> tuple[Tables, Tables, str]:
    """(the journal's tables, the export's, a line for the summary or "") to merge."""
    ours, other = trial_in(mine, path), trial_in(theirs, path)
    if ours is None or other is None or ours.same_trial(other):
        return mine, theirs, ""
    key = str(DOC_ID)
    rest = {**theirs, TABLE: {k: d for k, d in theirs[TABLE].items() if k != key}}
    if take and not ours.locked:
        doc = theirs[TABLE][key]
        seen = joined(vector(mine[TABLE][key].get(REV)), vector(doc.get(REV)))
        rev = next_rev({"v": seen}, device_name(), clock.utc_stamp())  # after both
        taken = {**mine, TABLE: {**mine[TABLE], key: {**doc, REV: rev}}}
        return (
            taken,
            rest,
            f"Took the export's trial ({trial_words(other)}) in place of your plan "
            f"({trial_words(ours)}).",
        )
    why = (
        "a trial begun is never replaced by an import"
        if ours.locked
        else "to use it in place of your plan, import again with --take-trial"
    )
    yours = "trial" if ours.locked else "trial plan"
    return (
        mine,
        rest,
        (
            f"Kept your {yours} ({trial_words(ours)}); the export's trial "
            f"({trial_words(other)}) was not taken: {why}."
        ),
    )


def trial_words(trial: Trial) -> str:
    """ "glycinate 300 mg, started 5 Jan 2026", or "..., planned 7 Jan 2026, not started"."""
    plan = trial.plan
    when = (
        f"started {trial.start:%-d %b %Y}"
        if trial.start is not None
        else f"planned {plan.created:%-d %b %Y}, not started"
    )
    if trial.stopped is not None:
        when += f", stopped {trial.stopped:%-d %b %Y}"
    return f"{plan.form} {plan.dose_mg:g} mg, {when}"
