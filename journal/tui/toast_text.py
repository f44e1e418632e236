"""A toast's text wrapped a column short of the toast, so none of it is lost.

Textual 8 sizes a toast for a line that exactly fills its width but wraps that line
when it draws it; with one-line toasts (app.tcss) the last words went under the
footer ("Nothing logged on 2026-12-05 to", without "copy."). Lines kept shorter than
the toast never meet that edge.
"""

from __future__ import annotations

TOAST_WIDTH, TOAST_SHARE = 60, 0.5  # Textual's Toast: width 60, max-width 50%
TOAST_FRAME = 3  # app.tcss's padding (0 1) and Textual's one-column left border


def fit_toast(message: str, screen_width: int) -> str:
    """`message` with each paragraph wrapped to one column less than a toast holds."""
    width = min(TOAST_WIDTH, int(screen_width * TOAST_SHARE)) - TOAST_FRAME - 1
    if width < 10:
        return message
    import textwrap  # here: a toast is never needed for the first frame

    # Whole words only: a path or a hyphenated name stays in one piece, never split.
    fill = textwrap.TextWrapper(width, break_long_words=False, break_on_hyphens=False).fill
    return "\n".join(fill(part) or part for part in message.split("\n"))
