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

    # Whole words, a hyphenated name in one piece, a path on a line of its own; only a
    # word longer than a line (a path) is then cut, here and not by the toast: one of 37
    # at 80 columns lost its last letter ("...-11-30.htm"), sized for one line, drawn on two.
    fill = textwrap.TextWrapper(width, break_long_words=False, break_on_hyphens=False).fill
    lines = "\n".join(fill(part) or part for part in message.split("\n")).split("\n")
    return "\n".join(
        "\n".join(line[i : i + width] for i in range(0, len(line), width)) or line for line in lines
    )
