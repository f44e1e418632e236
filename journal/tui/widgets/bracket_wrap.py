"""Lines of a table cell broken at spaces, never inside a bracketed measure.

Rich wraps at any space, so in Today's 14-column Amount "2 × 0.5 container (4 oz)"
read "container (4" over "oz)". Here a bracket holding no other bracket is one
word; one longer than the line is broken at its spaces after all.
"""

from __future__ import annotations

import re

from rich.cells import cell_len

# A bracketed group with what sticks to it ("(4 oz))", "(12 fl oz),"), or a word.
_WORD = re.compile(r"\([^()]*\)\S*|\S+")


def _words(text: str, width: int) -> list[str]:
    words: list[str] = []
    for word in _WORD.findall(text):
        words.extend(word.split() if cell_len(word) > width else [word])
    return words


def bracket_lines(text: str, width: int) -> str:
    """`text` with a newline where a line of `width` columns ends (one line: unchanged)."""
    if cell_len(text) <= width or "\n" in text:
        return text
    lines: list[str] = []
    for word in _words(text, width):
        if lines and cell_len(lines[-1]) + 1 + cell_len(word) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return "\n".join(lines)
