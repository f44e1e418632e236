"""What the terminal would show: the screen's cells as text, line by line.

Reading a widget's `render()` says what it holds, not whether it is visible:
a hidden, zero-height or covered widget still holds its text. These helpers
read the composited screen instead, the cells a person sees.
"""

from __future__ import annotations

from textual.app import App
from textual.pilot import Pilot

from tests.waiting import until


def painted_lines(app: App[object]) -> list[str]:
    """The screen's rows as text, as painted (hidden and covered text is absent)."""
    # Textual has no public "screen as text"; the compositor's strips are what it writes out.
    strips = app.screen._compositor.render_strips()
    return [strip.text for strip in strips]


def painted(app: App[object]) -> str:
    return "\n".join(painted_lines(app))


def squeezed(app: App[object]) -> str:
    """The painted text with runs of spaces as one: for phrases that wrap at any width."""
    return " ".join(" ".join(painted_lines(app)).split())


async def wait_painted(pilot: Pilot[object], text: str) -> str:
    """Wait until `text` is painted (a worker or the palette's search may still run)."""
    try:
        await until(pilot, lambda: text in squeezed(pilot.app), f"{text!r} on screen")
    except AssertionError:
        raise AssertionError(f"{text!r} never appeared on screen:\n{painted(pilot.app)}") from None
    return squeezed(pilot.app)


def told(app: App[object]) -> list[str]:
    """The toasts' messages, each on one line: the app wraps them to fit the toast."""
    return [" ".join(n.message.split()) for n in app._notifications]


def unbroken(text: str) -> str:
    """`text` without its spaces and line breaks: a path longer than a toast's line is
    cut in it (as the toast would draw it), so a path is compared without them."""
    return "".join(text.split())


def told_unbroken(app: App[object]) -> list[str]:
    return [unbroken(n.message) for n in app._notifications]
