"""A titled list of terms and what they mean, wrapped with a hanging indent.

Help's shell commands and dashboard terms have long meanings; wrapped plainly,
their second lines start at the left edge and run under the terms.
"""

from __future__ import annotations

import textwrap

from rich.text import Text
from textual.geometry import Size
from textual.widgets import Static


def wrap_command(command: str, width: int) -> list[str]:
    """A shell command in lines of at most `width` (a longer word stays whole): words
    are never split, an option stays with its value ("-o report.html"), and the lines
    after the first sit two columns in, so the command reads as one."""
    words = command.split(" ")
    glued: list[str] = []
    for word in words:
        if glued and glued[-1].startswith("-") and " " not in glued[-1] and word[:1] != "-":
            glued[-1] += f" {word}"
        else:
            glued.append(word)
    lines = [""]
    for word in glued:
        line = lines[-1]
        if line.strip() and len(line) + 1 + len(word) > width:
            lines.append(f"  {word}")
        else:
            lines[-1] = f"{line} {word}" if line else word
    return lines


class HangingList(Static):
    """Rows of (term, meaning, example): the meaning wraps under itself, the example
    (if any) on its own lines beneath, both indented past the longest term."""

    DEFAULT_CSS = "HangingList { height: auto; }"

    def __init__(self, title: str, rows: list[tuple[str, str, str]], *, id: str) -> None:
        super().__init__(id=id)
        self.title = title
        self.rows = rows
        self.indent = max(len(term) for term, _, _ in rows) + 4

    def text_for(self, width: int) -> Text:
        room = max(20, width - self.indent)
        text = Text()
        text.append(f"{self.title}\n", style="bold underline")
        pad = " " * self.indent
        for term, meaning, example in self.rows:
            lines = textwrap.wrap(meaning, room) or [""]
            text.append(f"  {term:<{self.indent - 2}}", style="bold")
            text.append(f"{lines[0]}\n")
            for line in lines[1:]:
                text.append(f"{pad}{line}\n")
            if example:
                for part in wrap_command(example, room):
                    text.append(f"{pad}{part}\n", style="italic")
        return text

    def render(self) -> Text:
        return self.text_for(self.content_size.width or 80)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self.text_for(width).plain.splitlines())
