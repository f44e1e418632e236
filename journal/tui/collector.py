"""Python's cyclic garbage collector, held off the app's start-up.

Start-up builds tens of thousands of objects that live as long as the app
(styles, rules, widgets, bindings) and next to no garbage, yet the collector
ran over a hundred times during it, one full pass over everything included:
some 60 ms of a start of well under a second. It now waits until the first
frame is drawn, from before Textual is imported when `mg-journal` opens the
app (cli.py), else from the app's load; what exists then is frozen
(`gc.freeze`), so later passes skip it. The app unfreezes at exit, so a
process that runs many apps (the tests) gets theirs back.
"""

from __future__ import annotations

import gc

_held = False


def hold() -> None:
    """Until `release()`: no collections (only if the collector is on now)."""
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def release() -> None:
    """Freeze what start-up made and collect again; once, and only after `hold()`."""
    global _held
    if _held:
        gc.freeze()
        gc.enable()
        _held = False


def reset() -> None:
    """At exit: collect again, start-up's objects included."""
    release()
    gc.unfreeze()
