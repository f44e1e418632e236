"""Text whose long lines wrap with a hanging indent, as the dashboard's full tables.

Wrapped by the terminal, a line that began two columns in ("  one test for both: ...")
went on at the left edge, and a table row's end ("0.797, q 0.946)  n=85") read as a row
of its own. Here each wrapped line sits two columns past where its line began.
"""

from __future__ import annotations

import re

from rich.text import Text
from textual.geometry import Size
from textual.widgets import Static

HANG = 2  # columns past the line's own indent: a new line's start stays the only one there
# A word, or a statistic's name with its figure ("p < 0.001", "RR 4.5", "95% CI 2.3-8.7"):
# broken between them, a line ended in "; p" and the next began "< 0.001)".
_WORD = re.compile(r"(?<!\S)(?:p|q|RR|OR|CI) (?:[<>]=? )?[-\d.]\S*|\S+")


def _breaks(plain: str, width: int, pad: int) -> list[int]:
    """Offsets where `plain` goes on to a new line: between words, a first line of at most
    `width` columns and the next ones of `width - pad`; a word longer than that is cut."""
    breaks: list[int] = []
    start, room, has_word = 0, width, False
    for word in _WORD.finditer(plain):
        at, end = word.start(), word.end()
        if has_word and end - start > room:
            breaks.append(at)
            start, room = at, width - pad
        while end - start > room:  # one word wider than the line: cut, as Textual would
            start += room
            breaks.append(start)
            room = width - pad
        has_word = True
    return breaks


def hang(text: Text, width: int) -> Text:
    """`text` with each line longer than `width` wrapped at spaces, its next lines
    indented past its own indent by HANG; a line that fits is left as it is, and a text
    that fits is returned itself (its base style, the whole text's, stays one)."""
    lines: list[Text] = []
    wrapped = False
    for line in text.split("\n", allow_blank=True):
        plain = line.plain
        indent = len(plain) - len(plain.lstrip(" "))
        pad = indent + HANG
        if len(plain.rstrip()) <= width or width - pad < 10:  # too narrow to hang: as was
            lines.append(line)
            continue
        wrapped = True
        first, *rest = line.divide(_breaks(plain, width, pad))
        first.rstrip()
        lines.append(first)
        for part in rest:
            part = part[len(part.plain) - len(part.plain.lstrip(" ")) :]
            part.rstrip()
            lines.append(Text(" " * pad) + part)
    return Text("\n").join(lines) if wrapped else text


class HangingText(Static):
    """A Static given Rich Text (update as any Static), drawn by `hang` at its width."""

    DEFAULT_CSS = "HangingText { height: auto; }"

    def render(self) -> Text:
        content = self.content
        text = content if isinstance(content, Text) else Text(str(content))
        return hang(text, self.content_size.width or 80)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        content = self.content
        text = content if isinstance(content, Text) else Text(str(content))
        return len(hang(text, width).plain.split("\n"))
