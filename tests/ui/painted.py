"""What the terminal would show: the screen's cells as text, line by line.

Reading a widget's `render()` says what it holds, not whether it is visible:
a hidden, zero-height or covered widget still holds its text. These helpers
read the composited screen instead, the cells a person sees.
"""

from __future__ import annotations

from textual.app import App
from textual.pilot import Pilot


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


async def wait_painted(pilot: Pilot[object], text: str, tries: int = 200) -> str:
    """Wait until `text` is painted (a worker or the palette's search may still run)."""
    for _ in range(tries):
        screen = squeezed(pilot.app)
        if text in screen:
            return screen
        await pilot.pause(0.02)
    raise AssertionError(f"{text!r} never appeared on screen:\n{painted(pilot.app)}")
