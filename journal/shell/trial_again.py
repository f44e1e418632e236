"""A trial step asked again (`trial start`, `unseal`, `stop`): what it asks for holds
already, so it is said, and the command succeeds, as `done` on a complete day does."""

from __future__ import annotations

from typing import Any

from journal.shell.fit import say


def already(trial: Any, step: str, on: Any) -> bool:
    """True, having said so, when what `step` asks for holds already (started, unsealed,
    stopped): nothing to do and no failure, as `done` on a complete day. A start asked
    for another day (`on`; None: no day asked) is no such thing: the refusal says why."""
    if trial is None:
        return False
    running = trial.start is not None and trial.stopped is None
    if step == "start" and running and on in (None, trial.start):
        said = f"The trial started on {trial.start:%-d %b %Y} already; the plan is locked."
    elif step == "unseal" and trial.plan.blinded and not trial.sealed:
        said = f"The seal is open already: bottle {trial.magnesium_bottle()} held magnesium."
    elif step == "stop" and trial.stopped is not None:
        said = f"The trial was stopped already, on {trial.stopped:%-d %b %Y}."
    else:
        return False
    say(said)
    return True
